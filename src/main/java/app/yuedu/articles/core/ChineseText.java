package app.yuedu.articles.core;

/**
 * Character classes of Chinese running text, as the reflow and the sentence splitter need them.
 *
 * <p>Works on {@code char}s rather than code points: every character that matters here (Han in the
 * basic plane, CJK punctuation, quotes) is a single {@code char}, and surrogate halves are treated
 * as "wide" because the supplementary planes hold CJK extension ideographs and emoji, which
 * never want a space beside them either.
 */
final class ChineseText {

    private ChineseText() {
    }

    /**
     * Whether a character sets like a full-width CJK glyph, so that PDF extraction spaces beside it are
     * spurious: Han, kana, Hangul, CJK punctuation, full-width forms, and the general punctuation that
     * Chinese text uses (curly quotes, the dash —, the ellipsis …, the middle dot ·).
     */
    static boolean isWide(char c) {
        if (c < 0x00B7) {
            return false;
        }
        return c == 0x00B7
                || (c >= 0x2010 && c <= 0x2027)       // dashes, curly quotes, ellipsis
                || (c >= 0x2E80 && c <= 0x9FFF)       // radicals, CJK punctuation, kana, bopomofo, Han
                || (c >= 0xAC00 && c <= 0xD7AF)       // Hangul syllables
                || Character.isSurrogate(c)
                || (c >= 0xF900 && c <= 0xFAFF)       // compatibility ideographs
                || (c >= 0xFE10 && c <= 0xFE6F)       // vertical and small forms
                || (c >= 0xFF00 && c <= 0xFFEF);      // full-width forms
    }

    /** Whether the code point is a Han ideograph (simplified or traditional, any extension). */
    static boolean isHan(int codePoint) {
        if (codePoint >= 0x4E00 && codePoint <= 0x9FFF) {
            return true;
        }
        if (codePoint < 0x2E80) {
            return false;
        }
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether a character is layout whitespace inside a line: ASCII space and tab, the no-break spaces
     * PDF tools emit, the typographic spaces and the ideographic space U+3000.
     */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x3000
                || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F;
    }

    /** Zero-width characters that carry no text: zero-width space, word joiner, a stray byte order mark. */
    static boolean isInvisible(char c) {
        return c == 0x200B || c == 0x2060 || c == 0xFEFF;
    }

    /** Characters that end a sentence: 。！？ in full and half width, and the half-width ideographic stop. */
    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '｡';
    }

    /** Characters that make up an ellipsis: … and the midline ⋯ (a Chinese ellipsis is two of them). */
    static boolean isEllipsis(char c) {
        return c == '…' || c == '⋯';
    }

    /** Closing quotes and brackets, which stay with the sentence they close. */
    static boolean isCloser(char c) {
        switch (c) {
            case '”': case '’': case '」': case '』': case '）': case ')': case '】': case '》': case '〉':
            case '〕': case '］': case ']': case '"': case '\'': case '〗': case '｝':
                return true;
            default:
                return false;
        }
    }

    static boolean isOpeningQuote(char c) {
        return c == '“' || c == '‘' || c == '「' || c == '『';
    }

    static boolean isClosingQuote(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』';
    }

    /**
     * Whether a line ends a sentence: its last character, closing quotes and brackets aside, is one of
     * 。！？ or an ellipsis.
     */
    static boolean endsSentence(CharSequence line) {
        int i = line.length() - 1;
        while (i >= 0 && isCloser(line.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char last = line.charAt(i);
        return isSentenceEnd(last) || isEllipsis(last);
    }

    /** Like {@link #endsSentence} but also accepts a final colon, which ends a paragraph that introduces a quote or a list. */
    static boolean endsParagraphLike(CharSequence line) {
        if (endsSentence(line)) {
            return true;
        }
        int n = line.length();
        return n > 0 && (line.charAt(n - 1) == '：' || line.charAt(n - 1) == ':');
    }

    /**
     * Trims a stretch of text and rewrites its inner whitespace the way a reader of Chinese expects:
     * a run of spaces between two characters is dropped when either neighbour is wide (so "于 6月" becomes
     * "于6月" and "2100 多年" becomes "2100多年"), and becomes one ASCII space between two narrow characters
     * (so "Belt and Road" and "COVID 19" keep their spaces). Zero-width characters are dropped.
     */
    static String compactSpaces(CharSequence text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        appendCompacted(out, text, from, to);
        return out.toString();
    }

    static String compactSpaces(CharSequence text) {
        return compactSpaces(text, 0, text.length());
    }

    /**
     * Appends {@code text[from, to)} compacted as by {@link #compactSpaces}, joining it to what
     * {@code out} already holds by the same rule: nothing between wide characters, one space between
     * narrow ones (two Latin words on either side of a line break), nothing after a hyphen.
     */
    static void appendCompacted(StringBuilder out, CharSequence text, int from, int to) {
        boolean pendingSpace = out.length() > 0 && out.charAt(out.length() - 1) != '-';
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (isInvisible(c)) {
                continue;
            }
            if (pendingSpace) {
                char before = out.charAt(out.length() - 1);
                if (!isWide(before) && !isWide(c)) {
                    out.append(' ');
                }
                pendingSpace = false;
            }
            out.append(c);
        }
    }
}
