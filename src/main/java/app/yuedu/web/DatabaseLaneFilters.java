package app.yuedu.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Sends the requests of {@link InDatabaseLane} resources to the {@link DatabaseLane} instead of the shared worker
 * pool. The first filter runs on the event loop before the request would be dispatched, and reads a form's body
 * there first; once on a lane thread, the request is not dispatched again (blocking is allowed there), so it changes
 * threads once.
 */
class DatabaseLaneFilters {

    private static final String FORM = "application/x-www-form-urlencoded";

    /** The REST layer runs non-blocking filters before all others. */
    private static final int FIRST = 0;

    @Inject
    DatabaseLane lane;

    /**
     * A form's body is read here, on the event loop, into the request's form attributes, where the REST layer finds
     * it already parsed. Left to the REST layer, a blocking resource's form is read on a thread of the worker pool,
     * waiting for the body, and only then would the request enter the lane: two changes of thread, and the wait in the
     * worker pool's unfair queue. A lane thread must not wait for a body either (the others would queue behind it).
     */
    @ServerRequestFilter(nonBlocking = true, priority = FIRST)
    void enterLane(ResteasyReactiveContainerRequestContext request, SimpleResourceInfo resource,
                   HttpServerRequest http) {
        if (!inLane(resource) || !(request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context)) {
            return;
        }
        context.suspend();
        if (http.isEnded() || !isForm(http)) {
            context.resume(lane.executor());
            return;
        }
        http.setExpectMultipart(true);
        // Whatever the outcome: a body that failed to arrive fails again where the REST layer reads the form.
        http.body().onComplete(read -> context.resume(lane.executor()));
        // The server pauses a request until someone reads it.
        http.resume();
    }

    @ServerRequestFilter
    void refuseOverdue(SimpleResourceInfo resource) throws SQLTransientConnectionException {
        if (inLane(resource)) {
            lane.failIfOverdue();
        }
    }

    private static boolean isForm(HttpServerRequest http) {
        String type = http.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(FORM);
    }

    private static boolean inLane(SimpleResourceInfo resource) {
        Class<?> type = resource.getResourceClass();
        return type != null && type.isAnnotationPresent(InDatabaseLane.class);
    }
}
