package app.yuedu.study;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.TestUsers.Session;
import app.yuedu.accounts.User;
import app.yuedu.articles.Note;
import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.CardType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KnownWordResourceTest {

    private static final Pattern PERCENT = Pattern.compile("You know (\\d+)% of this article's words");
    private static final String UTF8_FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    KnownWords knownWords;

    @Inject
    DeckStudy deckStudy;

    static long seedDeckId(Session session) {
        return session.request().get("/api/decks").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '携手构建更加紧密的中国—中亚命运共同体' }.id");
    }

    static long userId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow().id);
    }

    static int percent(Session session, long deckId) {
        String page = session.request().get("/decks/" + deckId).then().statusCode(200).extract().asString();
        Matcher m = PERCENT.matcher(page);
        assertTrue(m.find(), "the deck page shows the student's coverage");
        return Integer.parseInt(m.group(1));
    }

    @Test
    void deckPageShowsCoverageAndTheWordsToReach95() {
        Session student = TestUsers.signIn("cover-a");
        long deck = seedDeckId(student);
        student.request().get("/decks/" + deck).then().statusCode(200)
                .body(containsString("Learn these"))
                .body(containsString("to reach 95%"))
                .body(containsString("Mark every word at HSK level"))
                .body(containsString("I know it"));
        int percent = percent(student, deck);
        assertTrue(percent > 0 && percent < 95, "function words known by default, the rest not: " + percent);
    }

    @Test
    void markingEveryWordUpToAnHskLevelRaisesCoverage() {
        Session student = TestUsers.signIn("cover-hsk");
        long deck = seedDeckId(student);
        long user = userId("cover-hsk");
        int before = percent(student, deck);

        student.form().redirects().follow(false).formParam("level", "3").post("/study/" + deck + "/known/hsk")
                .then().statusCode(303).header("Location", endsWith("/decks/" + deck));

        List<String> upToThree = QuarkusTransaction.requiringNew().call(() -> Note.<Note>list(
                "deck.id = ?1 and hskLevel between 1 and 3", deck).stream().map(n -> n.word).toList());
        List<String> four = QuarkusTransaction.requiringNew().call(() -> Note.<Note>list(
                "deck.id = ?1 and hskLevel = 4 and knownByDefault = false", deck).stream().map(n -> n.word).toList());
        assertFalse(upToThree.isEmpty());
        assertTrue(knownWords.list(user).containsAll(upToThree));
        assertTrue(four.stream().noneMatch(knownWords.list(user)::contains), "level 4 words are left alone");
        assertEquals(KnownWord.Source.HSK, knownWords.entries(user).get(0).source);
        assertTrue(percent(student, deck) > before);
    }

    @Test
    void anHskLevelOutsideOneToSixIsRefused() {
        Session student = TestUsers.signIn("cover-bad");
        long deck = seedDeckId(student);
        for (String level : List.of("0", "7", "abc", "")) {
            student.form().redirects().follow(false).formParam("level", level).post("/study/" + deck + "/known/hsk")
                    .then().statusCode(400).body(containsString("HSK level from 1 to 6"))
                    .body(not(containsString("Exception")));
        }
        assertTrue(knownWords.list(userId("cover-bad")).isEmpty());
    }

    @Test
    void theKnownToggleMarksAndUnmarksOneWord() {
        Session student = TestUsers.signIn("cover-toggle");
        long deck = seedDeckId(student);
        long user = userId("cover-toggle");
        long noteId = QuarkusTransaction.requiringNew().call(() -> Note.<Note>find(
                "deck.id = ?1 and word = ?2", deck, "峰会").firstResult().id);

        student.form().redirects().follow(false).contentType(UTF8_FORM).formParam("noteId", noteId)
                .formParam("known", "true").post("/study/" + deck + "/known/word")
                .then().statusCode(303).header("Location", endsWith("/decks/" + deck + "#note-" + noteId));
        assertTrue(knownWords.isKnown(user, "峰会"));
        student.request().get("/decks/" + deck).then().body(containsString("Unmark 峰会 as known"));

        student.form().redirects().follow(false).formParam("noteId", noteId).formParam("known", "false")
                .post("/study/" + deck + "/known/word").then().statusCode(303);
        assertFalse(knownWords.isKnown(user, "峰会"));

        student.form().redirects().follow(false).formParam("noteId", 999999).formParam("known", "true")
                .post("/study/" + deck + "/known/word").then().statusCode(404);
    }

    @Test
    void aWordReviewedToALongStabilityCountsAsKnownAndIsNotIntroduced() {
        Session student = TestUsers.signIn("cover-stable");
        long deck = seedDeckId(student);
        long user = userId("cover-stable");
        DeckSettings settings = deckStudy.start(user, deck);
        QuarkusTransaction.requiringNew().run(() -> {
            DeckSettings s = DeckSettings.findById(settings.id);
            s.newPerDay = 9999;
        });
        app.yuedu.accounts.UserProfile student0 = QuarkusTransaction.requiringNew().call(() ->
                app.yuedu.accounts.UserProfile.of(User.findByUsername("cover-stable").orElseThrow()));
        int newBefore = QuarkusTransaction.requiringNew().call(() ->
                deckStudy.queue(student0, DeckSettings.findById(settings.id)).counts().newCards());
        int percentBefore = percent(student, deck);

        long noteId = QuarkusTransaction.requiringNew().call(() -> Note.<Note>find(
                "deck.id = ?1 and word = ?2", deck, "峰会").firstResult().id);
        QuarkusTransaction.requiringNew().run(() -> {
            Card card = Card.find("userId = ?1 and noteId = ?2 and cardType = ?3", user, noteId,
                    CardType.RECOGNITION).firstResult();
            card.phase = 2;
            card.reps = 3;
            card.stability = 30;
            card.lastReview = Instant.now().minus(10, ChronoUnit.DAYS);
            card.due = Instant.now().plus(20, ChronoUnit.DAYS);
        });

        int newAfter = QuarkusTransaction.requiringNew().call(() ->
                deckStudy.queue(student0, DeckSettings.findById(settings.id)).counts().newCards());
        assertEquals(newBefore - 2, newAfter, "the reviewed card and its sibling for the same word are not new");
        assertTrue(knownWords.knownByReview(user).contains("峰会"));
        assertFalse(knownWords.isKnown(user, "峰会"), "derived from the card, not stored");
        assertTrue(percent(student, deck) > percentBefore);
        student.request().get("/decks/" + deck).then().body(containsString("Reviewed to a long stability"));
    }

    @Test
    void teachersSeeTheDeckWithoutAStudentsCoverage() {
        Session admin = TestUsers.signIn(TestUsers.ADMIN);
        long deck = seedDeckId(admin);
        admin.request().get("/decks/" + deck).then().statusCode(200)
                .body(not(containsString("You know")))
                .body(not(containsString("I know it")));
    }
}
