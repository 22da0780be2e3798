package app.yuedu.accounts;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * One log line per sign-in attempt, with the user name and the client's address. Quarkus's form authentication
 * answers the sign-in form itself (a redirect to the landing page, or to the error page when the password does
 * not match), so the outcome is read from that answer as it is sent. The password is never logged.
 */
@ApplicationScoped
public class SignInLog {

    private static final Logger LOG = Logger.getLogger(SignInLog.class);

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    @ConfigProperty(name = "quarkus.http.auth.form.error-page", defaultValue = "/error.html")
    String errorPage;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (context.request().method() == HttpMethod.POST && postLocation.equals(context.request().path())) {
                context.addHeadersEndHandler(ignored -> {
                    String user = printable(context.request().getFormAttribute("j_username"));
                    String from = context.request().remoteAddress() == null ? "?"
                            : context.request().remoteAddress().hostAddress();
                    int status = context.response().getStatusCode();
                    String location = context.response().headers().get("Location");
                    if (status == 302 && location != null && !location.contains(errorPage)) {
                        LOG.infof("Sign-in: user=%s from=%s", user, from);
                    } else if (status == 302) {
                        LOG.infof("Sign-in failed: user=%s from=%s (wrong user name or password)", user, from);
                    } else {
                        LOG.infof("Sign-in failed: user=%s from=%s status=%d", user, from, status);
                    }
                });
            }
            context.next();
        }, 900);
    }

    /** The name as typed, cut short and stripped of control characters so it cannot forge log lines. */
    static String printable(String name) {
        if (name == null || name.isEmpty()) {
            return "(none)";
        }
        String shown = name.length() > 64 ? name.substring(0, 64) + "…" : name;
        return shown.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
