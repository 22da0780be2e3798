package app.yuedu.accounts;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The signed-in user of the current request. {@link #profile()} is read with the session check itself (no extra
 * query); {@link #get()} loads the managed entity, for pages that change the user.
 *
 * <p>On the review session's requests the session check leaves an unconfirmed profile (see
 * {@link SessionIdentityProvider}), which their statement confirms ({@link #confirming}); anything else asking about
 * the user before that, {@link #profile()} and the role checks included, makes this read the user's row first.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    SessionProfiles profiles;

    private User user;

    /** The unconfirmed profile once its request's statement found it equal to the user's row, or the row read. */
    private UserProfile confirmed;

    /** The signed-in user; only call from endpoints that require authentication. */
    public User get() {
        return find().orElseThrow(() -> new NotAuthorizedException("Please sign in.", "Form"));
    }

    public Optional<User> find() {
        if (user == null && !identity.isAnonymous()) {
            user = User.findByUsername(identity.getPrincipal().getName()).orElse(null);
        }
        return Optional.ofNullable(user);
    }

    /** The signed-in user's profile, without a query when the session check already read it. */
    public Optional<UserProfile> findProfile() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        UserProfile profile = identity.getAttribute(SessionIdentityProvider.PROFILE);
        if (profile != null) {
            return Optional.of(profile);
        }
        if (hint() != null) {
            return Optional.of(confirmed != null ? confirmed : reread());
        }
        return find().map(UserProfile::of);
    }

    /** The signed-in user's profile; only call from endpoints that require authentication. */
    public UserProfile profile() {
        return findProfile().orElseThrow(() -> new NotAuthorizedException("Please sign in.", "Form"));
    }

    /**
     * Runs a statement with the session's profile, where the statement also compares that profile with the user's
     * row: {@code agrees} reads from its result whether they were equal. For a hint not yet confirmed, when they were
     * not (or the result cannot tell, say it found nothing), the row is read again and the statement runs again
     * with the fresh profile, if that differs. A profile read in this request already runs the statement once.
     * Afterwards {@link #profile()} answers with the profile the result is for, without a query.
     *
     * @throws AuthenticationFailedException when the account no longer exists (a 401 that clears the cookie)
     */
    public <R> R confirming(Function<UserProfile, R> statement, Predicate<R> agrees) {
        UserProfile hint = hint();
        if (hint == null || confirmed != null) {
            return statement.apply(profile());
        }
        R result = statement.apply(hint);
        if (agrees.test(result)) {
            confirmed = hint;
            return result;
        }
        UserProfile fresh = reread();
        return fresh.equals(hint) ? result : statement.apply(fresh);
    }

    /** The profile the session check left unconfirmed instead of reading the row, or null when it read the row. */
    private UserProfile hint() {
        return identity.getAttribute(SessionIdentityProvider.UNCONFIRMED_PROFILE);
    }

    /**
     * Reads the user's row again, on the request's own connection (a second connection per request could leave every
     * request of a full pool waiting for another).
     */
    private UserProfile reread() {
        String username = identity.getPrincipal().getName();
        user = null;
        UserProfile fresh = find().map(UserProfile::of).orElseThrow(() -> {
            profiles.forget(username);
            return new AuthenticationFailedException("No such user");
        });
        profiles.remember(fresh);
        confirmed = fresh;
        return fresh;
    }

    public long id() {
        return profile().id();
    }

    public boolean hasRole(Role role) {
        if (hint() != null) {
            return profile().role() == role;
        }
        return identity.hasRole(role.roleName());
    }

    /** For templates: whether someone is signed in. */
    public boolean isSignedIn() {
        return findProfile().isPresent();
    }

    /** For templates: the name to greet the user with. */
    public String getDisplayName() {
        return findProfile().map(UserProfile::displayName).orElse("");
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    public boolean isTeacher() {
        return hasRole(Role.TEACHER) || hasRole(Role.ADMIN);
    }
}
