package app.yuedu.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error into a friendly page (or a small JSON body under /api), so users never see a stack trace.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String message);
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

    @ServerExceptionMapper
    public Response unexpectedError(RuntimeException e, UriInfo uri) {
        LOG.errorf(e, "Unexpected error while serving %s", uri.getPath());
        return render(500, uri, "Something went wrong on our side. The error has been logged; please try again.");
    }

    private static Response render(int status, UriInfo uri, String message) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("status", status, "error", message)).build();
        }
        String html = Templates.error(status, title(status), message).render();
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
            default -> status >= 500 ? "Something went wrong on our side. Please try again." : "The request was not valid.";
        };
    }
}
