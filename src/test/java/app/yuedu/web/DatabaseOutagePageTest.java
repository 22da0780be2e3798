package app.yuedu.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import app.yuedu.accounts.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** While the database is unreachable, pages and the API answer 503 with a message and Retry-After, never 500. */
@QuarkusTest
class DatabaseOutagePageTest {

    @Test
    void aPageAnswers503WithTheFriendlyMessageAndAWayToRetry() {
        given().get("/test-outage/page?x=1").then().statusCode(503)
                .header("Retry-After", equalTo(String.valueOf(ErrorPages.RETRY_AFTER_SECONDS)))
                .contentType(containsString("text/html"))
                .body(containsString("Temporarily unavailable"))
                .body(containsString("your work is saved up to your last answer"))
                .body(containsString("href=\"/test-outage/page?x=1\""))
                .body(not(containsString("JDBCConnectionException"))).body(not(containsString("Exception")));
    }

    @Test
    void aFailedFormPostLeadsBackToTheDecks() {
        var csrf = TestUsers.csrfOf("/register");
        given().cookies(csrf.getKey()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.getValue()).formParam("answer", "3").post("/test-outage/form")
                .then().statusCode(503).body(containsString("href=\"/decks\""))
                .body(containsString("Try again in a moment"));
    }

    @Test
    void theApiAnswersJson() {
        given().get("/api/test-outage").then().statusCode(503).contentType(containsString("application/json"))
                .header("Retry-After", equalTo(String.valueOf(ErrorPages.RETRY_AFTER_SECONDS)))
                .body("status", equalTo(503))
                .body("error", equalTo(ErrorPages.DATABASE_UNAVAILABLE));
    }
}
