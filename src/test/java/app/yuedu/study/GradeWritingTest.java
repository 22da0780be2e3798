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
        FirstCard first = oneStatementFirstCardOf("grade-write-race");
        UserProfile user = first.user();
        long deck = first.deck();
        Card card = first.card();
        ReviewLog log = goodGrade(user, deck, card, card.toState(), 0.9);

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

    /**
     * A grade worked out from the state the page showed writes only while the card, the retention, the profile and
     * the user it was worked out for all still hold; then once.
     */
    @Test
    void aGradeFromTheShownStateWritesOnlyWhileWhatItWasWorkedOutFromHolds() {
        FirstCard first = oneStatementFirstCardOf("grade-write-shown");
        UserProfile user = first.user();
        long deck = first.deck();
        Card card = first.card();
        TestUsers.signIn("grade-write-other");
        UserProfile someoneElse = profile("grade-write-other");
        double retention = settings(user.id(), deck).desiredRetention;
        CardState state = card.toState();
        CardState almost = new CardState(state.due().plusNanos(1000), state.stability(), state.difficulty(),
                state.elapsedDays(), state.scheduledDays(), state.learningStep(), state.reps(), state.lapses(),
                state.phase(), state.lastReview());
        UserProfile elsewhere = new UserProfile(user.id(), user.username(), user.displayName(), user.role(),
                "Pacific/Chatham", user.script(), user.toneColours());

        assertFalse(oneStatement.recordShown(goodGrade(user, deck, card, almost, retention), card.version, user, false),
                "a due time a microsecond off");
        assertFalse(oneStatement.recordShown(goodGrade(user, deck, card, state, retention + 0.01), card.version,
                user, false), "another retention");
        assertFalse(oneStatement.recordShown(goodGrade(elsewhere, deck, card, state, retention), card.version,
                elsewhere, false), "a profile the user's row no longer has");
        assertFalse(oneStatement.recordShown(goodGrade(someoneElse, deck, card, state, retention), card.version,
                someoneElse, false), "someone else's card");
        assertFalse(oneStatement.recordShown(goodGrade(user, deck, card, state, retention), card.version + 1, user,
                false), "another version");
        assertEquals(0, reviewCount(card.id));
        assertEquals(card.version, card(card.id).version, "the card is untouched");

        ReviewLog log = goodGrade(user, deck, card, state, retention);
        assertTrue(oneStatement.recordShown(log, card.version, user, false));
        assertSameState(log.after.toState(), card(card.id).toState());
        assertEquals(card.version + 1, card(card.id).version);
        assertFalse(oneStatement.recordShown(log, card.version, user, false), "the same form again");
        assertFalse(oneStatement.recordShown(log, card.version, user, true), "the same form again, access known");
        assertEquals(1, reviewCount(card.id));
    }

    /**
     * Unless the caller knows the student may see the deck (an open deck or their own upload, from the cached deck),
     * the grade from the shown state checks access itself: with the seed deck closed for a moment, it writes nothing.
     */
    @Test
    void aGradeFromTheShownStateChecksAccessUnlessItIsKnown() {
        FirstCard first = oneStatementFirstCardOf("grade-write-access");
        UserProfile user = first.user();
        Card card = first.card();
        double retention = settings(user.id(), first.deck()).desiredRetention;
        ReviewLog log = goodGrade(user, first.deck(), card, card.toState(), retention);
        setOpenToAll(first.deck(), false);
        try {
            assertFalse(oneStatement.recordShown(log, card.version, user, false), "a deck the student may not see");
            assertEquals(0, reviewCount(card.id));
            assertTrue(oneStatement.recordShown(log, card.version, user, true), "the caller vouches for access");
            assertEquals(1, reviewCount(card.id));
        } finally {
            setOpenToAll(first.deck(), true);
        }
    }

    private static void setOpenToAll(long deckId, boolean open) {
        QuarkusTransaction.requiringNew().run(() -> app.yuedu.articles.Deck.update("openToAll = ?1 where id = ?2",
                open, deckId));
    }

    /** A student's first card of the seed deck, as stored once the study page showed it. */
    private record FirstCard(UserProfile user, long deck, Card card) {}

    /** {@link #firstCardOf}, for a test of the one statement: skipped where there is none (H2). */
    private FirstCard oneStatementFirstCardOf(String username) {
        Assumptions.assumeTrue(oneStatement.available(), "PostgreSQL only: H2 grades through the entities");
        return firstCardOf(username);
    }

    private static FirstCard firstCardOf(String username) {
        Session s = TestUsers.signIn(username);
        long deck = StudyResourceTest.seedDeckId(s);
        StudyResourceTest.Shown shown = StudyResourceTest.show(s, deck);
        return new FirstCard(profile(username), deck, card(shown.cardId()));
    }

    /** The log entry of a Good for {@code card} in {@code state}, now, worked out with {@code retention}. */
    private ReviewLog goodGrade(UserProfile user, long deck, Card card, CardState state, double retention) {
        ReviewLog log = new ReviewLog();
        log.userId = user.id();
        log.deckId = deck;
        log.cardId = card.id;
        log.rating = Rating.GOOD.value();
        log.reviewedAt = clock.instant();
        log.desiredRetention = retention;
        log.before = ReviewLog.StoredState.of(state);
        DeckSettings settings = new DeckSettings();
        settings.desiredRetention = retention;
        log.after = ReviewLog.StoredState.of(DeckStudy.scheduler(user, settings).review(state, Rating.GOOD,
                log.reviewedAt).card());
        return log;
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
