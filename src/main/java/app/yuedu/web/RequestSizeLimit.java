package app.yuedu.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies far above the upload limit with a readable 413 page before they are read. Bodies up to
 * twice the limit still reach the upload form, which answers with the form and a message; the HTTP server's own
 * limit ({@code quarkus.http.limits.max-body-size}) stays above this one and only catches bodies without a length.
 */
@ApplicationScoped
public class RequestSizeLimit {

    /** How long a refused body is read and thrown away before the connection is closed. */
    private static final long DISCARD_MILLIS = 10_000;

    static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Too large · Yuedu 阅读</title>
            <link rel="stylesheet" href="/css/app.css"></head><body><main><section class="error-page">
            <p class="status">Error 413</p><h1>Too large</h1>
            <p>The file is far larger than the upload limit of %d MB, so it was not received. Split the article into
            shorter ones, or paste its text.</p><p><a href="/uploads/new">Back to the upload form</a></p>
            </section></main></body></html>""";

    @ConfigProperty(name = "yuedu.upload.max-bytes", defaultValue = "2097152")
    long uploadLimit;

    void register(@Observes Filters filters) {
        long refused = 2 * uploadLimit;
        String page = PAGE.formatted(Math.max(1, uploadLimit >> 20));
        filters.register(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isAbove(length, refused)) {
                discardTheBody(context);
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .putHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
                        .end(page);
                return;
            }
            context.next();
        }, 1000);
    }

    /**
     * A "lingering close": the rest of the body is read and thrown away (never kept) for a few seconds, then the
     * connection is closed. Closing at once would reset the connection under a browser still sending, and many
     * show "connection reset" instead of the 413 page; never reading would leave the sender stuck.
     */
    private static void discardTheBody(RoutingContext context) {
        HttpServerRequest request = context.request();
        long closeTimer = context.vertx().setTimer(DISCARD_MILLIS, fired -> request.connection().close());
        request.handler(ignored -> { })
                .exceptionHandler(ignored -> { })
                .endHandler(ended -> context.vertx().cancelTimer(closeTimer));
        request.resume();
    }

    private static boolean isAbove(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
