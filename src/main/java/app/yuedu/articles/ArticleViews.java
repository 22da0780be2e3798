package app.yuedu.articles;

import java.util.List;

/** Read-only views of an article for the reader page and the JSON API. */
public final class ArticleViews {

    private ArticleViews() {
    }

    public record ArticleHeader(long id, String title, String headline, String dateline, String byline,
                                String source, Long deckId) {
    }

    /** A token as shown: {@code pinyin} numbered (empty when it has none), {@code gloss} empty when unknown. */
    public record TokenView(String text, String kind, String pinyin, String gloss) {
        public boolean isWord() {
            return "WORD".equals(kind) || "NAME".equals(kind);
        }
    }

    public record SentenceView(long id, int position, int paragraph, String text, List<TokenView> tokens) {
    }

    public record ParagraphView(int index, List<SentenceView> sentences) {
    }
}
