package app.yuedu.accounts;

import app.yuedu.cache.LeastRecentlyUsed;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the profile of a session's user, and remembers the last profile read for each user as a hint. A hint is
 * never trusted on its own: a request served from a hint ({@link SessionIdentityProvider}) runs a statement that
 * compares the hint with the user's row and is read afresh when they differ, so a hint spares the session check's
 * query without making a change to an account (a new role, a deletion) wait to be seen. Another instance without
 * the hint reads the row, as every request did before; nothing here is state a second instance could miss.
 */
@ApplicationScoped
public class SessionProfiles {

    /** Users whose hint is kept; the least recently used beyond this are read again on their next request. */
    static final int HINTS = 10_000;

    private static final String QUERY = """
            select id, username, display_name, role, time_zone, script, tone_colours from app_user
            where username = ?""";

    @Inject
    AgroalDataSource dataSource;

    private final Map<String, UserProfile> hints = LeastRecentlyUsed.map(HINTS);

    /** The user's profile as the database has it now, or empty when there is no such user; updates the hint. */
    public Optional<UserProfile> read(String username) {
        UserProfile profile = query(username);
        if (profile == null) {
            forget(username);
        } else {
            remember(profile);
        }
        return Optional.ofNullable(profile);
    }

    /** Keeps a profile just read by other means (through the entity, on a request's own connection) as the hint. */
    void remember(UserProfile profile) {
        hints.put(profile.username(), profile);
    }

    void forget(String username) {
        hints.remove(username);
    }

    /** The profile last read for the user on this instance, unconfirmed: see the class comment. */
    public Optional<UserProfile> hint(String username) {
        return Optional.ofNullable(hints.get(username));
    }

    private UserProfile query(String username) {
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
