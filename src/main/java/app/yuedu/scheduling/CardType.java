package app.yuedu.scheduling;

/** What a card asks: each note gives one card per type its deck enables. */
public enum CardType {
    /** 汉字 → pinyin and meaning. */
    RECOGNITION,
    /** Meaning and pinyin → 汉字. */
    RECALL,
    /** The source sentence with the word blanked → the word. */
    CLOZE
}
