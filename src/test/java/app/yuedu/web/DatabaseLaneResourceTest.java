package app.yuedu.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests of a resource marked {@link InDatabaseLane} run on the lane's threads, request filters included (a form is
 * read before, on the event loop); others on the worker pool.
 */
@QuarkusTest
class DatabaseLaneResourceTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aLaneResourceRunsOnALaneThread() {
        given().get("/test-lane").then().statusCode(200)
                .body(matchesPattern("yuedu-database-lane\\S* yuedu-database-lane\\S*"));
    }

    @Test
    void aFormPostRunsOnALaneThreadWithItsBody() {
        var csrf = app.yuedu.accounts.TestUsers.csrfOf("/register");
        given().cookies(csrf.getKey()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.getValue()).formParam("answer", "good").post("/test-lane")
                .then().statusCode(200).body(matchesPattern("yuedu-database-lane\\S* yuedu-database-lane\\S* good"));
    }

    /**
     * Forms whose bodies are slow to come hold no lane thread while they wait: with more of them pending than the lane
     * has threads, the next request still goes through at once.
     */
    @Test
    void formsStillArrivingHoldNoLaneThread() throws Exception {
        List<Socket> pending = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                OutputStream out = socket.getOutputStream();
                out.write(("POST /test-lane HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 11\r\n\r\nans")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                pending.add(socket);
            }
            assertTimeoutPreemptively(Duration.ofSeconds(3), () -> given().get("/test-lane").then().statusCode(200));
        } finally {
            for (Socket socket : pending) {
                socket.close();
            }
        }
    }

    @Test
    void anotherResourceRunsOnTheWorkerPool() {
        given().get("/test-off-lane").then().statusCode(200).body(not(startsWith("yuedu-database-lane")));
    }
}
