package app.yuedu.export.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A student's progress on one card of a note.
 *
 * @param template which card of the note
 * @param phase new, learning, review or relearning
 * @param due when the card is next due ({@code null} for a new card); a review card is due on that day
 * @param intervalDays the current interval in days (review and relearning cards)
 * @param easeFactorPermille SM-2 ease, 2500 for 250%; 0 lets the writer use 2500 for cards past the new phase
 * @param reps how many times the card was answered
 * @param lapses how many times a review card was forgotten
 * @param remainingSteps learning steps left (learning and relearning cards)
 * @param memoryState the FSRS memory state, or {@code null} for a card scheduled by SM-2 only
 * @param lastReviewedAt the last review, or {@code null}
 * @param suspended whether the student suspended the card
 * @param reviews the card's review history, oldest first
 */
public record ExportCard(
        CardTemplate template,
        CardPhase phase,
        Instant due,
        int intervalDays,
        int easeFactorPermille,
        int reps,
        int lapses,
        int remainingSteps,
        FsrsMemoryState memoryState,
        Instant lastReviewedAt,
        boolean suspended,
        List<ExportReview> reviews) {

    public ExportCard {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(phase, "phase");
        if (phase != CardPhase.NEW && due == null) {
            throw new IllegalArgumentException(phase + " card needs a due time");
        }
        if (intervalDays < 0 || easeFactorPermille < 0 || reps < 0 || lapses < 0 || remainingSteps < 0) {
            throw new IllegalArgumentException("card counters must not be negative");
        }
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** A review card scheduled by FSRS (or SM-2 when {@code memoryState} is null). */
    public static ExportCard inReview(
            CardTemplate template,
            Instant due,
            int intervalDays,
            int reps,
            int lapses,
            FsrsMemoryState memoryState,
            Instant lastReviewedAt,
            List<ExportReview> reviews) {
        return new ExportCard(template, CardPhase.REVIEW, due, intervalDays, 0, reps, lapses, 0, memoryState,
                lastReviewedAt, false, reviews);
    }
}
