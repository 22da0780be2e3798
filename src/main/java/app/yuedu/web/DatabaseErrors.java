package app.yuedu.web;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Recognises the database failures the application answers in its own way (a race lost to another request or
 * instance, a row deleted meanwhile) by looking through an exception's causes, wherever Hibernate, the transaction
 * manager or the driver wrapped them. SQLStates are the standard ones, which PostgreSQL and H2 share.
 */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** Whether any cause matches {@code test}. */
    public static boolean hasCause(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** A unique key already held by another row (SQLState 23505): the other request won the race. */
    public static boolean isUniqueViolation(Throwable failure) {
        return hasSqlState(failure, "23505");
    }

    /** A foreign key whose parent row is gone: SQLState 23503 (PostgreSQL) or 23506 (H2). */
    public static boolean isMissingParent(Throwable failure) {
        return hasSqlState(failure, "23503", "23506");
    }

    private static boolean hasSqlState(Throwable failure, String... states) {
        Set<String> wanted = Set.of(states);
        // Some wrapping SQLExceptions carry no state, and Set.of's contains(null) throws: look past them instead.
        return hasCause(failure, cause -> cause instanceof SQLException sql && sql.getSQLState() != null
                && wanted.contains(sql.getSQLState()));
    }
}
