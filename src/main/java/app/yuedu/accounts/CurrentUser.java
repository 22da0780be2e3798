package app.yuedu.accounts;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;

/**
 * The signed-in user of the current request. {@link #profile()} is read with the session check itself (no extra
 * query); {@link #get()} loads the managed entity, for pages that change the user.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    private User user;

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
        return profile != null ? Optional.of(profile) : find().map(UserProfile::of);
    }

    /** The signed-in user's profile; only call from endpoints that require authentication. */
    public UserProfile profile() {
        return findProfile().orElseThrow(() -> new NotAuthorizedException("Please sign in.", "Form"));
    }

    public long id() {
        return profile().id();
    }

    public boolean hasRole(Role role) {
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
