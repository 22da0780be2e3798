package app.yuedu.export.core;

/** The kind of a review, Anki's {@code revlog.type}. */
public enum ReviewKind {
    LEARNING(0),
    REVIEW(1),
    RELEARNING(2),
    /** Reviewed ahead of time, or in a filtered deck without rescheduling. */
    FILTERED(3),
    /** Set due date or reset by hand. */
    MANUAL(4),
    RESCHEDULED(5);

    final int ankiType;

    ReviewKind(int ankiType) {
        this.ankiType = ankiType;
    }
}
