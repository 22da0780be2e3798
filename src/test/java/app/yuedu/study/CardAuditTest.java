package app.yuedu.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.TestUsers.Session;
import app.yuedu.accounts.User;
import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.ReviewLog;
import app.yuedu.study.StudyResourceTest.Shown;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The replay check behind {@code verify-cards}, on cards graded through the study pages. */
@QuarkusTest
class CardAuditTest {

    @Inject
    CardAudit audit;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Grades whatever the study page shows, with the ratings given, moving the clock between answers. */
    private static void study(Session session, long deck, MovableClock clock, int... ratings) {
        for (int rating : ratings) {
            StudyResourceTest.grade(session, deck, StudyResourceTest.show(session, deck), rating);
            clock.advance(Duration.ofMinutes(11));
        }
    }

    private static long userId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> User.<User>find("username", username).firstResult().id);
    }

    @Test
    void cardsGradedThroughTheAppReplayEqual() {
        Session s = TestUsers.signIn("audit-clean");
        long deck = StudyResourceTest.seedDeckId(s);
        study(s, deck, clock, 3, 1, 3, 3, 2, 4, 3, 1, 3);
        clock.advance(Duration.ofDays(3));
        study(s, deck, clock, 3, 2, 1, 3);
        // Undo the last answer: the card goes back and its log entry is gone, and the two still agree
        Shown shown = StudyResourceTest.show(s, deck);
        s.form().formParam("reviewId", shown.reviewId()).post("/study/" + deck + "/undo").then().statusCode(303);

        long user = userId("audit-clean");
        CardAudit.Report report = audit.auditUser(user);
        assertEquals(List.of(), report.mismatches());
        long logged = QuarkusTransaction.requiringNew().call(() -> ReviewLog.count("userId", user));
        assertEquals(12, logged, "13 answers, one undone");
        assertEquals(logged, report.reviews());
        assertEquals(QuarkusTransaction.requiringNew().call(() -> Card.count("userId", user)), report.cards());
    }

    @Test
    void aTamperedCardAndALostLogEntryAreReported() {
        Session s = TestUsers.signIn("audit-tampered");
        long deck = StudyResourceTest.seedDeckId(s);
        // The first card is answered Good twice (it comes back after its 10-minute step), so its log has two entries
        Shown first = StudyResourceTest.show(s, deck);
        StudyResourceTest.grade(s, deck, first, 3);
        clock.advance(Duration.ofMinutes(11));
        Shown again = StudyResourceTest.show(s, deck);
        assertEquals(first.cardId(), again.cardId(), "the learning card is due again before new cards");
        StudyResourceTest.grade(s, deck, again, 3);
        Shown second = StudyResourceTest.show(s, deck);
        StudyResourceTest.grade(s, deck, second, 4);
        long user = userId("audit-tampered");
        assertEquals(List.of(), audit.auditUser(user).mismatches());

        // A stability changed behind the scheduler's back, and the first review of the other card deleted
        QuarkusTransaction.requiringNew().run(() -> {
            Card card = Card.findById(second.cardId());
            card.stability += 0.5;
            ReviewLog.delete("cardId = ?1 and before.reps = 0", first.cardId());
        });
        List<CardAudit.Mismatch> mismatches = audit.auditUser(user).mismatches();
        assertEquals(2, mismatches.size(), mismatches.toString());
        CardAudit.Mismatch lostEntry = mismatches.get(first.cardId() < second.cardId() ? 0 : 1);
        CardAudit.Mismatch tampered = mismatches.get(first.cardId() < second.cardId() ? 1 : 0);
        assertEquals(first.cardId(), lostEntry.cardId());
        assertTrue(lostEntry.problems().get(0).contains("is the first logged, but starts from a reviewed card"),
                lostEntry.problems().toString());
        assertEquals(second.cardId(), tampered.cardId());
        assertEquals(1, tampered.problems().size());
        assertTrue(tampered.problems().get(0).startsWith("the stored card differs from the replay of its 1 reviews:"
                + " stability "), tampered.problems().get(0));
        assertEquals(user, tampered.userId());
        assertEquals(deck, tampered.deckId());
    }
}
