package app.yuedu.lexicon.core;

/** What a {@link Token} is; only {@link #WORD} and {@link #PROPER_NOUN} can become vocabulary. */
public enum TokenKind {
    /** A Chinese word, including Chinese numerals such as 二 or 两千. */
    WORD,
    /** A name of a person, place or organisation (托卡耶夫, 阿斯塔纳, 中国). */
    PROPER_NOUN,
    /** Arabic digits, half- or full-width, with any decimal point or thousands separator inside (2100, 3.5). */
    NUMBER,
    /** Latin letters (a brand, an abbreviation such as APEC). */
    LATIN,
    /** Punctuation and symbols. */
    PUNCTUATION,
    /** White space. */
    SPACE;

    /** Whether tokens of this kind can be studied as vocabulary. */
    public boolean isVocabulary() {
        return this == WORD || this == PROPER_NOUN;
    }
}
