package bare;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The one Qute page of the baseline application. */
@Path("/")
@PermitAll
public class BarePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(String name);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return Templates.index("bare");
    }
}
