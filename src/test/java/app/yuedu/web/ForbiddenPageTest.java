package app.yuedu.web;

import static org.hamcrest.Matchers.containsString;

import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.TestUsers.Session;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A role that may not do something gets a 403 page that says so, not an empty answer. The refusal comes before the
 * CSRF filter, so the page is the bare one, without the site's navigation.
 */
@QuarkusTest
class ForbiddenPageTest {

    @Test
    void aStudentOnAnAdminPageOrFormIsToldWhy() {
        Session student = TestUsers.signIn("forbidden-student");
        student.request().get("/admin/users").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("<h1>Not allowed</h1>")).body(containsString("Your account may not"));
        student.form().formParam("name", "my class").post("/classes").then().statusCode(403)
                .body(containsString("Not allowed"));
        student.request().get("/uploads/new").then().statusCode(403).body(containsString("Not allowed"));
    }
}
