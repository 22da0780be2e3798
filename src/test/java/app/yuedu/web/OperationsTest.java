package app.yuedu.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.AccountResource;
import app.yuedu.accounts.SignInLog;
import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.TestUsers.Session;
import app.yuedu.export.ExportResource;
import app.yuedu.study.ReviewActivity;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees: health endpoints for the load balancer, metrics for Prometheus and one log line per
 * user action. All of /q answers although every application endpoint must declare who may call it.
 */
@QuarkusTest
class OperationsTest {

    private static final Pattern CARD = Pattern.compile("name=\"cardId\" value=\"(\\d+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern REVIEW = Pattern.compile("name=\"reviewId\" value=\"(\\d+)\"");

    @Test
    void livenessAndReadinessIncludingTheDatabaseAnswerWithoutSigningIn() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void gradesUndosExportsAndRequestLatencyAreCounted() {
        Session s = TestUsers.signIn("ops-metrics");
        long deck = seedDeck(s);
        double good = metric("yuedu_reviews_graded_total{rating=\"good\"}");
        double again = metric("yuedu_reviews_graded_total{rating=\"again\"}");
        double undone = metric("yuedu_reviews_undone_total");
        double exports = metric("yuedu_exports_seconds_count{format=\"txt\"}");

        String html = s.request().get("/study/" + deck).then().statusCode(200).extract().asString();
        s.form().formParam("cardId", find(CARD, html)).formParam("version", find(VERSION, html))
                .formParam("rating", 3).post("/study/" + deck + "/grade").then().statusCode(303);
        String next = s.request().get("/study/" + deck).then().statusCode(200).extract().asString();
        s.form().formParam("reviewId", find(REVIEW, next)).post("/study/" + deck + "/undo").then().statusCode(303);
        s.request().get("/decks/" + deck + "/export.txt").then().statusCode(200);

        assertEquals(good + 1, metric("yuedu_reviews_graded_total{rating=\"good\"}"));
        assertEquals(again, metric("yuedu_reviews_graded_total{rating=\"again\"}"), "every rating is listed");
        assertEquals(undone + 1, metric("yuedu_reviews_undone_total"));
        assertEquals(exports + 1, metric("yuedu_exports_seconds_count{format=\"txt\"}"));
        // Request latency per route template: one series for all decks, never one per id or user
        String metrics = metrics();
        assertTrue(metrics.contains("http_server_requests_seconds_count{method=\"POST\",outcome=\"REDIRECTION\","
                + "status=\"303\",uri=\"/study/{deckId}/grade\"}"), "grade latency by route");
        assertTrue(!metrics.contains("uri=\"/study/" + deck), "no series per deck id");
        assertTrue(!metrics.contains("ops-metrics"), "no user names in metrics");
    }

    @Test
    void miningOfTheSeedIsTimed() {
        // The seed article is mined when the app starts (or was mined by an earlier start of the same database)
        String metrics = metrics();
        assertTrue(metrics.contains("# TYPE yuedu_articles_mining_seconds summary")
                || metrics.contains("# TYPE yuedu_articles_mining_seconds histogram"), metrics.lines()
                .filter(l -> l.contains("mining")).toList().toString());
    }

    @Test
    void logsNameTheUserAndTheAction() {
        try (LogCapture signIn = LogCapture.of(SignInLog.class);
             LogCapture accounts = LogCapture.of(AccountResource.class);
             LogCapture reviews = LogCapture.of(ReviewActivity.class);
             LogCapture export = LogCapture.of(ExportResource.class)) {
            TestUsers.signIn(TestUsers.ADMIN);
            Session s = TestUsers.registerAndSignIn("ops-logger");
            given().contentType("application/x-www-form-urlencoded").formParam("j_username", "ops-logger")
                    .formParam("j_password", "not the password").redirects().follow(false)
                    .post("/j_security_check").then().statusCode(302);
            long deck = seedDeck(s);
            String html = s.request().get("/study/" + deck).then().statusCode(200).extract().asString();
            String card = find(CARD, html);
            s.form().formParam("cardId", card).formParam("version", find(VERSION, html))
                    .formParam("rating", 1).post("/study/" + deck + "/grade").then().statusCode(303);
            s.request().get("/decks/" + deck + "/export.apkg").then().statusCode(200);

            assertTrue(accounts.messages().contains("Registered: user=ops-logger role=student"),
                    accounts.messages().toString());
            assertTrue(signIn.messages().stream().anyMatch(m -> m.startsWith("Sign-in: user=ops-logger from=")),
                    signIn.messages().toString());
            assertTrue(signIn.messages().stream().anyMatch(m -> m.startsWith("Sign-in failed: user=ops-logger")),
                    signIn.messages().toString());
            assertTrue(signIn.messages().stream().noneMatch(m -> m.contains("not the password")));
            assertEquals("Grade: user=ops-logger deck=" + deck + " card=" + card + " rating=again",
                    reviews.messages().get(0));
            assertTrue(export.messages().stream().anyMatch(m -> m.matches(
                    "Export: user=ops-logger deck=" + deck + " format=apkg notes=\\d+ ms=\\d+")),
                    export.messages().toString());
        }
    }

    @Test
    void everyRequestHasAnIdInItsAnswerAndItsLogLines() {
        String id = given().get("/login").then().statusCode(200).extract().header(RequestIds.HEADER);
        assertTrue(id != null && id.matches("[0-9a-f]{1,10}"), id);
        given().header(RequestIds.HEADER, "lb-7f3a.9").get("/login").then().header(RequestIds.HEADER, "lb-7f3a.9");
        String forged = given().header(RequestIds.HEADER, "x\nFAKE log line").get("/login").then().extract()
                .header(RequestIds.HEADER);
        assertTrue(forged.matches("[0-9a-f]{1,10}"), "an unsafe id is replaced: " + forged);
        try (LogCapture signIn = LogCapture.of(SignInLog.class)) {
            given().header(RequestIds.HEADER, "trace-42").contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", "nobody-here").formParam("j_password", "wrong").redirects().follow(false)
                    .post("/j_security_check").then().statusCode(302);
            assertTrue(signIn.lines().stream().anyMatch(l -> l.startsWith("req=trace-42 Sign-in failed: user=nobody")),
                    signIn.lines().toString());
        }
    }

    static long seedDeck(Session s) {
        return s.request().get("/api/decks").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '携手构建更加紧密的中国—中亚命运共同体' }.id");
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertTrue(m.find(), pattern + " on the page");
        return m.group(1);
    }

    private static String metrics() {
        // The text format ends label sets with a comma ({rating="good",}); dropped here for readable assertions
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString().replace(",}", "}");
    }

    /** A sample's value, or 0 when the series does not exist yet. */
    private static double metric(String series) {
        return metrics().lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim())).orElse(0.0);
    }
}
