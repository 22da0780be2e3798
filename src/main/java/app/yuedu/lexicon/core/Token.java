package app.yuedu.lexicon.core;

/**
 * A piece of segmented text.
 *
 * @param text the characters of the token, exactly as in the input
 * @param kind what the token is
 * @param start offset of the token's first char in the segmented input
 */
public record Token(String text, TokenKind kind, int start) {

    /** Offset just after the token's last char. */
    public int end() {
        return start + text.length();
    }

    /** Whether the token can be studied as vocabulary (a word or a proper noun). */
    public boolean isVocabulary() {
        return kind.isVocabulary();
    }
}
