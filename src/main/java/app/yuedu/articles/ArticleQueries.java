package app.yuedu.articles;

import app.yuedu.articles.ArticleViews.ArticleHeader;
import app.yuedu.articles.ArticleViews.ParagraphView;
import app.yuedu.articles.ArticleViews.SentenceView;
import app.yuedu.articles.ArticleViews.TokenView;
import app.yuedu.articles.core.SentenceTokens;
import app.yuedu.articles.core.StoredToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an article with its sentences, tokens and the glosses of its deck's notes. */
@ApplicationScoped
public class ArticleQueries {

    @Inject
    EntityManager em;

    @Inject
    DeckQueries decks;

    public Optional<ArticleHeader> findHeader(long articleId) {
        Article article = em.find(Article.class, articleId);
        if (article == null) {
            return Optional.empty();
        }
        return Optional.of(new ArticleHeader(article.id, article.title, article.headline, article.dateline,
                article.byline, article.source, decks.deckOfArticle(articleId).orElse(null)));
    }

    public List<SentenceView> sentences(long articleId, Long deckId) {
        Map<String, String> glosses = deckId == null ? Map.of() : glossesOfDeck(deckId);
        List<SentenceView> views = new ArrayList<>();
        for (Sentence sentence : Sentence.listByArticle(articleId)) {
            List<TokenView> tokens = new ArrayList<>();
            for (StoredToken token : SentenceTokens.decode(sentence.tokens)) {
                tokens.add(new TokenView(token.text(), token.kind().name(), token.pinyin(),
                        token.isVocabulary() ? glosses.getOrDefault(token.text(), "") : ""));
            }
            views.add(new SentenceView(sentence.id, sentence.position, sentence.paragraph, sentence.text, tokens));
        }
        return views;
    }

    public static List<ParagraphView> paragraphs(List<SentenceView> sentences) {
        List<ParagraphView> paragraphs = new ArrayList<>();
        List<SentenceView> current = new ArrayList<>();
        int index = sentences.isEmpty() ? 0 : sentences.get(0).paragraph();
        for (SentenceView sentence : sentences) {
            if (sentence.paragraph() != index && !current.isEmpty()) {
                paragraphs.add(new ParagraphView(index, current));
                current = new ArrayList<>();
            }
            index = sentence.paragraph();
            current.add(sentence);
        }
        if (!current.isEmpty()) {
            paragraphs.add(new ParagraphView(index, current));
        }
        return paragraphs;
    }

    private Map<String, String> glossesOfDeck(long deckId) {
        Map<String, String> glosses = new HashMap<>();
        for (Object[] row : em.createQuery(
                "select n.word, n.glosses, n.charHint, n.inDictionary from Note n where n.deck.id = :deck",
                Object[].class).setParameter("deck", deckId).getResultList()) {
            boolean inDictionary = (Boolean) row[3];
            String text = inDictionary ? ((String) row[1]).replace("\n", "; ") : (String) row[2];
            glosses.put((String) row[0], text == null ? "" : text);
        }
        return glosses;
    }
}
