package app.yuedu.articles.core;

import java.util.List;

/**
 * A sentence of an article body.
 *
 * @param text             the sentence, closing quotes and brackets included, without surrounding spaces
 * @param paragraphIndex   which paragraph it belongs to, from 0
 * @param index            its position among all sentences of the article, from 0
 * @param startInParagraph offset of {@code text} in its paragraph
 * @param clauses          the sentence cut into clauses that cover it exactly, in order; a single clause
 *                         (the whole sentence) unless the sentence is long, see {@link SentenceSplitter}
 */
public record Sentence(String text, int paragraphIndex, int index, int startInParagraph, List<Clause> clauses) {

    public Sentence {
        clauses = List.copyOf(clauses);
    }

    /** Whether the sentence was long enough to be cut into several clauses. */
    public boolean hasClauses() {
        return clauses.size() > 1;
    }

    /**
     * The clause that holds a position of the sentence, e.g. where a mined word starts, so a review page
     * can show that clause with the whole sentence one click away.
     *
     * @param offset an offset in {@link #text()}, from 0 to its length (the length counts as the last clause)
     */
    public Clause clauseAt(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside sentence of length " + text.length());
        }
        for (Clause clause : clauses) {
            if (offset < clause.end()) {
                return clause;
            }
        }
        return clauses.get(clauses.size() - 1);
    }
}
