package app.yuedu.study;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.TestUsers.Session;
import app.yuedu.accounts.User;
import app.yuedu.articles.ArticleIngestion;
import app.yuedu.lexicon.SegmentationOverride;
import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.ReviewLog;
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
