package app.yuedu.scheduling.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * Holds a card to its review log: the log is the truth, and the stored card must be what replaying it gives.
 * Replaying starts from the state before the first logged review (a new card) and answers every logged review
 * again with the scheduler it was made with (the parameters of the student, with the review's desired
 * retention). Each review must start where the previous one ended and end where the replay ends; the card as
 * stored must be where the last one ended, and a card without reviews must be new.
 *
 * <p>The log keeps each review's desired retention but not the student's time zone, so a student who moved
 * their day boundary between two reviews replays with the boundary they have now; a review that then counts
 * different elapsed days shows up as a mismatch.
 */
public final class ReviewReplay {

    /**
     * One entry of a card's review log.
     *
     * @param id the log entry's id, to name it in a report
     * @param rating the answer
     * @param reviewedAt when it was answered
     * @param desiredRetention the retention the card was scheduled for at that review
     * @param before the card as logged before the review
     * @param after the card as logged after the review
     */
    public record LoggedReview(long id, Rating rating, Instant reviewedAt, double desiredRetention, CardState before,
                               CardState after) {}

    private final DoubleFunction<FsrsScheduler> schedulerForRetention;

    /** @param schedulerForRetention the student's scheduler for a desired retention */
    public ReviewReplay(DoubleFunction<FsrsScheduler> schedulerForRetention) {
        this.schedulerForRetention = schedulerForRetention;
    }

    /**
     * What is wrong with a card and its log, one line per finding; empty when they agree.
     *
     * @param stored the card as stored
     * @param log the card's review log, oldest first
     */
    public List<String> check(CardState stored, List<LoggedReview> log) {
        List<String> problems = new ArrayList<>();
        if (log.isEmpty()) {
            if (!isUnreviewed(stored)) {
                problems.add("no review is logged, but the card is stored as reviewed: " + describe(stored));
            }
            return problems;
        }
        CardState state = log.get(0).before();
        if (!isUnreviewed(state)) {
            problems.add("review " + log.get(0).id() + " is the first logged, but starts from a reviewed card: "
                    + describe(state));
        }
        for (int i = 0; i < log.size(); i++) {
            LoggedReview review = log.get(i);
            if (i > 0 && !review.before().equals(state)) {
                problems.add("review " + review.id() + " does not start where review " + log.get(i - 1).id()
                        + " ended: " + differences(review.before(), state));
            }
            try {
                state = schedulerForRetention.apply(review.desiredRetention())
                        .review(state, review.rating(), review.reviewedAt()).card();
            } catch (IllegalArgumentException e) {
                problems.add("review " + review.id() + " cannot be replayed: " + e.getMessage());
                return problems;
            }
            if (!review.after().equals(state)) {
                problems.add("review " + review.id() + " logged an outcome the scheduler does not give: "
                        + differences(review.after(), state));
            }
        }
        if (!stored.equals(state)) {
            problems.add("the stored card differs from the replay of its " + log.size() + " reviews: "
                    + differences(stored, state));
        }
        return problems;
    }

    private static boolean isUnreviewed(CardState card) {
        return card.phase() == CardPhase.NEW && card.reps() == 0 && card.lapses() == 0 && card.lastReview() == null
                && card.stability() == 0 && card.difficulty() == 0 && card.learningStep() == 0
                && card.scheduledDays() == 0 && card.elapsedDays() == 0;
    }

    private static String describe(CardState card) {
        return card.phase() + ", " + card.reps() + " reps, stability " + card.stability() + ", last review "
                + card.lastReview();
    }

    /** The fields in which {@code actual} differs from {@code expected}, as "name actual (expected e)". */
    static String differences(CardState actual, CardState expected) {
        List<String> fields = new ArrayList<>();
        compare(fields, "due", actual.due(), expected.due());
        compare(fields, "stability", actual.stability(), expected.stability());
        compare(fields, "difficulty", actual.difficulty(), expected.difficulty());
        compare(fields, "elapsed days", actual.elapsedDays(), expected.elapsedDays());
        compare(fields, "scheduled days", actual.scheduledDays(), expected.scheduledDays());
        compare(fields, "learning step", actual.learningStep(), expected.learningStep());
        compare(fields, "reps", actual.reps(), expected.reps());
        compare(fields, "lapses", actual.lapses(), expected.lapses());
        compare(fields, "phase", actual.phase(), expected.phase());
        compare(fields, "last review", actual.lastReview(), expected.lastReview());
        return String.join(", ", fields);
    }

    private static void compare(List<String> fields, String name, Object actual, Object expected) {
        if (!Objects.equals(actual, expected)) {
            fields.add(name + " " + actual + " (replay: " + expected + ")");
        }
    }
}
