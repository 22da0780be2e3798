package app.yuedu.articles.core;

import app.yuedu.articles.core.MinedArticle.MinedSentence;
import app.yuedu.articles.core.MinedArticle.MinedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A class's corrections of mined words, applied to a {@link MinedArticle} after mining: a dropped word leaves
 * the vocabulary (its tokens stay in the text), a corrected gloss replaces the dictionary's glosses, and a
 * corrected reading replaces the word's pinyin in the vocabulary and over every occurrence in the text.
 */
public record VocabularyCorrections(Map<String, Correction> byWord) {

    /** No corrections. */
    public static final VocabularyCorrections NONE = new VocabularyCorrections(Map.of());

    /** Numbered pinyin as CC-CEDICT writes it: syllables of letters and a tone digit 1–5, separated by spaces. */
    private static final Pattern NUMBERED_PINYIN = Pattern.compile("[A-Za-züÜ:]+[1-5](?: [A-Za-züÜ:]+[1-5])*");

    /**
     * The correction of one word.
     *
     * @param gloss  the gloss to use instead of the dictionary's, or null
     * @param pinyin numbered pinyin to use instead of the resolved reading, or null
     */
    public record Correction(boolean dropped, String gloss, String pinyin) {
    }

    public VocabularyCorrections {
        byWord = Map.copyOf(byWord);
    }

    /** Whether {@code pinyin} is numbered pinyin such as "feng1 hui4" (the form a corrected reading must have). */
    public static boolean isNumberedPinyin(String pinyin) {
        return pinyin != null && NUMBERED_PINYIN.matcher(pinyin).matches();
    }

    public MinedArticle apply(MinedArticle mined) {
        if (byWord.isEmpty()) {
            return mined;
        }
        List<MinedSentence> sentences = new ArrayList<>(mined.sentences().size());
        for (MinedSentence sentence : mined.sentences()) {
            List<StoredToken> tokens = new ArrayList<>(sentence.tokens().size());
            for (StoredToken token : sentence.tokens()) {
                Correction correction = token.isVocabulary() ? byWord.get(token.text()) : null;
                tokens.add(correction == null || correction.pinyin() == null ? token
                        : new StoredToken(token.text(), token.kind(), correction.pinyin()));
            }
            sentences.add(new MinedSentence(sentence.position(), sentence.paragraph(), sentence.text(),
                    sentence.clauseStarts(), tokens));
        }
        List<MinedWord> vocabulary = new ArrayList<>(mined.vocabulary().size());
        for (MinedWord word : mined.vocabulary()) {
            Correction correction = byWord.get(word.word());
            if (correction == null) {
                vocabulary.add(word);
            } else if (!correction.dropped()) {
                vocabulary.add(new MinedWord(word.word(), word.traditional(),
                        correction.pinyin() == null ? word.pinyin() : correction.pinyin(),
                        correction.gloss() == null ? word.glosses() : List.of(correction.gloss()),
                        word.classifiers(), word.charHint(), word.inDictionary(), word.properNoun(),
                        word.knownByDefault(), word.hskLevel(), word.frequencyRank(), word.count(),
                        word.sentencePositions(), word.exampleSentence()));
            }
        }
        return new MinedArticle(mined.title(), mined.slug(), mined.headline(), mined.dateline(), mined.byline(),
                mined.contentHash(), sentences, vocabulary);
    }
}
