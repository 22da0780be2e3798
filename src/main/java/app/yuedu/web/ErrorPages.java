package app.yuedu.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error into a friendly page (or a small JSON body under /api), so users never see a stack trace.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    static final String SESSION_EXPIRED = "Your session has expired or is no longer valid. Sign in again to "
            + "continue; nothing you saved before is lost.";

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookieName;

    static final String DATABASE_UNAVAILABLE = "The database is not reachable right now; your work is saved up to "
            + "your last answer. Try again in a moment.";
    /** Long enough for a database restart or fail-over, short enough that nobody waits in vain. */
    static final int RETRY_AFTER_SECONDS = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String message);

        static native TemplateInstance bare(int status, String title, String message, String href, String link);
    }

    @ServerExceptionMapper
    public Response webApplicationError(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        String message = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                ? defaultMessage(status) : e.getMessage();
        return render(status, uri, message);
    }

    /**
     * A request that needs a signed-in user but has none. A session cookie that came with it did not hold a session
     * (forged, tampered with, or expired), so the answer is a 401 page saying so, with a link to sign in, and the
     * cookie is cleared; the JSON API always answers 401. Only a page asked for without any session goes the usual
     * way of form sign-in: a redirect to the sign-in page, which returns to the page afterwards.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Uni<Response> notSignedIn(RuntimeException e, UriInfo uri, HttpHeaders headers, RoutingContext context) {
        boolean api = uri.getPath().startsWith("/api/");
        boolean sessionCookie = headers.getCookies().containsKey(sessionCookieName);
        if (sessionCookie) {
            LOG.infof("Session refused (forged, tampered with or expired): %s %s", context.request().method(),
                    uri.getPath());
            NewCookie cleared = new NewCookie.Builder(sessionCookieName).path("/").maxAge(0).httpOnly(true).build();
            return Uni.createFrom().item(Response.fromResponse(render(401, uri, SESSION_EXPIRED))
                    .cookie(cleared).build());
        }
        if (api) {
            return Uni.createFrom().item(render(401, uri, "Sign in first: this address needs a signed-in user."));
        }
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(render(401, uri, "Sign in first."));
        }
        return authenticator.getChallenge(context).map(challenge -> {
            Response.ResponseBuilder response = Response.status(challenge == null ? 401 : challenge.status);
            if (challenge != null) {
                challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            }
            return response.build();
        });
    }

    /** A signed-in user whose role may not do this: the page says so instead of an empty 403. */
    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(UriInfo uri) {
        return render(403, uri, "Your account may not open this page or do this. If you think it should, ask the "
                + "administrator of this site.");
    }

    @ServerExceptionMapper
    public Response unexpectedError(RuntimeException e, UriInfo uri, Request request) {
        Optional<Throwable> databaseDown = DatabaseUnavailable.cause(e);
        if (databaseDown.isPresent()) {
            // Expected while the database restarts: one line, no stack trace, and the user is told to retry.
            LOG.warnf("Database unreachable while serving %s: %s", uri.getPath(),
                    DatabaseUnavailable.describe(databaseDown.get()));
            return databaseUnavailable(uri.getPath(),
                    "GET".equals(request.getMethod()) ? uri.getRequestUri().getRawPath() + query(uri) : "/decks");
        }
        LOG.errorf(e, "Unexpected error while serving %s", uri.getPath());
        return render(500, uri, "Something went wrong on our side. The error has been logged; please try again.");
    }

    /**
     * The 503 answer while the database cannot be reached, with the time after which a retry may succeed. The page
     * offers to reload a page that was asked for; after a failed form post it leads back to the decks.
     */
    static Response databaseUnavailable(String path, String retry) {
        Response.ResponseBuilder response = Response.status(503).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        if (path.startsWith("/api/")) {
            return response.type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("status", 503, "error", DATABASE_UNAVAILABLE)).build();
        }
        return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.bare(503, title(503), DATABASE_UNAVAILABLE, retry, "Try again").render()).build();
    }

    private static String query(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return query == null ? "" : "?" + query;
    }

    private static Response render(int status, UriInfo uri, String message) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("status", status, "error", message)).build();
        }
        String html;
        try {
            html = Templates.error(status, title(status), message).render();
        } catch (RuntimeException layoutFailed) {
            // The layout needs what a request that failed early may lack (its CSRF token, a reachable database).
            LOG.debugf(layoutFailed, "Error page %d shown without the layout", status);
            html = status == 401 ? Templates.bare(status, title(status), message, "/login", "Sign in").render()
                    : Templates.bare(status, title(status), message, "/decks", "Back to the decks").render();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "That request could not be used";
            case 401 -> "Please sign in";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "That cannot be done";
            case 413 -> "Too large";
            case 415 -> "Unsupported type";
            case 503 -> "Temporarily unavailable";
            default -> status >= 500 ? "Server error" : "Request error";
        };
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address. It may have been removed, or the link is mistyped.";
            case 405 -> "This address does not accept that kind of request.";
            case 413 -> "The request is larger than this site accepts. Split a long article into shorter ones, or "
                    + "paste its text.";
            default -> status >= 500 ? "Something went wrong on our side. Please try again." : "The request was not valid.";
        };
    }
}
