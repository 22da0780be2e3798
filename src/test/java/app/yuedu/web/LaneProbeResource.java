package app.yuedu.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Test-only: says which threads served it, for a resource in the database lane: the thread that ran the request
 * filters (such as the CSRF check's) and the resource method's.
 */
@PermitAll
@InDatabaseLane
@Path("/test-lane")
public class LaneProbeResource {

    static final String FILTER_THREAD = "lane-probe.filter-thread";

    @GET
    public String thread(@Context RoutingContext routing) {
        return threads(routing);
    }

    @POST
    public String threadOfForm(@Context RoutingContext routing, @FormParam("answer") String answer) {
        return threads(routing) + " " + answer;
    }

    private static String threads(RoutingContext routing) {
        return routing.get(FILTER_THREAD) + " " + Thread.currentThread().getName();
    }

    /** Notes the thread of the request filters, for the probe's requests only. */
    static class FilterThread {

        @ServerRequestFilter
        void note(SimpleResourceInfo resource, RoutingContext routing) {
            if (resource.getResourceClass() == LaneProbeResource.class) {
                routing.put(FILTER_THREAD, Thread.currentThread().getName());
            }
        }
    }
}
