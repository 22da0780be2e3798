package app.yuedu.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells "the database cannot be reached" apart from other failures, by looking through an exception's causes.
 * Such a failure is temporary and not the request's fault, so the user gets a 503 and a message to retry, and
 * the log gets one line instead of a stack trace.
 * <p>
 * Recognised anywhere in the cause chain (suppressed exceptions included): Hibernate's {@link JDBCConnectionException},
 * {@link SQLTransientConnectionException}, an {@link SQLException} whose
 * SQLState is of class 08 (connection exception) or one of PostgreSQL's 57P01–57P03 (the server is shutting
 * down, crashed or is starting), and the connection pool's "acquisition timeout" (Agroal throws a plain
 * {@code SQLException} without SQLState when no connection could be had in time).
 */
public final class DatabaseUnavailable {

    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** The first exception in the chain that says the database is unreachable, if any. */
    public static Optional<Throwable> cause(Throwable failure) {
        return find(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Searches the causes and the suppressed exceptions: a commit that fails because the connection died reports
     * the database error only as suppressed by the transaction manager's own exception.
     */
    private static Optional<Throwable> find(Throwable failure, Set<Throwable> seen) {
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isUnreachable(t)) {
                return Optional.of(t);
            }
            for (Throwable suppressed : t.getSuppressed()) {
                Optional<Throwable> found = find(suppressed, seen);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    public static boolean isCause(Throwable failure) {
        return cause(failure).isPresent();
    }

    /** A short description for the log: the exception's type and message, without the stack. */
    public static String describe(Throwable cause) {
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
        String state = cause instanceof SQLException sql && sql.getSQLState() != null
                ? " [SQLState " + sql.getSQLState() + "]" : "";
        return cause.getClass().getSimpleName() + state + message;
    }

    private static boolean isUnreachable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof JDBCConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state))) {
                return true;
            }
            String message = sql.getMessage();
            return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }
}
