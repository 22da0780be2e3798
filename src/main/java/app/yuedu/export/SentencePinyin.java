package app.yuedu.export;

import app.yuedu.articles.core.StoredToken;
import app.yuedu.export.core.PinyinSyllable;
import java.text.Normalizer;
import java.util.List;

/**
 * The reading of a stored sentence as one line of tone-marked pinyin: the syllables of a word written
 * together ({@code fēnghuì}, with an apostrophe before a syllable starting with a, e or o), words separated by
 * spaces, punctuation attached to the word before it, numbers and Latin text kept as written.
 */
final class SentencePinyin {

    private SentencePinyin() {
    }

    static String of(List<StoredToken> tokens) {
        StringBuilder line = new StringBuilder();
        for (StoredToken token : tokens) {
            switch (token.kind()) {
                case SPACE -> { }
                case PUNCTUATION -> line.append(token.text());
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
            if (word.length() > 0 && needsApostrophe(syllable)) {
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

    private static boolean opensQuote(char c) {
        return "“‘「『（《(".indexOf(c) >= 0;
    }
}
