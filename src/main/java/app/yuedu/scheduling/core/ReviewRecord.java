package app.yuedu.scheduling.core;

import java.time.Instant;

/**
 * What one review did, as ts-fsrs's {@code ReviewLog}: the answer and the card as it was before it. It is the
 * row of a review history (for statistics and for fitting parameters) and enough to undo the review with
 * {@link FsrsScheduler#rollback}.
 *
 * @param rating the answer
 * @param phase the card's phase before the review
 * @param due the card's last review before this one, or its due time if it had none
 * @param stability stability before the review
 * @param difficulty difficulty before the review
 * @param elapsedDays study days since the previous review
 * @param lastElapsedDays the card's elapsed days before the review
 * @param scheduledDays the interval the previous review had chosen
 * @param learningStep the learning step before the review
 * @param reviewedAt when the review happened
 */
public record ReviewRecord(
        Rating rating,
        CardPhase phase,
        Instant due,
        double stability,
        double difficulty,
        int elapsedDays,
        int lastElapsedDays,
        int scheduledDays,
        int learningStep,
        Instant reviewedAt) {}
