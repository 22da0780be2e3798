package app.yuedu.lexicon.core;

import java.text.Normalizer;

/**
 * One syllable of a pinyin reading, split into its letters and its tone.
 *
 * @param letters the syllable without tone number, {@code ü} written as {@code ü} (CEDICT's {@code u:}
 *     and the common {@code v} are both normalised), capitals kept ("Xi", "lü", "r")
 * @param tone 1–4 for the four tones, 5 for the neutral tone, 0 when the piece is not a pinyin syllable
 *     (a Latin letter or symbol inside a CEDICT reading, such as the "C" of 3C)
 */
public record Syllable(String letters, int tone) {

    private static final char[] TONE_MARKS = {'\u0304', '\u0301', '\u030C', '\u0300'};

    /** The syllable with its tone mark, e.g. {@code fēng}, {@code lǜ}, {@code Ā}; neutral tone unmarked. */
    public String marked() {
        if (tone < 1 || tone > 4) {
            return letters;
        }
        int at = toneMarkPosition(letters);
        if (at < 0) {
            return letters;
        }
        // A combining mark composed by NFC gives the precomposed letter (ā, ǘ, Ě) without a table per vowel.
        String withMark = letters.substring(0, at + 1) + TONE_MARKS[tone - 1] + letters.substring(at + 1);
        return Normalizer.normalize(withMark, Normalizer.Form.NFC);
    }

    /** The syllable with its tone number as CEDICT writes it, e.g. {@code lu:4}; the neutral tone as 5. */
    public String numbered() {
        String plain = letters.replace("ü", "u:").replace("Ü", "U:");
        return tone == 0 ? plain : plain + tone;
    }

    /** Whether this is a real pinyin syllable (as opposed to a letter or symbol passed through). */
    public boolean isPinyin() {
        return tone != 0;
    }

    /**
     * Standard rule: a or e takes the mark; in "ou" the o does; otherwise the last vowel. Syllabic
     * m, n and ng (呣 m2, 嗯 ng2) carry it on their first letter.
     */
    static int toneMarkPosition(String letters) {
        String lower = letters.toLowerCase();
        int a = lower.indexOf('a');
        if (a >= 0) {
            return a;
        }
        int e = lower.indexOf('e');
        if (e >= 0) {
            return e;
        }
        int ou = lower.indexOf("ou");
        if (ou >= 0) {
            return ou;
        }
        for (int i = lower.length() - 1; i >= 0; i--) {
            if ("iouü".indexOf(lower.charAt(i)) >= 0) {
                return i;
            }
        }
        return lower.isEmpty() || "mn".indexOf(lower.charAt(0)) < 0 ? -1 : 0;
    }
}
