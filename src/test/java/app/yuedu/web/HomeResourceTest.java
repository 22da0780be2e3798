package app.yuedu.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomeResourceTest {
    @Test
    void homePageNamesTheApp() {
        given().when().get("/").then().statusCode(200).body(containsString("Yuedu"));
    }
}
