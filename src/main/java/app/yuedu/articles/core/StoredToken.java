package app.yuedu.articles.core;

/**
 * A word token as stored with its sentence: the text, what kind of token it is, and its reading
 * in numbered pinyin ("feng1 hui4"; empty for punctuation, numbers and Latin text).
 */
public record StoredToken(String text, Kind kind, String pinyin) {

    /** Token kinds; only {@link #WORD} and {@link #NAME} can become vocabulary notes. */
    public enum Kind {
        WORD('W'), NAME('P'), NUMBER('N'), LATIN('L'), PUNCTUATION('X'), SPACE('S');

        final char code;

        Kind(char code) {
            this.code = code;
        }

        public boolean isVocabulary() {
            return this == WORD || this == NAME;
        }

        static Kind ofCode(char code) {
            for (Kind kind : values()) {
                if (kind.code == code) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Unknown token kind code: " + code);
        }
    }

    public StoredToken {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A token has at least one character");
        }
        pinyin = pinyin == null ? "" : pinyin;
    }

    public boolean isVocabulary() {
        return kind.isVocabulary();
    }
}
