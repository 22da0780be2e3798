package app.yuedu.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id that each of its log lines carries ({@code req=…} in the log format) and that the
 * response returns as {@code X-Request-Id}, so a user's report, an error page and the log lines meet. An id set by
 * a load balancer in front is kept when it looks like one.
 */
@ApplicationScoped
public class RequestIds {

    static final String HEADER = "X-Request-Id";
    /** The MDC key; its value carries its own label and space, so lines outside a request show nothing. */
    static final String MDC_KEY = "req";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String incoming = context.request().getHeader(HEADER);
            String id = incoming != null && SAFE.matcher(incoming).matches() ? incoming
                    : Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL);
            MDC.put(MDC_KEY, "req=" + id + " ");
            context.response().putHeader(HEADER, id);
            context.next();
        }, 2000);
    }
}
