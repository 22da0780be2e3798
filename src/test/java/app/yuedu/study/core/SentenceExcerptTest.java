package app.yuedu.study.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.yuedu.study.core.SentenceExcerpt.Range;
import org.junit.jupiter.api.Test;

class SentenceExcerptTest {

    @Test
    void shortSentencesAreShownWhole() {
        assertEquals(new Range(0, 30), SentenceExcerpt.around(30, "0,12", 20));
    }

    @Test
    void aLongSentenceShowsTheClauseOfTheWord() {
        assertEquals(new Range(20, 45), SentenceExcerpt.around(90, "0,20,45,70", 30));
        assertEquals(new Range(70, 90), SentenceExcerpt.around(90, "0,20,45,70", 75));
    }

    @Test
    void aVeryShortClauseBringsItsNeighbours() {
        assertEquals(new Range(0, 60), SentenceExcerpt.around(90, "0,20,25,60", 21));
    }

    @Test
    void withoutClausesOrWhenTheWordIsMissingTheWholeSentenceIsShown() {
        assertEquals(new Range(0, 90), SentenceExcerpt.around(90, "0", 50));
        assertEquals(new Range(0, 90), SentenceExcerpt.around(90, "0,20,45", -1));
    }
}
