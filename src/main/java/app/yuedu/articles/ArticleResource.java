package app.yuedu.articles;

import io.quarkus.security.Authenticated;
import app.yuedu.articles.ArticleViews.ArticleHeader;
import app.yuedu.articles.ArticleViews.ParagraphView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The article reader: the reflowed text with pinyin over every word and each word's gloss on hover or tap. */
@Authenticated
@Path("/articles")
@Produces(MediaType.TEXT_HTML)
public class ArticleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ArticleHeader article, List<ParagraphView> paragraphs);
    }

    @Inject
    ArticleQueries queries;

    @Inject
    DeckAccess access;

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        access.requireReadableArticle(id);
        ArticleHeader header = queries.findHeader(id).orElseThrow(
                () -> new NotFoundException("There is no article " + id + ". Pick a deck from the deck list."));
        return Templates.show(header, ArticleQueries.paragraphs(queries.sentences(id, header.deckId())));
    }
}
