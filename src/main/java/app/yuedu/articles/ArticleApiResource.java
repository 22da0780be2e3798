package app.yuedu.articles;

import io.quarkus.security.Authenticated;
import app.yuedu.articles.ArticleViews.ArticleHeader;
import app.yuedu.articles.ArticleViews.SentenceView;
import app.yuedu.lexicon.core.Pinyin;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read-only JSON API over articles: metadata and the sentences in order with their tokens and pinyin. */
@Authenticated
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Mined articles, sentence by sentence")
public class ArticleApiResource {

    public record TokenJson(String text, String kind, String pinyin, String pinyinNumbered) {
    }

    public record SentenceJson(long id, int position, int paragraph, String text, List<TokenJson> tokens) {
    }

    public record ArticleJson(long id, String title, String headline, String byline, String dateline,
                              String source, Long deckId, List<SentenceJson> sentences) {
    }

    @Inject
    ArticleQueries queries;

    @Inject
    DeckAccess access;

    @GET
    @Path("/{id}")
    @Operation(summary = "An article with its sentences in order, each with its tokens and their pinyin")
    public ArticleJson article(@PathParam("id") long id) {
        access.requireReadableArticle(id);
        ArticleHeader header = queries.findHeader(id)
                .orElseThrow(() -> new NotFoundException("There is no article " + id + "."));
        List<SentenceJson> sentences = queries.sentences(id, null).stream().map(ArticleApiResource::json).toList();
        return new ArticleJson(header.id(), header.title(), header.headline(), header.byline(), header.dateline(),
                header.source(), header.deckId(), sentences);
    }

    private static SentenceJson json(SentenceView sentence) {
        return new SentenceJson(sentence.id(), sentence.position(), sentence.paragraph(), sentence.text(),
                sentence.tokens().stream().map(t -> new TokenJson(t.text(), t.kind(),
                        t.pinyin().isEmpty() ? "" : Pinyin.toMarked(t.pinyin()), t.pinyin())).toList());
    }
}
