package app.yuedu.export;

import app.yuedu.articles.core.StoredToken;
import app.yuedu.export.core.PinyinSyllable;
import java.text.Normalizer;
import java.util.List;

/**
 * The reading of a stored sentence as one line of tone-marked pinyin: the syllables of a word written
 * together ({@code fēnghuì}, with an apostrophe before a syllable starting with a, e or o), except that each
 * capitalised part of a name starts a new word ({@code Xí Jìnpíng}), as on the reading pages; words separated
 * by spaces; Chinese punctuation written the Latin way and attached to the word before it; numbers and Latin
 * text kept as written.
 */
final class SentencePinyin {

    private SentencePinyin() {
    }

    static String of(List<StoredToken> tokens) {
        StringBuilder line = new StringBuilder();
        for (StoredToken token : tokens) {
            switch (token.kind()) {
                case SPACE -> { }
                case PUNCTUATION -> token.text().chars().forEach(c -> line.append(latinPunctuation((char) c)));
                default -> {
                    String word = token.pinyin().isBlank() ? token.text() : word(token.pinyin());
                    if (line.length() > 0 && !opensQuote(line.charAt(line.length() - 1))) {
                        line.append(' ');
                    }
                    line.append(word);
                }
            }
        }
        return line.toString();
    }

    private static String word(String numberedPinyin) {
        StringBuilder word = new StringBuilder();
        for (PinyinSyllable syllable : PinyinSyllable.parseNumbered(numberedPinyin)) {
            if (word.length() > 0 && !syllable.text().isEmpty() && Character.isUpperCase(syllable.text().charAt(0))) {
                word.append(' ');
            } else if (word.length() > 0 && needsApostrophe(syllable)) {
                word.append('\'');
            }
            word.append(syllable.text());
        }
        return word.toString();
    }

    private static boolean needsApostrophe(PinyinSyllable syllable) {
        if (syllable.tone() == 0 || syllable.text().isEmpty()) {
            return false;
        }
        char first = Character.toLowerCase(Normalizer.normalize(syllable.text(), Normalizer.Form.NFD).charAt(0));
        return first == 'a' || first == 'e' || first == 'o';
    }

    private static final String CHINESE_PUNCTUATION = "，。、；：？！（）";
    private static final String LATIN_PUNCTUATION = ",.,;:?!()";

    private static char latinPunctuation(char c) {
        int at = CHINESE_PUNCTUATION.indexOf(c);
        return at < 0 ? c : LATIN_PUNCTUATION.charAt(at);
    }

    /** Punctuation after which the next word follows without a space. */
    private static boolean opensQuote(char c) {
        return "“‘「『《(—-".indexOf(c) >= 0;
    }
}
