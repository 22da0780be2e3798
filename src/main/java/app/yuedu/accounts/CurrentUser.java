package app.yuedu.accounts;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;

/** The signed-in user of the current request, read from the database once per request. */
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

    public long id() {
        return get().id;
    }

    public boolean hasRole(Role role) {
        return identity.hasRole(role.roleName());
    }

    /** For templates: whether someone is signed in. */
    public boolean isSignedIn() {
        return find().isPresent();
    }

    /** For templates: the name to greet the user with. */
    public String getDisplayName() {
        return find().map(u -> u.displayName).orElse("");
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    public boolean isTeacher() {
        return hasRole(Role.TEACHER) || hasRole(Role.ADMIN);
    }
}
