package app.yuedu.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only: says which thread served it, for a resource outside the database lane. */
@PermitAll
@Path("/test-off-lane")
public class OffLaneProbeResource {

    @GET
    public String thread() {
        return Thread.currentThread().getName();
    }
}
