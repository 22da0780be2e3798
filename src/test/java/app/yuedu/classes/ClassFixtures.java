package app.yuedu.classes;

import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.TestUsers.Session;
import app.yuedu.accounts.User;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Teachers, classes and members made through the real pages, for HTTP tests. */
public final class ClassFixtures {

    private static final Pattern JOIN_CODE = Pattern.compile("<code class=\"joincode\">([0-9A-Z]{8})</code>");

    private ClassFixtures() {
    }

    /** A signed-in teacher: registered, then made a teacher by the admin. */
    public static Session teacher(String username) {
        Session session = TestUsers.signIn(username);
        long id = userId(username);
        TestUsers.signIn(TestUsers.ADMIN).form().formParam("role", "teacher")
                .post("/admin/users/" + id + "/role").then().statusCode(303);
        return session;
    }

    public static long userId(String username) {
        User.getEntityManager().clear();
        return User.findByUsername(username).orElseThrow().id;
    }

    /** A class created by the teacher through the form; returns its id. */
    public static long createClass(Session teacher, String name) {
        String location = teacher.form().formParam("name", name).post("/classes").then().statusCode(303)
                .extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public static String joinCode(Session teacher, long classId) {
        ExtractableResponse<Response> page = teacher.request().get("/classes/" + classId).then().statusCode(200)
                .extract();
        Matcher code = JOIN_CODE.matcher(page.asString());
        if (!code.find()) {
            throw new AssertionError("No join code on class page " + classId);
        }
        return code.group(1);
    }

    /** The student joins the class with its code. */
    public static void join(Session student, Session teacher, long classId) {
        student.form().formParam("code", joinCode(teacher, classId)).post("/classes/join").then().statusCode(303);
    }
}
