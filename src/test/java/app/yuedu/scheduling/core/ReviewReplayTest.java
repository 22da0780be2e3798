package app.yuedu.scheduling.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.scheduling.core.ReviewReplay.LoggedReview;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewReplayTest {

    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    private static final FsrsParameters STUDENT = FsrsParameters.defaults().withFuzz(true)
            .withDayBoundary(DayBoundary.anki(ZoneId.of("Asia/Shanghai")));
    private final ReviewReplay replay = new ReviewReplay(
            retention -> new FsrsScheduler(STUDENT.withDesiredRetention(retention)));

    /** A card's life as the app logs it: the state before and after each answer. */
    private static final class History {
        final List<LoggedReview> log = new ArrayList<>();
        CardState card = CardState.newCard(START.minus(Duration.ofHours(1)));
        long nextId = 1;

        History answer(Rating rating, Duration afterStart, double retention) {
            Instant at = START.plus(afterStart);
            CardState after = new FsrsScheduler(STUDENT.withDesiredRetention(retention)).review(card, rating, at)
                    .card();
            log.add(new LoggedReview(nextId++, rating, at, retention, card, after));
            card = after;
            return this;
        }
    }

    private static History typicalHistory() {
        return new History()
                .answer(Rating.GOOD, Duration.ZERO, 0.9)
                .answer(Rating.AGAIN, Duration.ofMinutes(12), 0.9)
                .answer(Rating.GOOD, Duration.ofMinutes(15), 0.9)
                .answer(Rating.GOOD, Duration.ofMinutes(30), 0.9)
                .answer(Rating.HARD, Duration.ofDays(3), 0.85)
                .answer(Rating.EASY, Duration.ofDays(9), 0.85)
                .answer(Rating.AGAIN, Duration.ofDays(40), 0.95);
    }

    @Test
    void aCardAndItsLogAgree() {
        History history = typicalHistory();
        assertEquals(List.of(), replay.check(history.card, history.log));
        assertEquals(CardPhase.RELEARNING, history.card.phase(), "the history went through every phase");
    }

    @Test
    void aNewCardWithoutReviewsAgrees() {
        assertEquals(List.of(), replay.check(CardState.newCard(START), List.of()));
    }

    @Test
    void aReviewedCardWithoutReviewsIsReported() {
        History history = typicalHistory();
        List<String> problems = replay.check(history.card, List.of());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("no review is logged"), problems.get(0));
    }

    @Test
    void aTamperedCardIsReportedWithTheFieldThatDiffers() {
        History history = typicalHistory();
        CardState c = history.card;
        CardState tampered = new CardState(c.due(), c.stability() + 1, c.difficulty(), c.elapsedDays(),
                c.scheduledDays(), c.learningStep(), c.reps(), c.lapses(), c.phase(), c.lastReview());
        List<String> problems = replay.check(tampered, history.log);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("the stored card differs from the replay of its 7 reviews: stability "),
                problems.get(0));
        assertTrue(!problems.get(0).contains("difficulty"), "only the field that differs is named");
    }

    @Test
    void aLostReviewBreaksTheChain() {
        History history = typicalHistory();
        List<LoggedReview> withoutThird = new ArrayList<>(history.log);
        withoutThird.remove(2);
        List<String> problems = replay.check(history.card, withoutThird);
        assertTrue(problems.get(0).startsWith("review 4 does not start where review 2 ended: "), problems.toString());
    }

    @Test
    void aReviewRecordedTwiceIsReported() {
        History history = typicalHistory();
        List<LoggedReview> twice = new ArrayList<>(history.log);
        twice.add(1, history.log.get(0));
        assertTrue(replay.check(history.card, twice).stream()
                .anyMatch(problem -> problem.startsWith("review 1 does not start where review 1 ended")));
    }

    @Test
    void theReplayUsesEachReviewsRetention() {
        History history = typicalHistory();
        List<LoggedReview> log = new ArrayList<>(history.log);
        LoggedReview hard = log.get(4);
        log.set(4, new LoggedReview(hard.id(), hard.rating(), hard.reviewedAt(), 0.9, hard.before(), hard.after()));
        List<String> problems = replay.check(history.card, log);
        assertTrue(problems.get(0).startsWith("review 5 logged an outcome the scheduler does not give: due "),
                problems.toString());
    }

    @Test
    void aLogThatDoesNotStartFromANewCardIsReported() {
        History history = typicalHistory();
        List<String> problems = replay.check(history.card, history.log.subList(2, history.log.size()));
        assertTrue(problems.get(0).startsWith("review 3 is the first logged, but starts from a reviewed card"),
                problems.toString());
    }

    @Test
    void aReviewDatedBeforeThePreviousOneCannotBeReplayed() {
        History history = typicalHistory();
        List<LoggedReview> log = new ArrayList<>(history.log);
        LoggedReview last = log.get(6);
        log.set(6, new LoggedReview(last.id(), last.rating(), START, last.desiredRetention(), last.before(),
                last.after()));
        List<String> problems = replay.check(history.card, log);
        assertTrue(problems.get(problems.size() - 1).startsWith("review 7 cannot be replayed: "), problems.toString());
    }
}
