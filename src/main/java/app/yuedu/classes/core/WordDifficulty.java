package app.yuedu.classes.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a class is doing with each word of a deck, sorted so that the words it struggles with come first: lowest
 * average retrievability, then most lapses. Words no student has reviewed yet have no retrievability and come
 * last, since nothing is known about them.
 *
 * @param word the word
 * @param knownBy how many students of the class know it (marked known, or reviewed to a long stability)
 * @param reviewedCards how many of the students' cards for it have been reviewed
 * @param averageRetrievability the mean probability of recall of those cards now, or {@code NaN} without any
 * @param lapses the lapses of all those cards together
 */
public record WordDifficulty(String word, int knownBy, int reviewedCards, double averageRetrievability,
                             int lapses) {

    /** One student's reviewed card of the word, reduced to what the report needs. */
    public record CardRecall(String word, double retrievability, int lapses) {
    }

    /** Whether any card of the word has been reviewed, so {@link #averageRetrievability()} is a number. */
    public boolean reviewed() {
        return reviewedCards > 0;
    }

    /** The average retrievability in whole percent (0 when not reviewed). */
    public int retrievabilityPercent() {
        return reviewed() ? (int) Math.round(averageRetrievability * 100) : 0;
    }

    /** Struggles first: lowest average retrievability, then most lapses, then fewest knowers, then the word. */
    public static final Comparator<WordDifficulty> STRUGGLES_FIRST = Comparator
            .comparing((WordDifficulty w) -> !w.reviewed())
            .thenComparingDouble(w -> w.reviewed() ? w.averageRetrievability : 0)
            .thenComparing(Comparator.comparingInt(WordDifficulty::lapses).reversed())
            .thenComparingInt(WordDifficulty::knownBy)
            .thenComparing(WordDifficulty::word);

    /**
     * The report for a deck's words.
     *
     * @param words the deck's words, each once
     * @param knownByStudent each student's known words
     * @param cards the class's reviewed cards of the deck
     */
    public static List<WordDifficulty> rank(List<String> words, Map<Long, Set<String>> knownByStudent,
                                            List<CardRecall> cards) {
        Map<String, double[]> sums = new HashMap<>();
        for (CardRecall card : cards) {
            double[] sum = sums.computeIfAbsent(card.word(), w -> new double[3]);
            sum[0] += card.retrievability();
            sum[1] += 1;
            sum[2] += card.lapses();
        }
        List<WordDifficulty> result = new ArrayList<>();
        for (String word : new LinkedHashSet<>(words)) {
            int knownBy = (int) knownByStudent.values().stream().filter(known -> known.contains(word)).count();
            double[] sum = sums.get(word);
            result.add(sum == null ? new WordDifficulty(word, knownBy, 0, Double.NaN, 0)
                    : new WordDifficulty(word, knownBy, (int) sum[1], sum[0] / sum[1], (int) sum[2]));
        }
        result.sort(STRUGGLES_FIRST);
        return result;
    }
}
