package app.yuedu.articles.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.articles.core.MinedArticle.MinedSentence;
import app.yuedu.articles.core.MinedArticle.MinedWord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VocabularyCorrectionsTest {

    static MinedWord word(String word, String pinyin, String gloss) {
        return new MinedWord(word, word, pinyin, List.of(gloss), List.of(), null, true, false, false, 1, 100, 1,
                List.of(0), 0);
    }

    static final MinedArticle MINED = new MinedArticle("标题", "biaoti", null, null, null, "hash",
            List.of(new MinedSentence(0, 0, "我们学习。", List.of(0), List.of(
                    new StoredToken("我们", StoredToken.Kind.WORD, "wo3 men5"),
                    new StoredToken("学习", StoredToken.Kind.WORD, "xue2 xi2"),
                    new StoredToken("。", StoredToken.Kind.PUNCTUATION, "")))),
            List.of(word("我们", "wo3 men5", "we"), word("学习", "xue2 xi2", "to learn")));

    @Test
    void dropsWordsAndReplacesGlossesAndReadingsEverywhere() {
        VocabularyCorrections corrections = new VocabularyCorrections(Map.of(
                "我们", new VocabularyCorrections.Correction(true, null, null),
                "学习", new VocabularyCorrections.Correction(false, "to study", "xue2 xi5")));
        MinedArticle corrected = corrections.apply(MINED);
        assertEquals(1, corrected.vocabulary().size());
        MinedWord study = corrected.vocabulary().get(0);
        assertEquals("学习", study.word());
        assertEquals(List.of("to study"), study.glosses());
        assertEquals("xue2 xi5", study.pinyin());
        assertEquals("xue2 xi5", corrected.sentences().get(0).tokens().get(1).pinyin());
        // A dropped word stays in the text with its reading.
        assertEquals("wo3 men5", corrected.sentences().get(0).tokens().get(0).pinyin());
    }

    @Test
    void noCorrectionsLeaveTheArticleAlone() {
        assertSame(MINED, VocabularyCorrections.NONE.apply(MINED));
    }

    @Test
    void acceptsOnlyNumberedPinyinAsAReading() {
        assertTrue(VocabularyCorrections.isNumberedPinyin("feng1 hui4"));
        assertTrue(VocabularyCorrections.isNumberedPinyin("lu:4"));
        assertFalse(VocabularyCorrections.isNumberedPinyin("fēnghuì"));
        assertFalse(VocabularyCorrections.isNumberedPinyin("feng hui"));
        assertFalse(VocabularyCorrections.isNumberedPinyin("<b>1"));
    }
}
