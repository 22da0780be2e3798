package app.yuedu.classes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.TestUsers.Session;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClassResourceTest {

    @Test
    void aTeacherCreatesAClassAndAStudentJoinsItWithTheCode() {
        Session teacher = ClassFixtures.teacher("ms-wang");
        long classId = ClassFixtures.createClass(teacher, "Reading <2>");
        String code = ClassFixtures.joinCode(teacher, classId);
        Assertions.assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{8}"), code);

        Session student = TestUsers.signIn("xiaoming");
        student.request().get("/classes/" + classId).then().statusCode(404);
        // Codes are accepted in lower case with a dash, as people copy them.
        student.form().formParam("code", code.substring(0, 4).toLowerCase() + "-" + code.substring(4))
                .post("/classes/join").then().statusCode(303).header("Location", endsWith("/classes/" + classId));
        student.request().get("/classes").then().statusCode(200).body(containsString("Reading &lt;2&gt;"));
        student.request().get("/classes/" + classId).then().statusCode(200)
                .body(containsString("Reading &lt;2&gt;")).body(not(containsString(code)));
        teacher.request().get("/classes/" + classId).then().statusCode(200).body(containsString("xiaoming"));
        // Joining twice is harmless.
        student.form().formParam("code", code).post("/classes/join").then().statusCode(303);
        teacher.request().get("/classes").then().statusCode(200).body(containsString("1 student<"));
    }

    @Test
    void aTeacherSeesOnlyTheirOwnClasses() {
        Session first = ClassFixtures.teacher("mr-li");
        Session second = ClassFixtures.teacher("ms-zhao");
        long firstClass = ClassFixtures.createClass(first, "Li's evening class");
        second.request().get("/classes").then().statusCode(200).body(not(containsString("Li's evening class")));
        second.request().get("/classes/" + firstClass).then().statusCode(404);
    }

    @Test
    void studentsCannotCreateClassesAndBadFormsComeBackWithMessages() {
        Session student = TestUsers.signIn("curious");
        student.form().formParam("name", "My own class").post("/classes").then().statusCode(403);
        student.form().formParam("code", "NOPE1234").post("/classes/join").then().statusCode(400)
                .body(containsString("No class has the join code")).body(containsString("value=\"NOPE1234\""));
        Session teacher = ClassFixtures.teacher("ms-empty");
        teacher.form().formParam("name", "  ").post("/classes").then().statusCode(400)
                .body(containsString("Give the class a name"));
        teacher.form().formParam("name", "x".repeat(101)).post("/classes").then().statusCode(400)
                .body(containsString("under 100 characters"));
    }
}
