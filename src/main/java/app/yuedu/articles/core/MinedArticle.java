package app.yuedu.articles.core;

import java.util.List;

/**
 * Everything the mining pipeline learns from one article, before anything is stored: its metadata, its body
 * sentences with their tokens, and its vocabulary.
 *
 * @param title      the title to show: the one given at upload, else the headline, else the first sentence
 * @param slug       an ASCII slug for file names and Anki tags, from the title's pinyin
 * @param contentHash SHA-256 (hex) of the text with all whitespace removed, so re-wrapped copies match
 */
public record MinedArticle(
        String title,
        String slug,
        String headline,
        String dateline,
        String byline,
        String contentHash,
        List<MinedSentence> sentences,
        List<MinedWord> vocabulary) {

    /** One body sentence; {@code clauseStarts} are offsets of its clauses (just 0 for a short sentence). */
    public record MinedSentence(int position, int paragraph, String text, List<Integer> clauseStarts,
                                List<StoredToken> tokens) {
    }

    /**
     * One distinct word of the article with everything a vocabulary note needs.
     *
     * @param pinyin            numbered pinyin, e.g. "feng1 hui4"
     * @param charHint          for words CC-CEDICT lacks: each character with its meaning, else null
     * @param sentencePositions positions of every sentence the word occurs in, ascending
     * @param exampleSentence   position of the sentence chosen as the example
     */
    public record MinedWord(
            String word,
            String traditional,
            String pinyin,
            List<String> glosses,
            List<String> classifiers,
            String charHint,
            boolean inDictionary,
            boolean properNoun,
            boolean knownByDefault,
            int hskLevel,
            int frequencyRank,
            int count,
            List<Integer> sentencePositions,
            int exampleSentence) {
    }
}
