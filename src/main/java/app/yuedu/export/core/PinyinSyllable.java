package app.yuedu.export.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One syllable of a reading as it is shown, with its tone mark already applied ({@code "fēng"}), and its tone:
 * 1–4, 5 for the neutral tone, or 0 for text that is not a syllable (punctuation, {@code "·"}).
 *
 * <p>The tone selects the colour class {@code tone1}..{@code tone5} of the Pinyin field in Anki.
 */
public record PinyinSyllable(String text, int tone) {

    public PinyinSyllable {
        Objects.requireNonNull(text, "text");
        if (tone < 0 || tone > 5) {
            throw new IllegalArgumentException("tone must be 0..5, was " + tone);
        }
    }

    /**
     * Reads numbered pinyin as CC-CEDICT writes it ({@code "feng1 hui4"}, {@code "nu:3"}, {@code "lv4"},
     * {@code "Xi1 an1"}) and places the tone marks: on {@code a} or {@code e} when present, on the {@code o} of
     * {@code ou}, otherwise on the last vowel. A syllable without a digit is neutral (tone 5); a token without
     * letters ({@code ","}, {@code "·"}) is kept as text with tone 0.
     */
    public static List<PinyinSyllable> parseNumbered(String numbered) {
        List<PinyinSyllable> syllables = new ArrayList<>();
        if (numbered == null) {
            return syllables;
        }
        for (String token : numbered.trim().split("\\s+")) {
            if (!token.isEmpty()) {
                syllables.add(parseToken(token));
            }
        }
        return List.copyOf(syllables);
    }

    private static PinyinSyllable parseToken(String token) {
        String letters = token.replace("u:", "ü").replace("U:", "Ü").replace('v', 'ü').replace('V', 'Ü');
        int tone = 5;
        char last = letters.charAt(letters.length() - 1);
        if (last >= '0' && last <= '5') {
            tone = last == '0' ? 5 : last - '0';
            letters = letters.substring(0, letters.length() - 1);
        }
        if (letters.codePoints().noneMatch(Character::isLetter)) {
            return new PinyinSyllable(token, 0);
        }
        return new PinyinSyllable(withToneMark(letters, tone), tone);
    }

    private static final String VOWELS = "aeiouü";
    private static final String[] MARKS = {"āáǎà", "ēéěè", "īíǐì", "ōóǒò", "ūúǔù", "ǖǘǚǜ"};

    private static String withToneMark(String syllable, int tone) {
        if (tone == 5) {
            return syllable;
        }
        String lower = syllable.toLowerCase();
        int at = lower.indexOf('a');
        if (at < 0) {
            at = lower.indexOf('e');
        }
        if (at < 0) {
            at = lower.indexOf("ou");
        }
        if (at < 0) {
            for (int i = lower.length() - 1; i >= 0 && at < 0; i--) {
                if (VOWELS.indexOf(lower.charAt(i)) >= 0) {
                    at = i;
                }
            }
        }
        if (at < 0) {
            return syllable; // "m2", "ng4", "r5": no vowel to mark
        }
        char vowel = syllable.charAt(at);
        char marked = MARKS[VOWELS.indexOf(Character.toLowerCase(vowel))].charAt(tone - 1);
        if (Character.isUpperCase(vowel)) {
            marked = Character.toUpperCase(marked);
        }
        return syllable.substring(0, at) + marked + syllable.substring(at + 1);
    }

    /**
     * Whether this syllable starts with a, e or o and so needs an apostrophe after another syllable
     * ({@code xī'ān}).
     */
    boolean startsWithVowelNeedingApostrophe() {
        if (tone == 0 || text.isEmpty()) {
            return false;
        }
        char first = Character.toLowerCase(Normalizer.normalize(text, Normalizer.Form.NFD).charAt(0));
        return first == 'a' || first == 'e' || first == 'o';
    }
}
