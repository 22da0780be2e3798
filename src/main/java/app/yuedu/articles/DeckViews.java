package app.yuedu.articles;

import java.time.Instant;
import java.util.List;

/** Read-only views of decks and notes for pages and the JSON API; never lazy entities. */
public final class DeckViews {

    private DeckViews() {
    }

    public record DeckSummary(long id, String name, long articleId, String articleTitle, String byline,
                              long noteCount, long learnableCount, Instant createdAt) {
    }

    /**
     * One vocabulary row. {@code before}, {@code after} are the example sentence around the word, so a template
     * can highlight it without building HTML.
     */
    public record NoteRow(long id, String word, String traditional, String pinyin, List<String> glosses,
                          List<String> classifiers, String charHint, boolean inDictionary, boolean properNoun,
                          boolean knownByDefault, int hskLevel, int frequencyRank, int count,
                          long exampleSentenceId, int exampleSentencePosition, String before, String after) {

        public String firstGloss() {
            return glosses.isEmpty() ? "" : glosses.get(0);
        }

        public String glossLine() {
            return String.join("; ", glosses);
        }
    }

    /**
     * A student's view of a deck: the words they know (known by default, marked, or reviewed to a long
     * stability), the share of the article's tokens they can read, and the words to learn to reach the target.
     */
    public record DeckKnowledge(java.util.Set<String> knownWords, java.util.Set<String> knownByReview, int percent,
                                int targetPercent, List<String> toReachTarget) {

        public boolean knows(String word) {
            return knownWords.contains(word);
        }

        public boolean knowsByReview(String word) {
            return knownByReview.contains(word);
        }
    }

    /** Orders of the vocabulary list. */
    public enum NoteOrder {
        ARTICLE("article", "Article order", "n.firstPosition, n.id"),
        FREQUENCY("frequency", "Most frequent first", "n.frequencyRank, n.firstPosition"),
        HSK("hsk", "HSK level", "case when n.hskLevel = 0 then 99 else n.hskLevel end, n.frequencyRank"),
        COUNT("count", "Most used in the article", "n.articleCount desc, n.frequencyRank");

        public final String key;
        public final String label;
        final String jpql;

        NoteOrder(String key, String label, String jpql) {
            this.key = key;
            this.label = label;
            this.jpql = jpql;
        }

        public static NoteOrder fromKey(String key) {
            for (NoteOrder order : values()) {
                if (order.key.equals(key)) {
                    return order;
                }
            }
            return ARTICLE;
        }
    }
}
