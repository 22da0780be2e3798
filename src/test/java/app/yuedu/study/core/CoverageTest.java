package app.yuedu.study.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.study.core.Coverage.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void countsTokensNotDistinctWords() {
        Coverage coverage = Coverage.of(List.of(new Word("的", 90, true), new Word("峰会", 5, false),
                new Word("合作", 5, false)));
        assertEquals(90, coverage.knownTokens());
        assertEquals(100, coverage.totalTokens());
        assertEquals(90, coverage.percent());
        assertEquals(0.9, coverage.share(), 1e-12);
    }

    @Test
    void learnsTheMostUsedUnknownWordsUntilTheTargetIsReached() {
        Coverage coverage = Coverage.of(List.of(new Word("的", 80, true), new Word("一", 2, false),
                new Word("峰会", 10, false), new Word("合作", 6, false), new Word("二", 2, false)));
        // 80 known of 100; 峰会 brings 90, 合作 96 >= 95.
        assertEquals(List.of("峰会", "合作"), coverage.toReachTarget().stream().map(Word::word).toList());
        assertEquals(95, coverage.targetPercent());
    }

    @Test
    void exactlyAtTheTargetNeedsNothingMore() {
        Coverage coverage = Coverage.of(List.of(new Word("的", 95, true), new Word("峰会", 5, false)));
        assertTrue(coverage.targetReached());
        assertEquals(95, coverage.percent());
    }

    @Test
    void roundsThePercentDown() {
        Coverage coverage = Coverage.of(List.of(new Word("的", 949, true), new Word("峰会", 51, false)));
        assertEquals(94, coverage.percent());
        assertEquals(List.of("峰会"), coverage.toReachTarget().stream().map(Word::word).toList());
    }

    @Test
    void tiesKeepTheGivenOrder() {
        Coverage coverage = Coverage.of(List.of(new Word("甲", 1, false), new Word("乙", 1, false),
                new Word("丙", 1, false)), 0.5);
        assertEquals(List.of("甲", "乙"), coverage.toReachTarget().stream().map(Word::word).toList());
    }

    @Test
    void anEmptyArticleIsFullyCovered() {
        Coverage coverage = Coverage.of(List.of());
        assertEquals(100, coverage.percent());
        assertTrue(coverage.targetReached());
    }

    @Test
    void rejectsATargetOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> Coverage.of(List.of(), 1.5));
    }
}
