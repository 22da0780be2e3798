package app.yuedu.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountResourceTest {

    @Inject
    Accounts accounts;

    /** Reads the user as stored now, not as this test's persistence context remembers it. */
    static java.util.Optional<User> fresh(String username) {
        User.getEntityManager().clear();
        return User.findByUsername(username);
    }

    @Test
    void theFirstAccountIsAdminAndLaterOnesAreStudents() {
        TestUsers.signIn("mei");
        Assertions.assertEquals("admin", fresh(TestUsers.ADMIN).orElseThrow().role);
        Assertions.assertEquals("student", fresh("mei").orElseThrow().role);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        TestUsers.signIn("hash-check");
        String hash = fresh("hash-check").orElseThrow().passwordHash;
        Assertions.assertTrue(hash.startsWith("$2"), hash);
        Assertions.assertFalse(hash.contains(TestUsers.PASSWORD));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        TestUsers.signIn("lin");
        String location = given().contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "lin").formParam("j_password", "wrong password")
                .redirects().follow(false).post("/j_security_check").then().statusCode(302)
                .extract().header("Location");
        Assertions.assertTrue(location.contains("/login?error=true"), location);
        given().get("/login?error=true").then().statusCode(200).body(containsString("do not match"));
    }

    @Test
    void invalidRegistrationReRendersTheFormWithErrorsAndKeepsValues() {
        var csrf = TestUsers.csrfOf("/register");
        given().cookies(csrf.getKey()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.getValue())
                .formParam("username", "x").formParam("displayName", "Xiao <b>Wang</b>")
                .formParam("password", "short").formParam("confirm", "other")
                .formParam("timeZone", "Mars/Olympus")
                .post("/register").then().statusCode(400)
                .body(containsString("Choose a user name of 3 to 32"))
                .body(containsString("at least 8 characters"))
                .body(containsString("Unknown time zone"))
                .body(containsString("value=\"Xiao &lt;b&gt;Wang&lt;/b&gt;\""));
    }

    @Test
    void registrationWithoutTheCsrfTokenIsRefused() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("username", "nocsrf").formParam("password", TestUsers.PASSWORD)
                .formParam("confirm", TestUsers.PASSWORD)
                .post("/register").then().statusCode(400);
        Assertions.assertTrue(fresh("nocsrf").isEmpty());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String page : new String[] {"/decks", "/account", "/admin/users"}) {
            given().redirects().follow(false).get(page).then().statusCode(302)
                    .header("Location", containsString("/login"));
        }
        given().redirects().follow(false).get("/api/decks").then().statusCode(401)
                .body("error", containsString("Sign in first"));
    }

    @Test
    void onlyTheAdminSeesAndChangesRoles() {
        TestUsers.Session student = TestUsers.signIn("zhou");
        student.request().get("/admin/users").then().statusCode(403).body(not(containsString("Exception")));
        long zhou = fresh("zhou").orElseThrow().id;
        student.form().formParam("role", "admin").post("/admin/users/" + zhou + "/role").then().statusCode(403);
        Assertions.assertEquals("student", fresh("zhou").orElseThrow().role);

        TestUsers.Session admin = TestUsers.signIn(TestUsers.ADMIN);
        admin.request().get("/admin/users").then().statusCode(200).body(containsString("zhou"));
        admin.form().formParam("role", "teacher").post("/admin/users/" + zhou + "/role").then().statusCode(303);
        Assertions.assertEquals("teacher", fresh("zhou").orElseThrow().role);
        admin.form().formParam("role", "emperor").post("/admin/users/" + zhou + "/role").then().statusCode(400)
                .body(containsString("Unknown role"));
    }

    @Test
    void settingsAreSavedAndValidated() {
        TestUsers.Session session = TestUsers.signIn("settings-user");
        session.form().formParam("script", "TRADITIONAL").formParam("timeZone", "Europe/Berlin")
                .post("/account").then().statusCode(303).header("Location", containsString("/account?saved=true"));
        User user = fresh("settings-user").orElseThrow();
        Assertions.assertEquals(User.Script.TRADITIONAL, user.script);
        Assertions.assertFalse(user.toneColours);
        Assertions.assertEquals("Europe/Berlin", user.timeZone);
        session.form().formParam("script", "SIMPLIFIED").formParam("timeZone", "Nowhere/Special")
                .post("/account").then().statusCode(400).body(containsString("Unknown time zone"));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        TestUsers.signIn("headers").request().get("/decks").then().statusCode(200)
                .header("Content-Security-Policy", startsWith("default-src 'self'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void signingOutForgetsTheSession() {
        TestUsers.Session session = TestUsers.registerAndSignIn("leaver");
        session.form().post("/logout").then().statusCode(303)
                .header("Location", containsString("/login?signedOut=true"))
                .cookie("quarkus-credential", equalTo(""));
    }
}
