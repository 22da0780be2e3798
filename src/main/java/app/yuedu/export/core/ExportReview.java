package app.yuedu.export.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer in a card's review history, a row of Anki's {@code revlog}.
 *
 * @param reviewedAt when the card was answered; also the row's id in Anki, which is how Anki recognises a
 *     review it already has
 * @param rating the button: 1 again, 2 hard, 3 good, 4 easy; 0 for a manual reschedule
 * @param kind learning, review, relearning...
 * @param interval the interval given by this answer
 * @param lastInterval the interval before this answer
 * @param easeFactorPermille the SM-2 ease after the answer (2500 = 250%), or 0
 * @param fsrsDifficulty the FSRS difficulty (1–10) after the answer, or {@code null}; when set, Anki's factor
 *     column stores it instead of the ease
 * @param timeTaken how long the student took to answer
 */
public record ExportReview(
        Instant reviewedAt,
        int rating,
        ReviewKind kind,
        Duration interval,
        Duration lastInterval,
        int easeFactorPermille,
        Double fsrsDifficulty,
        Duration timeTaken) {

    public ExportReview {
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(kind, "kind");
        if (rating < 0 || rating > 4) {
            throw new IllegalArgumentException("rating must be 0..4, was " + rating);
        }
        interval = interval == null ? Duration.ZERO : interval;
        lastInterval = lastInterval == null ? Duration.ZERO : lastInterval;
        timeTaken = timeTaken == null ? Duration.ZERO : timeTaken;
        if (interval.isNegative() || lastInterval.isNegative() || timeTaken.isNegative()) {
            throw new IllegalArgumentException("review durations must not be negative");
        }
    }
}
