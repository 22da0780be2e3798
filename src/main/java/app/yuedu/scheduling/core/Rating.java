package app.yuedu.scheduling.core;

/** The learner's answer to a card, as on Anki's four buttons; {@link #value()} is the FSRS grade 1–4. */
public enum Rating {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int value;

    Rating(int value) {
        this.value = value;
    }

    /** The FSRS grade: 1 for Again up to 4 for Easy. */
    public int value() {
        return value;
    }

    /** The rating with the given FSRS grade 1–4. */
    public static Rating of(int value) {
        if (value < 1 || value > 4) {
            throw new IllegalArgumentException("A rating is 1 (Again) to 4 (Easy), not " + value);
        }
        return values()[value - 1];
    }
}
