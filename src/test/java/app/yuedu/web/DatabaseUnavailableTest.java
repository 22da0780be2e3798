package app.yuedu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached", as the 503 page and the draft miner see them. */
class DatabaseUnavailableTest {

    @Test
    void hibernateConnectionFailureAtAnyDepth() {
        var refused = new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("refused")));
        RuntimeException wrapped = new RuntimeException("Transaction failed", new PersistenceException(refused));
        assertSame(refused, DatabaseUnavailable.cause(wrapped).orElseThrow());
    }

    @Test
    void connectionSqlStatesAndServerShutdown() {
        assertTrue(DatabaseUnavailable.isCause(new SQLException("I/O error", "08006")));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("This connection has been closed.", "08003")));
        assertTrue(DatabaseUnavailable.isCause(new RuntimeException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseUnavailable.isCause(new SQLTransientConnectionException("pool closed")));
    }

    @Test
    void poolAcquisitionTimeoutWithoutSqlState() {
        // Agroal's words when no connection could be had in time; Hibernate wraps it without a SQLState.
        var timeout = new SQLException("Acquisition timeout while waiting for new connection");
        assertTrue(DatabaseUnavailable.isCause(new GenericJDBCException("Unable to acquire JDBC Connection", timeout)));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("Sorry, acquisition timeout!")));
    }

    @Test
    void aFailedCommitWhoseDatabaseErrorIsOnlySuppressed() {
        RuntimeException commit = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new IllegalStateException("before completion failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(DatabaseUnavailable.isCause(new RuntimeException("wrapped", commit)));
        assertFalse(DatabaseUnavailable.isCause(new RuntimeException("wrapped",
                withSuppressed(new RuntimeException("x"), new SQLException("duplicate key", "23505")))));
    }

    private static RuntimeException withSuppressed(RuntimeException e, Throwable suppressed) {
        e.addSuppressed(suppressed);
        return e;
    }

    @Test
    void otherFailuresAreNotOutages() {
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException("bug")));
        assertFalse(DatabaseUnavailable.isCause(new OptimisticLockException("lost race")));
        // A query cancelled by its timeout (57014) is a slow query, not a server going away.
        assertFalse(DatabaseUnavailable.isCause(new SQLException("canceling statement due to user request", "57014")));
        assertFalse(DatabaseUnavailable.isCause(new ConstraintViolationException("duplicate",
                new SQLIntegrityConstraintViolationException("unique", "23505"), "uq_card")));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("no state")));
    }

    @Test
    void aCauseChainWithACycleEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseUnavailable.isCause(first));
    }

    @Test
    void descriptionIsOneLineWithTheSqlState() {
        var refused = new SQLException("Connection refused.\nCheck that the hostname and port are correct", "08001");
        assertEquals("SQLException [SQLState 08001]: Connection refused.", DatabaseUnavailable.describe(refused));
    }
}
