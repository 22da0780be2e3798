package app.yuedu.study.core;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which card comes next in a review session, as in Anki: (re)learning cards that are due, then due reviews
 * (least likely to be remembered first), then new cards up to the day's limit, and last, rather than ending the
 * session, a learning card that falls due within the learn-ahead window. Pure: the shell reads the candidates
 * from the database and this class only orders them.
 */
public final class StudyQueue {

    private StudyQueue() {}

    /**
     * A card that could be shown.
     *
     * @param cardId the card
     * @param due when it is due
     * @param retrievability the probability of recall now (only used for reviews)
     */
    public record Candidate(long cardId, Instant due, double retrievability) {}

    /**
     * What the queue holds right now.
     *
     * @param learning (re)learning cards due within the learn-ahead window, earliest first
     * @param reviews review cards due today
     * @param newCards new cards that may be introduced, in the deck's order
     * @param newLeft new cards the daily limit still allows
     * @param reviewsLeft reviews the daily limit still allows
     * @param now the time of the request
     */
    public record Snapshot(List<Candidate> learning, List<Candidate> reviews, List<Candidate> newCards, int newLeft,
                           int reviewsLeft, Instant now) {}

    /** Cards left in the session, as shown above the card: new, learning, review. */
    public record Counts(int newCards, int learning, int reviews) {
        public boolean isEmpty() {
            return newCards == 0 && learning == 0 && reviews == 0;
        }
    }

    private static final Comparator<Candidate> LEAST_RETRIEVABLE = Comparator
            .comparingDouble(Candidate::retrievability)
            .thenComparing(Candidate::due)
            .thenComparingLong(Candidate::cardId);

    private static final Comparator<Candidate> EARLIEST = Comparator.comparing(Candidate::due)
            .thenComparingLong(Candidate::cardId);

    /** The card to show next, if any. */
    public static Optional<Candidate> next(Snapshot queue) {
        Optional<Candidate> learningNow = queue.learning().stream()
                .filter(card -> !card.due().isAfter(queue.now())).min(EARLIEST);
        if (learningNow.isPresent()) {
            return learningNow;
        }
        if (queue.reviewsLeft() > 0 && !queue.reviews().isEmpty()) {
            return queue.reviews().stream().min(LEAST_RETRIEVABLE);
        }
        if (queue.newLeft() > 0 && !queue.newCards().isEmpty()) {
            return Optional.of(queue.newCards().get(0));
        }
        return queue.learning().stream().min(EARLIEST);
    }

    /**
     * The counts shown to the learner, capped by the daily limits.
     *
     * @param learning (re)learning cards due within the learn-ahead window
     * @param reviewsDue review cards due today
     * @param newAvailable new cards that could be introduced
     */
    public static Counts counts(int learning, int reviewsDue, int newAvailable, int newLeft, int reviewsLeft) {
        return new Counts(Math.max(0, Math.min(newAvailable, newLeft)), learning,
                Math.max(0, Math.min(reviewsDue, reviewsLeft)));
    }
}
