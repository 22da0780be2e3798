package app.yuedu.lexicon.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns numbered pinyin as CC-CEDICT writes it ({@code "feng1 hui4"}, {@code "lu:4"}, {@code "Xi1 an1"})
 * into tone marks ({@code "fēnghuì"}, {@code "lǜ"}, {@code "Xī'ān"}) and into {@link Syllable}s for tone
 * colouring.
 *
 * <p>Rules: tones 1–4 are marked, 5 (neutral) is not; {@code u:} and {@code v} are {@code ü}; capitals are
 * kept; syllables are written together, with an apostrophe before a syllable that starts with a, e or o
 * unless it comes first; a capitalised syllable after the first starts a new part of a name and follows a
 * space ("Xi2 Jin4 ping2" → "Xí Jìnpíng"); the erhua syllable {@code r5} joins its predecessor ("hua4 r5" →
 * "huàr"). Pieces
 * that are not pinyin (Latin letters, "·" in foreign names) are passed through.
 */
public final class Pinyin {

    private Pinyin() {
    }

    /** The syllables of a space-separated numbered reading, in order. Blank input gives an empty list. */
    public static List<Syllable> syllables(String numbered) {
        List<Syllable> result = new ArrayList<>();
        for (String piece : numbered.trim().split("\\s+")) {
            if (!piece.isEmpty()) {
                result.add(parse(piece));
            }
        }
        return result;
    }

    /**
     * Parses one numbered syllable such as {@code "lu:4"}, {@code "lv4"} or {@code "r5"}. A piece without a
     * tone number is not taken for pinyin (CEDICT numbers even neutral tones, and writes the Latin letters
     * of words like 卡拉OK without one), so it is kept as it is, with tone 0.
     */
    public static Syllable parse(String piece) {
        int tone = 0;
        String letters = piece;
        char last = piece.charAt(piece.length() - 1);
        if (last >= '1' && last <= '5' && piece.length() > 1) {
            tone = last - '0';
            letters = piece.substring(0, piece.length() - 1);
        }
        if (tone == 0 || !isPinyinLetters(letters)) {
            return new Syllable(piece, 0);
        }
        letters = letters.replace("u:", "ü").replace("U:", "Ü");
        if (letters.indexOf('v') >= 0 || letters.indexOf('V') >= 0) {
            letters = letters.replace('v', 'ü').replace('V', 'Ü');
        }
        return new Syllable(letters, tone);
    }

    /** The tone-marked reading of a numbered one: {@code "A1 si1 ta3 na4"} → {@code "Āsītǎnà"}. */
    public static String toMarked(String numbered) {
        return join(syllables(numbered));
    }

    /** Writes syllables together with the apostrophe and erhua rules described in the class comment. */
    public static String join(List<Syllable> syllables) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < syllables.size(); i++) {
            Syllable syllable = syllables.get(i);
            String marked = syllable.marked();
            boolean afterPinyin = i > 0 && syllable.isPinyin() && syllables.get(i - 1).isPinyin();
            if (afterPinyin && Character.isUpperCase(syllable.letters().charAt(0))) {
                out.append(' '); // CEDICT capitalises each part of a name: Xi2 Jin4 ping2 → Xí Jìnpíng
            } else if (afterPinyin && "aeo".indexOf(syllable.letters().charAt(0)) >= 0) {
                out.append('\'');
            }
            out.append(marked);
        }
        return out.toString();
    }

    private static boolean isPinyinLetters(String letters) {
        if (letters.isEmpty()) {
            return false;
        }
        boolean hasVowelOrSyllabic = false;
        for (int i = 0; i < letters.length(); i++) {
            char c = Character.toLowerCase(letters.charAt(i));
            boolean ok = (c >= 'a' && c <= 'z') || c == ':' || c == 'ü';
            if (!ok) {
                return false;
            }
            if ("aeiouvü".indexOf(c) >= 0) {
                hasVowelOrSyllabic = true;
            }
        }
        String lower = letters.toLowerCase();
        // Syllables without a vowel: erhua r, and the interjections m, n, ng, hm, hng.
        return hasVowelOrSyllabic || lower.equals("r") || lower.equals("m") || lower.equals("n")
                || lower.equals("ng") || lower.equals("hm") || lower.equals("hng");
    }
}
