package app.yuedu.study.core;

import java.util.Arrays;

/**
 * The part of a long sentence worth showing on a card: the clause around the word (with its neighbours when the
 * clause alone is very short). Short sentences are shown whole.
 */
public final class SentenceExcerpt {

    /** Sentences up to this many characters are shown whole. */
    public static final int SHORT_SENTENCE = 40;
    private static final int SHORT_CLAUSE = 8;

    private SentenceExcerpt() {}

    /** A character range [start, end) of the sentence. */
    public record Range(int start, int end) {
        public boolean overlaps(int from, int to) {
            return from < end && to > start;
        }
    }

    /**
     * The range to show.
     *
     * @param length the sentence's length in characters
     * @param clauseStarts offsets where clauses start, as stored with the sentence ("0,12,30")
     * @param wordStart where the word starts in the sentence; negative if it was not found
     */
    public static Range around(int length, String clauseStarts, int wordStart) {
        if (length <= SHORT_SENTENCE || wordStart < 0 || clauseStarts == null || clauseStarts.isBlank()) {
            return new Range(0, length);
        }
        int[] starts = Arrays.stream(clauseStarts.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt).filter(s -> s >= 0 && s < length).sorted().distinct().toArray();
        if (starts.length == 0) {
            return new Range(0, length);
        }
        int clause = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= wordStart) {
                clause = i;
            }
        }
        int start = starts[clause];
        int end = clause + 1 < starts.length ? starts[clause + 1] : length;
        if (end - start < SHORT_CLAUSE) {
            start = clause > 0 ? starts[clause - 1] : start;
            end = clause + 2 < starts.length ? starts[clause + 2] : length;
        }
        return new Range(start, end);
    }
}
