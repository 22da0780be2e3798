package app.yuedu.scheduling.core;

/**
 * Where a card is in its life, as Anki and ts-fsrs name it; {@link #value()} is the number both store.
 * New cards were never reviewed; (re)learning cards step through minute-long steps; review cards wait days.
 */
public enum CardPhase {
    NEW(0),
    LEARNING(1),
    REVIEW(2),
    RELEARNING(3);

    private final int value;

    CardPhase(int value) {
        this.value = value;
    }

    /** The number Anki and ts-fsrs store for this phase: 0 for new up to 3 for relearning. */
    public int value() {
        return value;
    }

    /** The phase with the given stored number 0–3. */
    public static CardPhase of(int value) {
        if (value < 0 || value > 3) {
            throw new IllegalArgumentException("A card phase is 0 to 3, not " + value);
        }
        return values()[value];
    }
}
