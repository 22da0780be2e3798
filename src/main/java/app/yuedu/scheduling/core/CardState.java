package app.yuedu.scheduling.core;

import java.time.Instant;

/**
 * The scheduling state of one card, as ts-fsrs's {@code Card}: what the app stores per card and hands back to
 * {@link FsrsScheduler} at the next review.
 *
 * @param due when the card should next be shown
 * @param stability FSRS stability in days; 0 for a new card
 * @param difficulty FSRS difficulty 1–10; 0 for a new card
 * @param elapsedDays study days between the last two reviews (kept for display and export; FSRS recomputes it)
 * @param scheduledDays the interval in days that the last review chose; 0 while in (re)learning steps
 * @param learningStep index of the current (re)learning step
 * @param reps number of reviews so far
 * @param lapses number of times a review card was forgotten (answered Again)
 * @param phase new, learning, review or relearning
 * @param lastReview when the card was last reviewed; {@code null} for a new card
 */
public record CardState(
        Instant due,
        double stability,
        double difficulty,
        int elapsedDays,
        int scheduledDays,
        int learningStep,
        int reps,
        int lapses,
        CardPhase phase,
        Instant lastReview) {

    public CardState {
        if (due == null || phase == null) {
            throw new IllegalArgumentException("A card state needs a due time and a phase");
        }
        if (!Double.isFinite(stability) || !Double.isFinite(difficulty)) {
            throw new IllegalArgumentException("Stability and difficulty must be finite");
        }
        if (elapsedDays < 0 || scheduledDays < 0 || learningStep < 0 || reps < 0 || lapses < 0) {
            throw new IllegalArgumentException("Day and review counts cannot be negative");
        }
    }

    /** A card never reviewed, due at once. */
    public static CardState newCard(Instant now) {
        return new CardState(now, 0, 0, 0, 0, 0, 0, 0, CardPhase.NEW, null);
    }

    /** The card's stability and difficulty. */
    public MemoryState memory() {
        return new MemoryState(stability, difficulty);
    }

    CardState with(MemoryState memory) {
        return new CardState(due, memory.stability(), memory.difficulty(), elapsedDays, scheduledDays, learningStep,
                reps, lapses, phase, lastReview);
    }

    CardState scheduled(CardPhase newPhase, Instant newDue, int newScheduledDays, int newLearningStep) {
        return new CardState(newDue, stability, difficulty, elapsedDays, newScheduledDays, newLearningStep, reps,
                lapses, newPhase, lastReview);
    }

    CardState withLapse() {
        return new CardState(due, stability, difficulty, elapsedDays, scheduledDays, learningStep, reps, lapses + 1,
                phase, lastReview);
    }
}
