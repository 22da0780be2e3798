package app.yuedu.articles.core;

/**
 * A stretch of a {@link Sentence} short enough to show as context on a review card.
 *
 * @param text  the clause, punctuation at its end included
 * @param start offset of the clause in its sentence's text
 */
public record Clause(String text, int start) {

    /** Offset just after the clause in its sentence's text. */
    public int end() {
        return start + text.length();
    }
}
