package app.yuedu.study.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.study.core.StudyQueue.Candidate;
import app.yuedu.study.core.StudyQueue.Snapshot;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyQueueTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static Candidate card(long id, int minutesFromNow, double retrievability) {
        return new Candidate(id, NOW.plusSeconds(60L * minutesFromNow), retrievability);
    }

    @Test
    void dueLearningCardsComeBeforeReviewsAndNewCards() {
        Snapshot queue = new Snapshot(List.of(card(1, -1, 0)), List.of(card(2, -600, 0.5)),
                List.of(card(3, 0, 0)), 20, 200, NOW);
        assertEquals(1, StudyQueue.next(queue).orElseThrow().cardId());
    }

    @Test
    void reviewsComeLeastRetrievableFirstNotMostOverdueByDate() {
        Snapshot queue = new Snapshot(List.of(), List.of(card(2, -6000, 0.85), card(3, -60, 0.40), card(4, -600, 0.7)),
                List.of(card(9, 0, 0)), 20, 200, NOW);
        assertEquals(3, StudyQueue.next(queue).orElseThrow().cardId());
    }

    @Test
    void newCardsComeInTheGivenOrderAfterReviewsAndOnlyWithinTheLimit() {
        Snapshot withLimit = new Snapshot(List.of(), List.of(), List.of(card(7, 0, 0), card(5, 0, 0)), 1, 200, NOW);
        assertEquals(7, StudyQueue.next(withLimit).orElseThrow().cardId());
        Snapshot limitReached = new Snapshot(List.of(), List.of(), List.of(card(7, 0, 0)), 0, 200, NOW);
        assertTrue(StudyQueue.next(limitReached).isEmpty());
    }

    @Test
    void reviewLimitHoldsBackReviewsButNotNewCards() {
        Snapshot queue = new Snapshot(List.of(), List.of(card(2, -60, 0.5)), List.of(card(3, 0, 0)), 20, 0, NOW);
        assertEquals(3, StudyQueue.next(queue).orElseThrow().cardId());
    }

    @Test
    void learningCardsAheadAreShownOnlyWhenNothingElseIsLeft() {
        Candidate ahead = card(4, 8, 0);
        Snapshot withNew = new Snapshot(List.of(ahead), List.of(), List.of(card(3, 0, 0)), 20, 200, NOW);
        assertEquals(3, StudyQueue.next(withNew).orElseThrow().cardId());
        Snapshot alone = new Snapshot(List.of(ahead), List.of(), List.of(), 20, 200, NOW);
        assertEquals(4, StudyQueue.next(alone).orElseThrow().cardId());
        Snapshot empty = new Snapshot(List.of(), List.of(), List.of(), 20, 200, NOW);
        assertTrue(StudyQueue.next(empty).isEmpty());
    }

    @Test
    void countsAreCappedByTheDailyLimits() {
        StudyQueue.Counts counts = StudyQueue.counts(2, 500, 40, 20, 200);
        assertEquals(new StudyQueue.Counts(20, 2, 200), counts);
        assertEquals(new StudyQueue.Counts(3, 0, 0), StudyQueue.counts(0, 0, 3, 20, 200));
        assertTrue(StudyQueue.counts(0, 5, 5, 0, 0).isEmpty());
    }
}
