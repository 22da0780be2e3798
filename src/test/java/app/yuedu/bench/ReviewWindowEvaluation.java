package app.yuedu.bench;

import app.yuedu.scheduling.core.FsrsParameters;
import app.yuedu.scheduling.core.MemoryModel;
import app.yuedu.scheduling.core.MemoryState;
import app.yuedu.scheduling.core.Rating;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Which due reviews a day of study reaches, by the due reviews the study page chooses among (DeckStudy's review
 * windows), on a collection of real cards. The page shows the least retrievable of its candidates, and each grade
 * changes the candidates for the next card. Compared: the exact order (every due card by retrievability), due order
 * alone, the 200 earliest due (the queue until 26 Nov 2026), and the earliest due together with the due ones among
 * the review cards of lowest stability under 30 days (the queue since, 50 and 50: DeckStudy.REVIEW_WINDOW and
 * WEAKEST_WINDOW).
 *
 * <p>The collection: the cards of {@code ../shared/data/anki-review-histories.tsv} (see {@link FsrsEvaluation}), each
 * replayed with default FSRS-6 to its last review, so its memory is a real card's; its interval is the one for 90%
 * retention, without fuzz. The student studied every day until {@code away} days were missed (0: studied
 * yesterday), so on the last day studied each card was a uniformly random whole number of days into its interval;
 * today every card due by now is due. One study day reviews up to the daily limit (200); each review is graded Good,
 * which leaves the card a review, not due, with the stability the model gives it. Reported, per rule: the mean
 * retrievability of the day's reviews when shown (lower: the day reached the cards most likely forgotten, the point of
 * least retrievable first) and how many of them the exact order also reviews. Averages over {@value #SEEDS} placings.
 * Skips cleanly without the data. Run with {@code bench/review-window}.
 */
public final class ReviewWindowEvaluation {

    private static final int DAILY_LIMIT = 200;
    private static final int SEEDS = 20;
    private static final int[] AWAY_DAYS = {0, 3, 7, 14, 30, 90};
    /** DeckStudy.WEAK_STABILITY_DAYS: the weakest list holds review cards under this stability. */
    private static final double WEAK_STABILITY_DAYS = 30;

    /** A rule: how many earliest due reviews, and how many review cards of lowest stability, the page reads. */
    private record Rule(String name, int earliestDue, int weakest) {}

    private static final List<Rule> RULES = List.of(
            new Rule("due order", 1, 0),
            new Rule("200 earliest due", 200, 0),
            new Rule("50 due + 25 weakest", 50, 25),
            new Rule("50 due + 50 weakest", 50, 50),
            new Rule("100 due + 100 weakest", 100, 100));

    private ReviewWindowEvaluation() {}

    /**
     * A review card today: its memory, days since its last review, due day (relative to today, 0 or less is due) and
     * id.
     */
    private record Review(MemoryState memory, int elapsedDays, int dueDay, int id) {
        /** The queue's key: whole days since the last review over stability, larger is less retrievable. */
        double key() {
            return elapsedDays / memory.stability();
        }

        boolean due() {
            return dueDay <= 0;
        }
    }

    /** The study page's order among its candidates: least retrievable first, then earliest due, then id. */
    private static final Comparator<Review> LEAST_RETRIEVABLE = Comparator.comparingDouble(Review::key).reversed()
            .thenComparingInt(Review::dueDay).thenComparingInt(Review::id);
    /** The order of ix_card_queue, from which the earliest due are read. */
    private static final Comparator<Review> EARLIEST_DUE =
            Comparator.comparingInt(Review::dueDay).thenComparingInt(Review::id);
    /** The order of ix_card_weakest. */
    private static final Comparator<Review> WEAKEST = Comparator.comparingDouble((Review r) -> r.memory().stability())
            .thenComparingInt(Review::id);

    public static void main(String[] args) throws IOException {
        Optional<List<String>> lines = AnkiHistories.lines(args, "Review window evaluation");
        if (lines.isEmpty()) {
            return;
        }
        MemoryModel model = new MemoryModel(FsrsParameters.defaults());
        List<MemoryState> memories = memories(lines.get(), model);

        System.out.printf(Locale.ROOT, "%d real cards, daily limit %d, %d placings%n", memories.size(), DAILY_LIMIT,
                SEEDS);
        System.out.println("R: mean retrievability of the day's reviews when shown; same: how many of them the exact"
                + " order also reviews");
        System.out.printf(Locale.ROOT, "%-9s %6s %8s", "away (d)", "due", "exact R");
        for (Rule rule : RULES) {
            System.out.printf(Locale.ROOT, " | %-20s", rule.name());
        }
        System.out.println();
        for (int away : AWAY_DAYS) {
            double due = 0;
            double exactR = 0;
            double[] ruleR = new double[RULES.size()];
            double[] same = new double[RULES.size()];
            for (int seed = 0; seed < SEEDS; seed++) {
                List<Review> reviews = placed(memories, model, away, new Random(seed));
                due += reviews.stream().filter(Review::due).count() / (double) SEEDS;
                List<Review> exact = reviews.stream().filter(Review::due).sorted(LEAST_RETRIEVABLE)
                        .limit(DAILY_LIMIT).toList();
                exactR += meanRetrievability(exact, model) / SEEDS;
                Set<Integer> exactIds = new HashSet<>(exact.stream().map(Review::id).toList());
                for (int r = 0; r < RULES.size(); r++) {
                    List<Review> day = studyDay(reviews, RULES.get(r), model);
                    ruleR[r] += meanRetrievability(day, model) / SEEDS;
                    same[r] += day.stream().filter(review -> exactIds.contains(review.id())).count() / (double) SEEDS;
                }
            }
            System.out.printf(Locale.ROOT, "%-9d %6.0f %8.4f", away, due, exactR);
            for (int r = 0; r < RULES.size(); r++) {
                System.out.printf(Locale.ROOT, " | R %.4f same %5.1f", ruleR[r], same[r]);
            }
            System.out.println();
        }
    }

    /** Each card's memory after its last review, replayed with the model. */
    private static List<MemoryState> memories(List<String> lines, MemoryModel model) {
        List<MemoryState> result = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t");
            int[] elapsed = AnkiHistories.ints(columns[0]);
            int[] ratings = AnkiHistories.ints(columns[1]);
            MemoryState memory = MemoryState.NONE;
            for (int i = 0; i < ratings.length; i++) {
                memory = model.next(memory, elapsed[i], Rating.of(ratings[i]));
            }
            result.add(memory);
        }
        return result;
    }

    /**
     * The review cards today of a collection studied daily up to {@code away} + 1 days ago: each card last reviewed
     * on that day or a uniformly random whole number of days within its interval before.
     */
    private static List<Review> placed(List<MemoryState> memories, MemoryModel model, int away, Random random) {
        List<Review> reviews = new ArrayList<>();
        for (int id = 0; id < memories.size(); id++) {
            MemoryState memory = memories.get(id);
            int interval = model.interval(memory.stability());
            int lastReview = -(away + 1) - random.nextInt(interval);
            reviews.add(new Review(memory, -lastReview, lastReview + interval, id));
        }
        return reviews;
    }

    /**
     * The reviews of one study day under a rule, in the order shown: up to the daily limit, each the least
     * retrievable of the rule's candidates; graded Good, a card moves to its new stability and is no longer due.
     */
    private static List<Review> studyDay(List<Review> reviews, Rule rule, MemoryModel model) {
        List<Review> byDue = new ArrayList<>(reviews.stream().filter(Review::due).toList());
        byDue.sort(EARLIEST_DUE);
        List<Review> byStability = new ArrayList<>(reviews);
        byStability.sort(WEAKEST);
        List<Review> shown = new ArrayList<>();
        while (shown.size() < DAILY_LIMIT && !byDue.isEmpty()) {
            List<Review> candidates = new ArrayList<>(byDue.subList(0, Math.min(rule.earliestDue(), byDue.size())));
            byStability.stream().filter(review -> review.memory().stability() < WEAK_STABILITY_DAYS)
                    .limit(rule.weakest()).filter(Review::due).forEach(candidates::add);
            Review next = Collections.min(candidates, LEAST_RETRIEVABLE);
            shown.add(next);
            byDue.remove(next);
            byStability.remove(next);
            MemoryState after = model.next(next.memory(), next.elapsedDays(), Rating.GOOD);
            Review graded = new Review(after, 0, model.interval(after.stability()), next.id());
            int at = Collections.binarySearch(byStability, graded, WEAKEST);
            byStability.add(at < 0 ? -at - 1 : at, graded);
        }
        return shown;
    }

    private static double meanRetrievability(List<Review> reviews, MemoryModel model) {
        return reviews.stream().mapToDouble(review -> model.retrievability(review.elapsedDays(),
                review.memory().stability())).average().orElse(Double.NaN);
    }
}
