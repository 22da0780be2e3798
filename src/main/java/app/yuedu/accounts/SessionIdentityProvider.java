package app.yuedu.accounts;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Restores the user of a session cookie. The cookie only names the user, so every request reads the user's row; this
 * provider reads it once, in one small query, and keeps the whole profile on the identity, where
 * {@link CurrentUser} finds it: a page costs one user query, not two. Roles come from the row, so a changed role
 * applies to the very next request on every instance. The provider quarkus-security-jpa generates for this request
 * type is excluded in application.properties (it would answer first and read the user without the profile);
 * quarkus-security-jpa still checks passwords at sign-in.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    /** The identity attribute holding the {@link UserProfile}. */
    static final String PROFILE = "yuedu.profile";

    private static final String QUERY = """
            select id, username, display_name, role, time_zone, script, tone_colours from app_user
            where username = ?""";

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            UserProfile profile = load(request.getPrincipal());
            if (profile == null) {
                // The account was deleted since the cookie was issued.
                throw new AuthenticationFailedException("No such user");
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(profile.username()))
                    .addRole(profile.role().roleName())
                    .addAttribute(PROFILE, profile)
                    .build();
        });
    }

    private UserProfile load(String username) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setString(1, username);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new UserProfile(row.getLong(1), row.getString(2), row.getString(3),
                        Role.valueOf(row.getString(4).toUpperCase(Locale.ROOT)), row.getString(5),
                        User.Script.valueOf(row.getString(6)), row.getBoolean(7));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the signed-in user", e);
        }
    }
}
