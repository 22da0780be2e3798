package app.yuedu.study;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.TestUsers.Session;
import app.yuedu.accounts.User;
import app.yuedu.scheduling.ReviewLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The study page and grading check the session inside their own statement, from the profile this instance last read
 * for the user (see SessionIdentityProvider). That profile may be out of date: another instance may have changed the
 * account. These tests change the row behind the app's back, as another instance would, and expect the very next
 * request to follow the row, as on every other page.
 */
@QuarkusTest
class StudySessionProfileTest {

    private long deck;

    @BeforeEach
    void seedDeck() {
        deck = TestUsers.signIn("hint-reader").request().get("/api/decks").then().statusCode(200).extract()
                .jsonPath().getLong("find { it.name == '携手构建更加紧密的中国—中亚命运共同体' }.id");
    }

    @Test
    void aNameAndRoleChangedElsewhereShowOnTheNextCard() {
        Session student = TestUsers.registerAndSignIn("hint-promoted");
        // The first visit reads the profile in the session check; the second runs on the profile kept from it.
        StudyResourceTest.show(student, deck);
        StudyResourceTest.show(student, deck);

        update("hint-promoted", "admin", "Promoted Person");
        String page = StudyResourceTest.show(student, deck).html();
        assertTrue(page.contains("Promoted Person"), "the new name in the nav");
        assertTrue(page.contains("href=\"/admin/users\""), "the admin's nav after the promotion");

        update("hint-promoted", "student", "Demoted Person");
        student.request().get("/study/" + deck).then().statusCode(200)
                .body(containsString("Demoted Person")).body(not(containsString("href=\"/admin/users\"")));
    }

    @Test
    void aDeletedAccountsFirstGradeIsRefusedAndRecordsNothing() {
        Session doomed = TestUsers.registerAndSignIn("hint-deleted-grader");
        StudyResourceTest.show(doomed, deck);
        StudyResourceTest.Shown shown = StudyResourceTest.show(doomed, deck);
        long userId = QuarkusTransaction.requiringNew().call(
                () -> User.findByUsername("hint-deleted-grader").orElseThrow().id);

        QuarkusTransaction.requiringNew().run(() -> User.delete("username", "hint-deleted-grader"));
        List<String> setCookies = doomed.form().formParam("cardId", shown.cardId())
                .formParam("version", shown.version()).formParam("shown", shown.state()).formParam("rating", 3)
                .post("/study/" + deck + "/grade").then().statusCode(401)
                .body(containsString("Your session has expired or is no longer valid"))
                .extract().headers().getValues("Set-Cookie");
        assertTrue(setCookies.stream().anyMatch(cookie -> cookie.startsWith("quarkus-credential=")
                && cookie.contains("Max-Age=0")), setCookies.toString());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ReviewLog.count("userId", userId)));
    }

    @Test
    void aGradeAfterARenameElsewhereIsRecordedOnce() {
        Session student = TestUsers.registerAndSignIn("hint-renamed-grader");
        StudyResourceTest.show(student, deck);
        StudyResourceTest.Shown shown = StudyResourceTest.show(student, deck);

        update("hint-renamed-grader", "student", "Renamed Grader");
        StudyResourceTest.grade(student, deck, shown, 3);
        long userId = QuarkusTransaction.requiringNew().call(
                () -> User.findByUsername("hint-renamed-grader").orElseThrow().id);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(
                () -> ReviewLog.count("userId = ?1 and cardId = ?2", userId, shown.cardId())));
        student.request().get("/study/" + deck).then().statusCode(200).body(containsString("Renamed Grader"));
    }

    /** Changes the account directly in the database, as another instance of the app would. */
    private static void update(String username, String role, String displayName) {
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1,
                User.update("role = ?1, displayName = ?2 where username = ?3", role, displayName, username)));
    }
}
