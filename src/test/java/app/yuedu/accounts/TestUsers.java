package app.yuedu.accounts;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real accounts for HTTP tests: registered through the registration form and signed in through the sign-in
 * form, so tests exercise the same path as a browser (CSRF token included).
 */
public final class TestUsers {

    public static final String PASSWORD = "correct horse battery";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private TestUsers() {
    }

    /** A signed-in session of a user, with the CSRF token of its forms. */
    public record Session(String username, Map<String, String> cookies, String csrfToken) {

        public RequestSpecification request() {
            return given().redirects().follow(false).cookies(cookies);
        }

        /** A form post with the CSRF field filled in. */
        public RequestSpecification form() {
            return request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrfToken);
        }
    }

    /** The CSRF cookie and token a page's form carries, for anonymous form posts such as registration. */
    public static Map.Entry<Map<String, String>, String> csrfOf(String page) {
        var response = given().get(page).then().statusCode(200).extract();
        Matcher field = CSRF_FIELD.matcher(response.asString());
        if (!field.find()) {
            throw new AssertionError("No CSRF field on " + page);
        }
        return Map.entry(response.cookies(), field.group(1));
    }

    /** The first account of the installation is its admin; tests always create that one first. */
    public static final String ADMIN = "admin";

    private static final Map<String, Session> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Registers {@code username} (if new) and signs in, once per test run. */
    public static synchronized Session signIn(String username) {
        if (!username.equals(ADMIN)) {
            signIn(ADMIN);
        }
        return SESSIONS.computeIfAbsent(username, TestUsers::registerAndSignIn);
    }

    /** Registers {@code username} (if new) and signs in with a fresh session. */
    public static Session registerAndSignIn(String username) {
        var csrf = csrfOf("/register");
        given().cookies(csrf.getKey()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.getValue())
                .formParam("username", username).formParam("displayName", username)
                .formParam("password", PASSWORD).formParam("confirm", PASSWORD)
                .formParam("timeZone", "Asia/Shanghai")
                .redirects().follow(false).post("/register");
        var login = given().contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", PASSWORD)
                .redirects().follow(false).post("/j_security_check").then().statusCode(302).extract();
        Map<String, String> cookies = new java.util.HashMap<>(login.cookies());
        if (!cookies.containsKey("quarkus-credential")) {
            throw new AssertionError("Signing in as " + username + " failed: " + login.header("Location"));
        }
        var page = given().cookies(cookies).get("/account").then().statusCode(200).extract();
        cookies.putAll(page.cookies());
        Matcher field = CSRF_FIELD.matcher(page.asString());
        if (!field.find()) {
            throw new AssertionError("No CSRF field on /account");
        }
        return new Session(username, cookies, field.group(1));
    }
}
