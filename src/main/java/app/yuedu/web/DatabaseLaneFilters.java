package app.yuedu.web;

import jakarta.inject.Inject;
import java.sql.SQLTransientConnectionException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Sends the requests of {@link InDatabaseLane} resources to the {@link DatabaseLane} instead of the shared worker
 * pool. The first filter runs on the event loop before the request would be dispatched; once on a lane thread, the
 * request is not dispatched again (blocking is allowed there).
 */
class DatabaseLaneFilters {

    @Inject
    DatabaseLane lane;

    // After the form body is read, on the event loop: entering the lane first would make the lane thread wait for the
    // body and then queue the request again, at the back of the line, to go on once it has arrived.
    @WithFormRead
    @ServerRequestFilter(nonBlocking = true)
    void enterLane(ResteasyReactiveContainerRequestContext request, SimpleResourceInfo resource) {
        if (inLane(resource) && request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context) {
            context.suspend();
            context.resume(lane.executor());
        }
    }

    @ServerRequestFilter
    void refuseOverdue(SimpleResourceInfo resource) throws SQLTransientConnectionException {
        if (inLane(resource)) {
            lane.failIfOverdue();
        }
    }

    private static boolean inLane(SimpleResourceInfo resource) {
        Class<?> type = resource.getResourceClass();
        return type != null && type.isAnnotationPresent(InDatabaseLane.class);
    }
}
