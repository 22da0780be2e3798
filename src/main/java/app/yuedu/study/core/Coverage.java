package app.yuedu.study.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How much of an article a student can read, counted in word tokens rather than distinct words: a word used
 * twenty times matters twenty times as much as one used once. The shortest path to a target share is to learn
 * the unknown words in order of how often the article uses them.
 *
 * @param knownTokens tokens whose word the student knows
 * @param totalTokens every word token of the article (the sum of the notes' article counts)
 * @param toReachTarget the unknown words to learn, most used first, until the target share is reached
 * @param target the target share (0.95 for "95%")
 */
public record Coverage(long knownTokens, long totalTokens, List<Word> toReachTarget, double target) {

    /** The usual target: at 95% of known tokens a reader can guess most of the rest from context. */
    public static final double DEFAULT_TARGET = 0.95;

    /** One distinct word of the article: how many times it occurs and whether the student knows it. */
    public record Word(String word, int count, boolean known) {
    }

    public Coverage {
        toReachTarget = List.copyOf(toReachTarget);
    }

    /** Computes the coverage of the given words (each distinct word once) for the {@link #DEFAULT_TARGET}. */
    public static Coverage of(List<Word> words) {
        return of(words, DEFAULT_TARGET);
    }

    /** Computes the coverage; ties in count keep the input order, so the list is stable for a deck. */
    public static Coverage of(List<Word> words, double target) {
        if (!(target >= 0 && target <= 1)) {
            throw new IllegalArgumentException("target must be between 0 and 1: " + target);
        }
        long total = 0;
        long known = 0;
        List<Word> unknown = new ArrayList<>();
        for (Word word : words) {
            total += Math.max(0, word.count());
            if (word.known()) {
                known += Math.max(0, word.count());
            } else if (word.count() > 0) {
                unknown.add(word);
            }
        }
        unknown.sort(Comparator.comparingInt(Word::count).reversed());
        List<Word> toLearn = new ArrayList<>();
        long reached = known;
        for (Word word : unknown) {
            if (reached >= Math.ceil(target * total)) {
                break;
            }
            toLearn.add(word);
            reached += word.count();
        }
        return new Coverage(known, total, toLearn, target);
    }

    /** The known share of the article's tokens, 0 to 1 (1 for an empty article: nothing is left to learn). */
    public double share() {
        return totalTokens == 0 ? 1 : (double) knownTokens / totalTokens;
    }

    /** The known share in whole percent, rounded down so that "95%" is never shown before it is reached. */
    public int percent() {
        return totalTokens == 0 ? 100 : (int) (knownTokens * 100 / totalTokens);
    }

    /** The target in whole percent. */
    public int targetPercent() {
        return (int) Math.round(target * 100);
    }

    /** Whether the student already reads the target share. */
    public boolean targetReached() {
        return toReachTarget.isEmpty();
    }
}
