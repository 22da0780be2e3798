package app.yuedu.articles;

import io.quarkus.security.Authenticated;
import app.yuedu.accounts.CurrentUser;
import app.yuedu.articles.DeckViews.DeckKnowledge;
import app.yuedu.articles.DeckViews.DeckSummary;
import app.yuedu.articles.DeckViews.NoteOrder;
import app.yuedu.articles.DeckViews.NoteRow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The deck list and a deck's vocabulary. */
@Authenticated
@Path("/decks")
@Produces(MediaType.TEXT_HTML)
public class DeckResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<DeckSummary> decks);

        static native TemplateInstance show(DeckSummary deck, List<NoteRow> notes, NoteOrder order,
                                            List<NoteOrder> orders, DeckKnowledge knowledge);
    }

    @Inject
    DeckQueries queries;

    @Inject
    DeckAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    StudentKnowledge studentKnowledge;

    @GET
    public TemplateInstance list() {
        return Templates.list(access.visibleDecks());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("sort") String sort) {
        access.requireReadableDeck(id);
        DeckSummary deck = queries.findDeck(id)
                .orElseThrow(() -> new NotFoundException("There is no deck " + id + ". Pick one from the deck list."));
        NoteOrder order = NoteOrder.fromKey(sort);
        // Teachers and admins see the deck as it is; a student also sees what they know of it.
        DeckKnowledge knowledge = currentUser.isTeacher() ? null : studentKnowledge.of(currentUser.id(), id);
        return Templates.show(deck, queries.listNotes(id, order), order, List.of(NoteOrder.values()), knowledge);
    }
}
