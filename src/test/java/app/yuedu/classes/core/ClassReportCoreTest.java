package app.yuedu.classes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.classes.core.WordDifficulty.CardRecall;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassReportCoreTest {

    @Test
    void wordsTheClassStrugglesWithComeFirst() {
        List<WordDifficulty> ranked = WordDifficulty.rank(List.of("峰会", "合作", "中亚", "命运"),
                Map.of(1L, Set.of("合作"), 2L, Set.of("合作", "中亚")),
                List.of(new CardRecall("合作", 0.95, 0), new CardRecall("合作", 0.85, 1),
                        new CardRecall("峰会", 0.25, 2), new CardRecall("峰会", 0.75, 1),
                        new CardRecall("中亚", 0.5, 0), new CardRecall("中亚", 0.5, 4)));
        assertEquals(List.of("中亚", "峰会", "合作", "命运"), ranked.stream().map(WordDifficulty::word).toList(),
                "峰会 and 中亚 tie at 50%: more lapses first; never reviewed last");
        WordDifficulty hezuo = ranked.get(2);
        assertEquals(2, hezuo.knownBy());
        assertEquals(2, hezuo.reviewedCards());
        assertEquals(0.9, hezuo.averageRetrievability(), 1e-12);
        assertEquals(90, hezuo.retrievabilityPercent());
        assertEquals(1, hezuo.lapses());
        assertEquals(4, ranked.get(0).lapses());
        assertFalse(ranked.get(3).reviewed());
        assertTrue(Double.isNaN(ranked.get(3).averageRetrievability()));
        assertEquals(0, ranked.get(3).knownBy());
    }

    @Test
    void retentionIsTheShareOfReviewGradesThatWereNotAgain() {
        StudentProgress progress = new StudentProgress(1, "Li", 10, 40, 20, 3);
        assertEquals(0.85, progress.retention(), 1e-12);
        assertEquals("85%", progress.retentionText());
        assertEquals("–", new StudentProgress(2, "Wang", 3, 5, 0, 0).retentionText());
    }
}
