package app.yuedu.export.core;

/**
 * The card templates of the Yuedu note type, in Anki's template order (a card's {@code ord}).
 * The note type always has all three, so its schema is the same for every deck; a note gets a Cloze card only
 * when its SentenceCloze field is filled (see {@link ExportDeck#clozeEnabled()}).
 */
public enum CardTemplate {
    /** Hanzi on the front: recall reading and meaning. */
    RECOGNITION("Recognition"),
    /** Meaning on the front: recall the word. */
    RECALL("Recall"),
    /** The example sentence with the word blanked. */
    CLOZE("Cloze");

    private final String ankiName;

    CardTemplate(String ankiName) {
        this.ankiName = ankiName;
    }

    /** The template's name in Anki. */
    public String ankiName() {
        return ankiName;
    }

    /** The template's index, Anki's {@code cards.ord}. */
    public int ankiOrd() {
        return ordinal();
    }
}
