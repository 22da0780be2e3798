package app.yuedu.accounts;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Restores the user of a session cookie. The cookie only names the user, so every request reads the user's row; this
 * provider reads it once, in one small query, and keeps the whole profile on the identity, where
 * {@link CurrentUser} finds it: a page costs one user query, not two. Roles come from the row, so a changed role
 * applies to the very next request on every instance. The provider quarkus-security-jpa generates for this request
 * type is excluded in application.properties (it would answer first and read the user without the profile);
 * quarkus-security-jpa still checks passwords at sign-in.
 *
 * <p>The two requests of a review session, showing the next card and grading it, are the exception: their own
 * statement reads the user's row anyway, so they do not wait for a query here. Their identity carries the profile
 * last read for the user ({@link SessionProfiles#hint}), unconfirmed and without roles, and the study statement
 * compares it with the row; until it has, {@link CurrentUser} reads the row before it answers anything about the
 * user. Without a hint, they are checked like every other request.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    /** The identity attribute holding the {@link UserProfile} read by the session check. */
    static final String PROFILE = "yuedu.profile";
    /** The identity attribute holding a profile hint the request must confirm (see the class comment). */
    static final String UNCONFIRMED_PROFILE = "yuedu.unconfirmed-profile";

    /** StudyResource.show: the study page of a deck. */
    private static final Pattern STUDY_PAGE = Pattern.compile("/study/[0-9]{1,18}");
    /** StudyResource.grade. */
    private static final Pattern GRADE = Pattern.compile("/study/[0-9]{1,18}/grade");

    @Inject
    SessionProfiles profiles;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        if (confirmsItsUser(HttpSecurityUtils.getRoutingContextAttribute(request))) {
            Optional<UserProfile> hint = profiles.hint(username);
            if (hint.isPresent()) {
                return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(hint.get().username()))
                        .addAttribute(UNCONFIRMED_PROFILE, hint.get())
                        .build());
            }
        }
        return context.runBlocking(() -> {
            UserProfile profile = profiles.read(username)
                    // The account was deleted since the cookie was issued.
                    .orElseThrow(() -> new AuthenticationFailedException("No such user"));
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(profile.username()))
                    .addRole(profile.role().roleName())
                    .addAttribute(PROFILE, profile)
                    .build();
        });
    }

    /** Whether the request is one whose own statement confirms the user's profile (see the class comment). */
    static boolean confirmsItsUser(RoutingContext route) {
        if (route == null) {
            return false;
        }
        String path = route.normalizedPath();
        HttpMethod method = route.request().method();
        return method == HttpMethod.GET && STUDY_PAGE.matcher(path).matches()
                || method == HttpMethod.POST && GRADE.matcher(path).matches();
    }
}
