package app.yuedu.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.TestUsers.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A session cookie that does not hold a session (garbage, tampered with, or expired) gets a clean 401, never a
 * 500 nor a page of someone's data: pages show "sign in again" with a link, forms are refused, the API answers
 * JSON, and the bad cookie is cleared.
 */
@QuarkusTest
class SessionCookieTest {

    private static final String COOKIE = "quarkus-credential";

    Session session;
    long deck;

    @BeforeEach
    void signIn() {
        session = TestUsers.signIn("cookie-owner");
        deck = session.request().get("/api/decks").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '携手构建更加紧密的中国—中亚命运共同体' }.id");
    }

    @Test
    void garbageCookie() {
        assertRefused("not-a-session");
        assertRefused("");
    }

    @Test
    void tamperedCookie() {
        // The real cookie of a signed-in user with one bit of its encrypted part flipped
        byte[] bytes = Base64.getDecoder().decode(session.cookies().get(COOKIE));
        bytes[bytes.length - 20] ^= 1;
        assertRefused(Base64.getEncoder().encodeToString(bytes));
    }

    @Test
    void expiredCookie() {
        // Sealed with the installation's key as the server seals them, so only its age differs
        String fresh = sealed(System.currentTimeMillis() + 3_600_000, "cookie-owner");
        withCookie(fresh).get("/decks").then().statusCode(200).body(containsString("Sign out"));
        assertRefused(sealed(System.currentTimeMillis() - 1_000, "cookie-owner"));
    }

    @Test
    void withoutAnySessionPagesGoToSignInAndTheApiAnswers401() {
        given().redirects().follow(false).get("/decks").then().statusCode(302)
                .header("Location", containsString("/login"));
        given().redirects().follow(false).get("/api/decks").then().statusCode(401)
                .contentType(containsString("application/json")).body("status", equalTo(401));
    }

    /**
     * An account deleted after signing in: its session cookie is refused on the study pages (the hot path) as on
     * every other, with the cookie cleared; and the study page's role-dependent parts follow the user's role.
     */
    @Test
    void theStudyPagesRefuseADeletedAccountAndFollowTheRole() {
        Session admin = TestUsers.signIn(TestUsers.ADMIN);
        admin.request().get("/study/" + deck).then().statusCode(200).body(containsString("href=\"/admin/users\""));
        session.request().get("/study/" + deck).then().statusCode(200).body(containsString("Sign out"))
                .body(not(containsString("href=\"/admin/users\"")));

        Session doomed = TestUsers.registerAndSignIn("cookie-deleted");
        doomed.request().get("/study/" + deck).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> User.delete("username", "cookie-deleted"));
        List<String> setCookies = doomed.request().redirects().follow(false).get("/study/" + deck).then()
                .statusCode(401).body(containsString("Your session has expired or is no longer valid"))
                .body(not(containsString("Sign out"))).extract().headers().getValues("Set-Cookie");
        assertTrue(setCookies.stream()
                .anyMatch(cookie -> cookie.startsWith(COOKIE + "=") && cookie.contains("Max-Age=0")),
                setCookies.toString());
        doomed.form().formParam("cardId", 1).formParam("version", 0).formParam("rating", 3)
                .post("/study/" + deck + "/grade").then().statusCode(401);
        doomed.request().redirects().follow(false).get("/decks").then().statusCode(401);
    }

    private void assertRefused(String cookie) {
        ValidatableResponse page = withCookie(cookie).get("/decks").then().statusCode(401)
                .contentType(containsString("text/html"))
                .body(containsString("Your session has expired or is no longer valid"))
                .body(containsString("href=\"/login\""))
                .body(not(containsString("Sign out"))).body(not(containsString("Exception")));
        String cleared = page.extract().header("Set-Cookie");
        assertTrue(cleared != null && cleared.startsWith(COOKIE + "=") && cleared.contains("Max-Age=0"), cleared);

        withCookie(cookie).get("/study/" + deck).then().statusCode(401);
        withCookie(cookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", session.csrfToken()).formParam("cardId", 1).formParam("version", 0)
                .formParam("rating", 3).post("/study/" + deck + "/grade").then().statusCode(401)
                .body(containsString("Sign in again"));
        withCookie(cookie).get("/api/decks").then().statusCode(401)
                .contentType(containsString("application/json"))
                .body("error", containsString("Your session has expired"));
    }

    /** A request with the CSRF cookie of the real session but {@code credential} as the session cookie. */
    private io.restassured.specification.RequestSpecification withCookie(String credential) {
        Map<String, String> cookies = new HashMap<>(session.cookies());
        cookies.put(COOKIE, credential);
        return given().redirects().follow(false).cookies(cookies);
    }

    /**
     * A session cookie as Quarkus form authentication writes it: AES-GCM under the SHA-256 of the configured key,
     * of "expiry-millis:user", stored as base64 of [IV length][IV][cipher text].
     */
    private static String sealed(long expiresAtMillis, String username) {
        try {
            String key = ConfigProvider.getConfig().getValue("quarkus.http.auth.session.encryption-key", String.class);
            byte[] keyBytes = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            byte[] iv = new byte[12];
            new SecureRandom().nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keyBytes, "AES"), new GCMParameterSpec(128, iv));
            byte[] encrypted = cipher.doFinal((expiresAtMillis + ":" + username).getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(1 + iv.length + encrypted.length);
            out.put((byte) iv.length).put(iv).put(encrypted);
            return Base64.getEncoder().encodeToString(out.array());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
