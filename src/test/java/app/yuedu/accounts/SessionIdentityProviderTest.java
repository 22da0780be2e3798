package app.yuedu.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A session cookie is turned into an identity that carries the user's profile, read in one query. */
@QuarkusTest
class SessionIdentityProviderTest {

    @Inject
    IdentityProviderManager identities;

    @Test
    void theRestoredIdentityCarriesTheProfileAndRole() {
        TestUsers.signIn("profile-owner");
        SecurityIdentity identity = identities.authenticateBlocking(new TrustedAuthenticationRequest("profile-owner"));
        UserProfile profile = identity.getAttribute(SessionIdentityProvider.PROFILE);
        assertNotNull(profile, "the session check keeps the profile on the identity");
        assertEquals("profile-owner", profile.username());
        assertEquals(Role.STUDENT, profile.role());
        assertEquals(true, identity.hasRole(Role.STUDENT_NAME));
        assertEquals("profile-owner", identity.getPrincipal().getName());
    }

    @Test
    void aCookieOfADeletedAccountIsRefused() {
        assertThrows(AuthenticationFailedException.class,
                () -> identities.authenticateBlocking(new TrustedAuthenticationRequest("nobody-has-this-name")));
    }
}
