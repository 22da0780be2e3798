package app.yuedu.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The home address sends visitors to the deck list. */
@PermitAll
@Path("/")
public class HomeResource {

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/decks")).build();
    }
}
