package app.yuedu.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Test-only: says which thread served it, for a resource in the database lane. */
@PermitAll
@InDatabaseLane
@Path("/test-lane")
public class LaneProbeResource {

    @GET
    public String thread() {
        return Thread.currentThread().getName();
    }

    @POST
    public String threadOfForm(@FormParam("answer") String answer) {
        return Thread.currentThread().getName() + " " + answer;
    }
}
