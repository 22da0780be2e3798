package app.yuedu.lexicon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordRankingTest {

    private static final WordRanking RANKING = WordRanking.loadDefault();

    @Test
    void givesHskLevels() {
        assertEquals(1, RANKING.hskLevel("的"));
        assertEquals(1, RANKING.hskLevel("我们"));
        assertEquals(0, RANKING.hskLevel("峰会"));
        assertEquals(0, RANKING.hskLevel("托卡耶夫"));
    }

    @Test
    void ranksFrequentWordsFirstAndUnknownOnesLast() {
        assertEquals(1, RANKING.frequencyRank("的"));
        assertTrue(RANKING.frequencyRank("发展") < RANKING.frequencyRank("峰会"));
        assertTrue(RANKING.frequencyRank("峰会") < 100_000);
        assertEquals(WordRanking.UNRANKED, RANKING.frequencyRank("托卡耶夫"));
    }

    @Test
    void commonFunctionWordsAreElementaryAndFrequent() {
        for (String word : WordRanking.commonFunctionWords()) {
            int level = RANKING.hskLevel(word);
            assertTrue(level == 1 || level == 2, word + " is HSK " + level);
            assertTrue(word.equals("一") || RANKING.frequencyRank(word) <= 200, word + " is rare");
        }
        assertTrue(RANKING.isCommonFunctionWord("的"));
        assertFalse(RANKING.isCommonFunctionWord("峰会"));
    }
}
