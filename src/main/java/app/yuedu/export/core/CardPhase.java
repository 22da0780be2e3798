package app.yuedu.export.core;

/** Where a card stands in its learning, as Anki's {@code cards.type} sees it. */
public enum CardPhase {
    NEW(0),
    LEARNING(1),
    REVIEW(2),
    RELEARNING(3);

    final int ankiType;

    CardPhase(int ankiType) {
        this.ankiType = ankiType;
    }
}
