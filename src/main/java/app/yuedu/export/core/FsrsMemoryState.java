package app.yuedu.export.core;

/**
 * A card's FSRS memory state, written into the card's {@code data} column as Anki 23.10+ stores it:
 * {@code {"s":stability,"d":difficulty,"dr":desiredRetention,"decay":decay,"lrt":lastReviewSecs}}.
 *
 * @param stability days until retrievability falls to 90%
 * @param difficulty 1.0–10.0
 * @param desiredRetention the retention the card is scheduled for, or {@code null} to leave it to the preset
 * @param decay the FSRS-6 forgetting-curve decay, or {@code null}
 */
public record FsrsMemoryState(double stability, double difficulty, Double desiredRetention, Double decay) {

    public FsrsMemoryState {
        if (!(stability > 0) || Double.isInfinite(stability)) {
            throw new IllegalArgumentException("stability must be positive, was " + stability);
        }
        if (!(difficulty >= 1.0 && difficulty <= 10.0)) {
            throw new IllegalArgumentException("difficulty must be 1..10, was " + difficulty);
        }
        if (desiredRetention != null && !(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desiredRetention must be in (0, 1), was " + desiredRetention);
        }
    }

    public FsrsMemoryState(double stability, double difficulty) {
        this(stability, difficulty, null, null);
    }
}
