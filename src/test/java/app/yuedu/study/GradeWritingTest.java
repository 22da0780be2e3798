package app.yuedu.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.TestUsers.Session;
import app.yuedu.accounts.User;
import app.yuedu.accounts.UserProfile;
import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.ReviewLog;
import app.yuedu.scheduling.core.CardState;
import app.yuedu.scheduling.core.Rating;
import app.yuedu.scheduling.core.ReviewOutcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A grade as the database keeps it, read back through the entities: the card's new state and the log entry are
 * what the scheduler computed, times included, whichever way the grade was written (one statement on PostgreSQL,
 * the entities on H2). And the one statement writes nothing for a card that changed or went since it was read.
 */
@QuarkusTest
class GradeWritingTest {

    @Inject
    ReviewRecorder recorder;

    @Inject
    OneStatementGrade oneStatement;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aGradeReadsBackAsTheSchedulerComputedIt() {
        Session s = TestUsers.signIn("grade-write");
        long deck = StudyResourceTest.seedDeckId(s);
        StudyResourceTest.Shown shown = StudyResourceTest.show(s, deck);
        UserProfile user = profile("grade-write");
        Card before = card(shown.cardId());
        DeckSettings settings = settings(user.id(), deck);

        // Two grades a day apart, so the second starts from a stored state with a last review and a due date.
        Instant firstAt = Instant.parse("2031-03-04T05:06:07.123Z");
        clock.setTo(firstAt);
        assertTrue(recorder.grade(user, deck, shown.cardId(), shown.version(), Rating.GOOD, 1234));
        Card afterFirst = card(shown.cardId());
        ReviewOutcome expectedFirst = DeckStudy.scheduler(user, settings).review(before.toState(), Rating.GOOD,
                latestReview(shown.cardId()).reviewedAt);
        assertSameState(expectedFirst.card(), afterFirst.toState());
        assertEquals(shown.version() + 1, afterFirst.version);

        clock.setTo(afterFirst.due.plus(Duration.ofDays(1)).plusMillis(456));
        assertTrue(recorder.grade(user, deck, shown.cardId(), afterFirst.version, Rating.HARD, 99));
        ReviewLog log = latestReview(shown.cardId());
        Card afterSecond = card(shown.cardId());
        ReviewOutcome expectedSecond = DeckStudy.scheduler(user, settings).review(afterFirst.toState(), Rating.HARD,
                log.reviewedAt);
        assertTrue(Duration.between(clock.instant(), log.reviewedAt).abs().compareTo(Duration.ofSeconds(5)) < 0,
                "reviewed now, not hours off: " + log.reviewedAt + " vs " + clock.instant());
        assertSameState(afterFirst.toState(), log.before.toState());
        assertSameState(expectedSecond.card(), log.after.toState());
        assertSameState(expectedSecond.card(), afterSecond.toState());
        assertEquals(Rating.HARD.value(), log.rating);
        assertEquals(99, log.timeSpentMs);
        assertEquals(user.id(), log.userId);
        assertEquals(deck, log.deckId);
        assertEquals(2, reviewCount(shown.cardId()));
    }

    @Test
    void theOneStatementWritesNothingForACardChangedOrGoneSinceItWasRead() {
        Assumptions.assumeTrue(oneStatement.available(), "PostgreSQL only: H2 grades through the entities");
        Session s = TestUsers.signIn("grade-write-race");
        long deck = StudyResourceTest.seedDeckId(s);
        StudyResourceTest.Shown shown = StudyResourceTest.show(s, deck);
        UserProfile user = profile("grade-write-race");
        Card card = card(shown.cardId());
        ReviewLog log = new ReviewLog();
        log.userId = user.id();
        log.deckId = deck;
        log.cardId = card.id;
        log.rating = Rating.GOOD.value();
        log.reviewedAt = clock.instant();
        log.desiredRetention = 0.9;
        log.before = ReviewLog.StoredState.of(card.toState());
        CardState next = DeckStudy.scheduler(user, settings(user.id(), deck)).review(card.toState(), Rating.GOOD,
                log.reviewedAt).card();
        log.after = ReviewLog.StoredState.of(next);

        assertFalse(oneStatement.record(log, card.version + 1), "a version the card is not at");
        assertEquals(0, reviewCount(card.id));
        assertEquals(card.version, card(card.id).version, "the card is untouched");

        // Once the card moved on (graded through the recorder), the old version writes nothing.
        assertTrue(recorder.grade(user, deck, card.id, card.version, Rating.GOOD, 0));
        assertFalse(oneStatement.record(log, card.version), "the version it was at before that grade");
        assertTrue(oneStatement.cardExists(card.id), "so the recorder reports a lost race, not a missing card");
        assertEquals(1, reviewCount(card.id));

        QuarkusTransaction.requiringNew().run(() -> Card.deleteById(card.id));
        assertFalse(oneStatement.record(log, card.version + 1), "a card that is gone");
        assertFalse(oneStatement.cardExists(card.id));
    }

    private static void assertSameState(CardState expected, CardState actual) {
        assertEquals(expected.phase(), actual.phase());
        assertClose(expected.due(), actual.due());
        assertEquals(expected.stability(), actual.stability(), 1e-12);
        assertEquals(expected.difficulty(), actual.difficulty(), 1e-12);
        assertEquals(expected.elapsedDays(), actual.elapsedDays());
        assertEquals(expected.scheduledDays(), actual.scheduledDays());
        assertEquals(expected.learningStep(), actual.learningStep());
        assertEquals(expected.reps(), actual.reps());
        assertEquals(expected.lapses(), actual.lapses());
        assertClose(expected.lastReview(), actual.lastReview());
    }

    /** Equal to the millisecond: the clock reads finer than the database keeps (microseconds, rounded). */
    private static void assertClose(Instant expected, Instant actual) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual);
            return;
        }
        assertTrue(Duration.between(expected, actual).abs().toMillis() < 1, expected + " vs " + actual);
    }

    private static UserProfile profile(String username) {
        return QuarkusTransaction.requiringNew().call(() ->
                UserProfile.of(User.findByUsername(username).orElseThrow()));
    }

    private static Card card(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Card.<Card>findById(id));
    }

    private static DeckSettings settings(long userId, long deck) {
        return QuarkusTransaction.requiringNew().call(() ->
                DeckSettings.<DeckSettings>find("userId = ?1 and deckId = ?2", userId, deck).firstResult());
    }

    private static ReviewLog latestReview(long cardId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ReviewLog> logs = ReviewLog.list("cardId = ?1 order by reviewedAt desc, id desc", cardId);
            return logs.get(0);
        });
    }

    private static long reviewCount(long cardId) {
        return QuarkusTransaction.requiringNew().call(() -> ReviewLog.count("cardId", cardId));
    }
}
