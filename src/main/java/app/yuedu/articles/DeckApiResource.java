package app.yuedu.articles;

import io.quarkus.security.Authenticated;
import app.yuedu.articles.DeckViews.DeckSummary;
import app.yuedu.articles.DeckViews.NoteOrder;
import app.yuedu.lexicon.core.Pinyin;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read-only JSON API over decks and their notes, for scripts and other clients. */
@Authenticated
@Path("/api/decks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decks", description = "Decks mined from articles and their vocabulary notes")
public class DeckApiResource {

    /** A note as the API returns it; {@code pinyin} with tone marks, {@code pinyinNumbered} as in CC-CEDICT. */
    public record NoteJson(long id, String word, String traditional, String pinyin, String pinyinNumbered,
                           List<String> glosses, List<String> classifiers, String charHint, boolean inDictionary,
                           boolean properNoun, boolean knownByDefault, int hskLevel, Integer frequencyRank,
                           int count, long exampleSentenceId, List<Long> sentenceIds) {
    }

    @Inject
    DeckQueries queries;

    @Inject
    DeckAccess access;

    @GET
    @Operation(summary = "The decks the signed-in user may read")
    public List<DeckSummary> decks() {
        return access.visibleDecks();
    }

    @GET
    @Path("/{id}/notes")
    @Operation(summary = "The vocabulary notes of a deck, in article order")
    public List<NoteJson> notes(@PathParam("id") long id) {
        access.requireReadableDeck(id);
        Map<Long, List<Long>> sentenceIds = queries.sentenceIdsByNote(id);
        return queries.listNotes(id, NoteOrder.ARTICLE).stream().map(n -> new NoteJson(n.id(), n.word(),
                n.traditional(), Pinyin.toMarked(n.pinyin()), n.pinyin(), n.glosses(), n.classifiers(),
                n.charHint(), n.inDictionary(), n.properNoun(), n.knownByDefault(), n.hskLevel(),
                n.frequencyRank() == Integer.MAX_VALUE ? null : n.frequencyRank(), n.count(),
                n.exampleSentenceId(), sentenceIds.getOrDefault(n.id(), List.of()))).toList();
    }
}
