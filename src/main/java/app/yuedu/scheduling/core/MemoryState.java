package app.yuedu.scheduling.core;

/**
 * The FSRS model of one memory.
 *
 * @param stability the interval in days after which recall falls to 90 %
 * @param difficulty how hard the card is to remember, 1 (easy) to 10 (hard); 0 with stability 0 means "never
 *     reviewed"
 */
public record MemoryState(double stability, double difficulty) {

    /** The state of a card that was never reviewed. */
    public static final MemoryState NONE = new MemoryState(0, 0);

    public MemoryState {
        if (!Double.isFinite(stability) || !Double.isFinite(difficulty)) {
            throw new IllegalArgumentException("Stability and difficulty must be finite");
        }
    }

    /** Whether this is the state of a card that was never reviewed. */
    public boolean isNone() {
        return stability == 0 && difficulty == 0;
    }
}
