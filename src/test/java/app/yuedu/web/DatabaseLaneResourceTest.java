package app.yuedu.web;

import static io.restassured.RestAssured.given;
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
    void anotherResourceRunsOnTheWorkerPool() {
        given().get("/test-off-lane").then().statusCode(200).body(not(startsWith("yuedu-database-lane")));
    }
}
