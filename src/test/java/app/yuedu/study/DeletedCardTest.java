package app.yuedu.study;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.TestUsers.Session;
import app.yuedu.accounts.User;
import app.yuedu.accounts.UserProfile;
import app.yuedu.articles.ArticleIngestion;
import app.yuedu.lexicon.SegmentationOverride;
import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.ReviewLog;
import app.yuedu.scheduling.core.Rating;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A grade or an undo that arrives after its card (or its whole deck) was deleted gets a 404 with a message, or
 * for undo simply nothing to undo; never a 500, and nothing is written to the review log.
 */
@QuarkusTest
class DeletedCardTest {

    private static final Pattern CARD = Pattern.compile("name=\"cardId\" value=\"(\\d+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern REVIEW = Pattern.compile("name=\"reviewId\" value=\"(\\d+)\"");

    @Inject
    ArticleIngestion ingestion;

    @Inject
    EntityManager em;

    @Inject
    ReviewRecorder recorder;

    @Test
    void gradingACardDeletedMeanwhileIsNotFoundAndRecordsNothing() {
        Session s = TestUsers.signIn("deleted-card");
        long deck = deckOf(s, "我们每天早上一起跑步。跑步以后，我们吃早饭，然后去学校上课。");
        String page = show(s, deck);
        long card = find(CARD, page);
        deleteCard(card);

        grade(s, deck, card, find(VERSION, page)).then().statusCode(404)
                .body(containsString("There is no card " + card + " in your study of this deck"))
                .body(not(containsString("Exception")));
        assertEquals(0, reviews(deck), "nothing in the review log");
        // The session goes on with the other cards
        s.request().get("/study/" + deck).then().statusCode(200);
    }

    @Test
    void gradingInADeckDeletedMeanwhileIsNotFound() {
        Session s = TestUsers.signIn("deleted-deck");
        long deck = deckOf(s, "周末我和朋友去公园看花。公园里的花很漂亮，很多人在那里照相。");
        String page = show(s, deck);
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from deck where id = ?1").setParameter(1, deck).executeUpdate());

        grade(s, deck, find(CARD, page), find(VERSION, page)).then().statusCode(404)
                .body(containsString("There is no deck " + deck)).body(not(containsString("Exception")));
        s.form().formParam("reviewId", 1).post("/study/" + deck + "/undo").then().statusCode(404);
        assertEquals(0, reviews(deck));
    }

    @Test
    void undoingAReviewWhoseCardIsGoneUndoesNothing() {
        Session s = TestUsers.signIn("deleted-undo");
        long deck = deckOf(s, "妈妈在厨房做饭，爸爸在客厅看报纸。我在自己的房间写作业。");
        String page = show(s, deck);
        long card = find(CARD, page);
        grade(s, deck, card, find(VERSION, page)).then().statusCode(303).header("Location", endsWith("/study/" + deck));
        long review = find(REVIEW, show(s, deck));
        assertEquals(1, reviews(deck));
        deleteCard(card); // its review goes with it (the log refers to the card)

        s.form().formParam("reviewId", review).post("/study/" + deck + "/undo").then().statusCode(303)
                .header("Location", endsWith("/study/" + deck));
        assertEquals(0, reviews(deck));
        s.request().get("/study/" + deck).then().statusCode(200).body(not(containsString("Exception")));
    }

    /**
     * The race: the card is deleted (and committed) after the grade read it but before the grade is written. Made
     * deterministic by reading the card into the grading transaction first, then deleting it from another one.
     */
    @Test
    void aCardDeletedWhileItIsBeingGradedIsNotFound() {
        Session s = TestUsers.signIn("deleted-race");
        long deck = deckOf(s, "我哥哥在银行工作，他每天坐地铁上班。下班以后他常常去打篮球。");
        String page = show(s, deck);
        long card = find(CARD, page);
        long version = find(VERSION, page);
        var refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () ->
                QuarkusTransaction.requiringNew().run(() -> {
                    UserProfile user = UserProfile.of(User.findByUsername("deleted-race").orElseThrow());
                    DeckSettings settings = DeckSettings.find("userId = ?1 and deckId = ?2", user.id(), deck)
                            .firstResult();
                    assertTrue(em.find(Card.class, card) != null, "read by the grading transaction");
                    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from card where id = ?1")
                            .setParameter(1, card).executeUpdate());
                    recorder.grade(user, settings, card, version, Rating.GOOD, 1000);
                }));
        assertTrue(isNotFound(refused), "a 404, not a 500: " + refused);
        assertEquals(0, reviews(deck), "nothing in the review log");
    }

    private static boolean isNotFound(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.ws.rs.NotFoundException) {
                return true;
            }
        }
        return false;
    }

    /** A small article uploaded by the student, so deleting its cards or deck leaves other tests alone. */
    private long deckOf(Session owner, String text) {
        long userId = QuarkusTransaction.requiringNew().call(() ->
                User.findByUsername(owner.username()).orElseThrow().id);
        return ingestion.ingest(text, null, "tests", SegmentationOverride.GLOBAL_SCOPE, userId).deckId();
    }

    private static String show(Session s, long deck) {
        return s.request().get("/study/" + deck).then().statusCode(200).body(containsString("name=\"rating\""))
                .extract().asString();
    }

    private static io.restassured.response.Response grade(Session s, long deck, long card, long version) {
        return s.form().formParam("cardId", card).formParam("version", version).formParam("rating", 3)
                .post("/study/" + deck + "/grade");
    }

    private static void deleteCard(long card) {
        QuarkusTransaction.requiringNew().run(() -> assertTrue(Card.deleteById(card)));
    }

    private static long reviews(long deck) {
        return QuarkusTransaction.requiringNew().call(() -> ReviewLog.count("deckId", deck));
    }

    private static long find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertTrue(m.find(), pattern + " on the page");
        return Long.parseLong(m.group(1));
    }
}
