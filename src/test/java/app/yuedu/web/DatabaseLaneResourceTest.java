package app.yuedu.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Requests of a resource marked {@link InDatabaseLane} run on the lane's threads; others on the worker pool. */
@QuarkusTest
class DatabaseLaneResourceTest {

    @Test
    void aLaneResourceRunsOnALaneThread() {
        given().get("/test-lane").then().statusCode(200).body(startsWith("yuedu-database-lane"));
    }

    @Test
    void aFormPostRunsOnALaneThreadWithItsBody() {
        var csrf = app.yuedu.accounts.TestUsers.csrfOf("/register");
        given().cookies(csrf.getKey()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.getValue()).formParam("answer", "good").post("/test-lane")
                .then().statusCode(200).body(startsWith("yuedu-database-lane")).body(endsWith(" good"));
    }

    @Test
    void anotherResourceRunsOnTheWorkerPool() {
        given().get("/test-off-lane").then().statusCode(200).body(not(startsWith("yuedu-database-lane")));
    }
}
