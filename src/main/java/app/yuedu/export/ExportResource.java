package app.yuedu.export;

import app.yuedu.accounts.CurrentUser;
import app.yuedu.articles.DeckAccess;
import app.yuedu.export.DeckExports.DeckToExport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Downloads of a deck: the Anki package and the tab-separated text. Both are streamed as they are written.
 * A student's package carries their progress (card states and review history); teachers and admins get the
 * clean deck, every card new, to hand out.
 */
@Authenticated
@Path("/decks")
public class ExportResource {

    private static final Logger LOG = Logger.getLogger(ExportResource.class);

    static final String APKG_TYPE = "application/apkg";
    static final String TEXT_TYPE = "text/plain; charset=UTF-8";

    @Inject
    DeckAccess access;

    @Inject
    DeckExports exports;

    @Inject
    CurrentUser currentUser;

    @Inject
    MeterRegistry registry;

    @GET
    @Path("/{id}/export.apkg")
    public Response apkg(@PathParam("id") long id) {
        DeckToExport export = exportable(id);
        StreamingOutput body;
        if (currentUser.isTeacher()) {
            body = out -> exports.writeApkg(export, out);
        } else {
            long userId = currentUser.id();
            body = out -> exports.writeApkgWithProgress(export, userId, out);
        }
        return download(measured(body, export, "apkg"), APKG_TYPE, export.fileStem() + ".apkg");
    }

    @GET
    @Path("/{id}/export.txt")
    public Response text(@PathParam("id") long id) {
        DeckToExport export = exportable(id);
        StreamingOutput body = out -> exports.writeText(export, out);
        return download(measured(body, export, "txt"), TEXT_TYPE, export.fileStem() + ".txt");
    }

    /**
     * Times the streamed file in {@code yuedu_exports_seconds{format}} (its count is the number of exports) and
     * logs who exported what. The user is read now: the body is written after the request's scope may be gone.
     */
    private StreamingOutput measured(StreamingOutput body, DeckToExport export, String format) {
        String username = currentUser.profile().username();
        return out -> {
            long started = System.nanoTime();
            body.write(out);
            long elapsed = System.nanoTime() - started;
            Timer.builder("yuedu.exports").description("Deck exports, timed while streamed").tag("format", format)
                    .register(registry).record(elapsed, TimeUnit.NANOSECONDS);
            LOG.infof("Export: user=%s deck=%d format=%s notes=%d ms=%d", username, export.id(), format,
                    export.noteCount(), elapsed / 1_000_000);
        };
    }

    /** The deck, checked before the response starts: once bytes are sent, an error can no longer be a page. */
    private DeckToExport exportable(long id) {
        access.requireReadableDeck(id);
        DeckToExport export = exports.find(id)
                .orElseThrow(() -> new NotFoundException("There is no deck " + id + ". Pick one from the deck list."));
        if (export.noteCount() == 0) {
            throw new ClientErrorException("The deck “" + export.deck().name() + "” has no words to export: "
                    + "every word in it counts as known. There is nothing to download.", Response.Status.CONFLICT);
        }
        return export;
    }

    private static Response download(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    /** An ASCII file name for old clients and the exact one (RFC 6266 / 5987) for the rest. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
