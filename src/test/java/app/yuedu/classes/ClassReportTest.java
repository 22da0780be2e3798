package app.yuedu.classes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.TestUsers.Session;
import app.yuedu.articles.DeckAssignments;
import app.yuedu.articles.Note;
import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.CardType;
import app.yuedu.scheduling.ReviewLog;
import app.yuedu.scheduling.core.CardPhase;
import app.yuedu.scheduling.core.CardState;
import app.yuedu.study.DeckStudy;
import app.yuedu.study.KnownWord;
import app.yuedu.study.KnownWords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClassReportTest {

    @Inject
    DeckAssignments assignments;

    @Inject
    DeckStudy deckStudy;

    @Inject
    KnownWords knownWords;

    @Test
    void theTeacherSeesProgressAndTheHardestWordsFirstAndNobodyElseDoes() {
        Session teacher = ClassFixtures.teacher("report-teacher");
        long classId = ClassFixtures.createClass(teacher, "Report class");
        Session a = TestUsers.signIn("report-a");
        Session b = TestUsers.signIn("report-b");
        ClassFixtures.join(a, teacher, classId);
        ClassFixtures.join(b, teacher, classId);
        long deck = a.request().get("/api/decks").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '携手构建更加紧密的中国—中亚命运共同体' }.id");
        long studentA = QuarkusTransaction.requiringNew().call(() -> ClassFixtures.userId("report-a"));
        long studentB = QuarkusTransaction.requiringNew().call(() -> ClassFixtures.userId("report-b"));
        QuarkusTransaction.requiringNew().run(() -> assignments.assign(deck, List.of(classId),
                ClassFixtures.userId("report-teacher")));

        deckStudy.start(studentA, deck);
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            // 峰会: reviewed, forgotten often, last seen long ago; 合作: solid.
            Card hard = review(studentA, deck, "峰会", 2, 4, now.minus(30, ChronoUnit.DAYS));
            review(studentA, deck, "合作", 100, 0, now.minus(1, ChronoUnit.DAYS));
            log(hard, CardPhase.NEW, 3, now);
            log(hard, CardPhase.REVIEW, 1, now);
            log(hard, CardPhase.REVIEW, 3, now);
            log(hard, CardPhase.REVIEW, 3, now);
        });
        knownWords.mark(studentB, "合作", KnownWord.Source.MANUAL);

        String page = teacher.request().get("/classes/" + classId).then().statusCode(200)
                .body(containsString("Progress"))
                .body(containsString("<tr><td>report-a</td><td class=\"num\">2</td><td class=\"num\">4</td>"
                        + "<td class=\"num\">67%</td></tr>"))
                .body(containsString("<tr><td>report-b</td><td class=\"num\">0</td><td class=\"num\">0</td>"
                        + "<td class=\"num\">–</td></tr>"))
                .body(containsString("hardest first"))
                // 合作 is known by both: by review (stability 100 days) and marked.
                .body(containsString("<td class=\"word zh\">合作</td><td class=\"num\">2</td>"))
                .extract().asString();
        int table = page.indexOf("id=\"words-" + deck + "\"");
        int firstRow = page.indexOf("<td class=\"word zh\">", table);
        assertTrue(page.startsWith("<td class=\"word zh\">峰会</td><td class=\"num\">0</td>", firstRow),
                "the word with the lowest retrievability comes first");
        assertTrue(page.indexOf(">峰会<", table) < page.indexOf(">合作<", table));
        assertTrue(page.indexOf(">合作<", table) < page.indexOf(">中亚<", table), "never reviewed comes last");

        // A student of the class sees the class, not the teacher's view of it.
        a.request().get("/classes/" + classId).then().statusCode(200)
                .body(containsString("Report class"))
                .body(not(containsString("Progress")))
                .body(not(containsString("hardest first")))
                .body(not(containsString("report-b")));
        // Another teacher and a student outside the class get nothing.
        ClassFixtures.teacher("report-other").request().get("/classes/" + classId).then().statusCode(404)
                .body(not(containsString("report-a")));
        TestUsers.signIn("report-outsider").request().get("/classes/" + classId).then().statusCode(404);
    }

    private static Card review(long userId, long deckId, String word, double stability, int lapses,
                               Instant lastReview) {
        long noteId = Note.<Note>find("deck.id = ?1 and word = ?2", deckId, word).firstResult().id;
        Card card = Card.find("userId = ?1 and noteId = ?2 and cardType = ?3", userId, noteId,
                CardType.RECOGNITION).firstResult();
        card.phase = CardPhase.REVIEW.value();
        card.reps = 5;
        card.lapses = lapses;
        card.stability = stability;
        card.difficulty = 5;
        card.lastReview = lastReview;
        card.due = lastReview.plus(Math.round(stability), ChronoUnit.DAYS);
        return card;
    }

    private static void log(Card card, CardPhase phase, int rating, Instant at) {
        CardState state = new CardState(at, 1, 5, 0, 0, 0, 1, 0, phase, phase == CardPhase.NEW ? null : at);
        ReviewLog log = new ReviewLog();
        log.userId = card.userId;
        log.deckId = card.deckId;
        log.cardId = card.id;
        log.rating = rating;
        log.reviewedAt = at;
        log.desiredRetention = 0.9;
        log.before = ReviewLog.StoredState.of(state);
        log.after = ReviewLog.StoredState.of(state);
        log.persist();
    }
}
