package app.yuedu.study;

import app.yuedu.scheduling.ReviewLog;
import app.yuedu.scheduling.ReviewLog.StoredState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * A grade written as one PostgreSQL statement: the card's new state, guarded by the version it was shown at, and its
 * review log entry, inserted only if that update happened (a data-modifying WITH). A single statement is its own
 * transaction, all or nothing, so a grade needs no BEGIN and COMMIT: two round trips fewer than an entity update
 * and insert in a transaction. H2 has no data-modifying WITH; there {@link #available()} is false and grades go
 * through the entities.
 */
@ApplicationScoped
class OneStatementGrade {

    /**
     * The log entry's id comes from the sequence Hibernate allocates review_log ids from. Hibernate's pooled
     * optimizer treats each value it draws as the top of a block of 50 ids that is its own, so a value drawn here is
     * the top of a block no Hibernate instance will use: the id cannot collide, it only leaves the rest of its block
     * unused.
     */
    private static final String GRADE = """
            with graded as (
              update card set phase = ?, due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?,
                learning_step = ?, reps = ?, lapses = ?, last_review = ?, buried_until = null, version = version + 1
              where id = ? and user_id = ? and version = ?
              returning id)
            insert into review_log (id, user_id, deck_id, card_id, rating, reviewed_at, elapsed_days, time_spent_ms,
              desired_retention, before_phase, before_due, before_stability, before_difficulty, before_elapsed_days,
              before_scheduled_days, before_learning_step, before_reps, before_lapses, before_last_review,
              after_phase, after_due, after_stability, after_difficulty, after_elapsed_days, after_scheduled_days,
              after_learning_step, after_reps, after_lapses, after_last_review)
            select nextval('review_log_seq'), ?, ?, graded.id, ?, cast(? as timestamp), ?, ?, ?,
              ?, cast(? as timestamp), ?, ?, ?, ?, ?, ?, ?, cast(? as timestamp),
              ?, cast(? as timestamp), ?, ?, ?, ?, ?, ?, ?, cast(? as timestamp)
            from graded""";

    private static final String CARD_EXISTS = "select 1 from card where id = ?";

    /**
     * The statements run on the connection of the request's Hibernate session, which read the card: outside a
     * transaction the session keeps its connection until the request ends, and a second one per grade could use up
     * the pool under load (every request holding one and waiting for another).
     */
    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** Whether the database runs data-modifying WITH statements (PostgreSQL does, H2 does not). */
    boolean available() {
        return "postgresql".equals(dbKind);
    }

    /**
     * Applies {@code log.after} to the card if it is still at {@code shownVersion} and appends {@code log}; returns
     * false, writing nothing, when the card has changed or is gone since it was read.
     */
    boolean record(ReviewLog log, long shownVersion) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(GRADE)) {
                int i = setState(statement, 1, log.after);
                statement.setLong(i++, log.cardId);
                statement.setLong(i++, log.userId);
                statement.setLong(i++, shownVersion);
                statement.setLong(i++, log.userId);
                statement.setLong(i++, log.deckId);
                statement.setInt(i++, log.rating);
                setInstant(statement, i++, log.reviewedAt);
                statement.setInt(i++, log.elapsedDays);
                statement.setLong(i++, log.timeSpentMs);
                statement.setDouble(i++, log.desiredRetention);
                i = setState(statement, i, log.before);
                setState(statement, i, log.after);
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** Whether the card still exists (after {@link #record} wrote nothing: changed, or deleted with its deck). */
    boolean cardExists(long cardId) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CARD_EXISTS)) {
                statement.setLong(1, cardId);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    /** Binds a state's ten columns, in table order, from {@code index}; returns the next index. */
    private static int setState(PreparedStatement statement, int index, StoredState state) throws SQLException {
        statement.setInt(index++, state.phase);
        setInstant(statement, index++, state.due);
        statement.setDouble(index++, state.stability);
        statement.setDouble(index++, state.difficulty);
        statement.setInt(index++, state.elapsedDays);
        statement.setInt(index++, state.scheduledDays);
        statement.setInt(index++, state.learningStep);
        statement.setInt(index++, state.reps);
        statement.setInt(index++, state.lapses);
        setInstant(statement, index++, state.lastReview);
        return index;
    }

    /**
     * Instants are stored as their UTC wall-clock time in TIMESTAMP columns, as Hibernate writes them on
     * PostgreSQL; a typed value, so the driver need not ask the server for the parameter's type.
     */
    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }
}
