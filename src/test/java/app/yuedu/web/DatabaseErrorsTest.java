package app.yuedu.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** SQL states are found anywhere in a failure's causes, past wrappers that carry none. */
class DatabaseErrorsTest {

    @Test
    void aUniqueViolationUnderAStatelessWrapperIsRecognised() {
        SQLException violation = new SQLException("duplicate key", "23505");
        RuntimeException failure = new RuntimeException("commit failed",
                new SQLException("batch aborted", (String) null, violation));
        assertTrue(DatabaseErrors.isUniqueViolation(failure));
        assertFalse(DatabaseErrors.isMissingParent(failure));
    }

    @Test
    void noStateAnywhereIsNoMatch() {
        assertFalse(DatabaseErrors.isUniqueViolation(new RuntimeException(new SQLException("no state"))));
    }
}
