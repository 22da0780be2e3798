package app.yuedu.study;

import app.yuedu.accounts.UserProfile;
import app.yuedu.articles.DeckAccess;
import app.yuedu.scheduling.ReviewLog;
import app.yuedu.scheduling.ReviewLog.StoredState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
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
     * unused. {@code %s} is where more conditions on the card's row go.
     */
    private static final String GRADE_SQL = """
            with graded as (
              update card set phase = :a_phase, due = :a_due, stability = :a_stability, difficulty = :a_difficulty,
                elapsed_days = :a_elapsed, scheduled_days = :a_scheduled, learning_step = :a_step, reps = :a_reps,
                lapses = :a_lapses, last_review = :a_last_review, buried_until = null, version = version + 1
              where id = :card and user_id = :u and version = :version%s
              returning id)
            insert into review_log (id, user_id, deck_id, card_id, rating, reviewed_at, elapsed_days, time_spent_ms,
              desired_retention, before_phase, before_due, before_stability, before_difficulty, before_elapsed_days,
              before_scheduled_days, before_learning_step, before_reps, before_lapses, before_last_review,
              after_phase, after_due, after_stability, after_difficulty, after_elapsed_days, after_scheduled_days,
              after_learning_step, after_reps, after_lapses, after_last_review)
            select nextval('review_log_seq'), :u, :d, graded.id, :rating, cast(:reviewed_at as timestamp),
              :elapsed, :time_spent, :retention,
              :b_phase, cast(:b_due as timestamp), :b_stability, :b_difficulty, :b_elapsed, :b_scheduled, :b_step,
              :b_reps, :b_lapses, cast(:b_last_review as timestamp),
              :a_phase, cast(:a_due as timestamp), :a_stability, :a_difficulty, :a_elapsed, :a_scheduled, :a_step,
              :a_reps, :a_lapses, cast(:a_last_review as timestamp)
            from graded""";

    private static final NamedStatement GRADE = NamedStatement.parse(gradeSql());

    /**
     * The conditions of a grade worked out from the state the page showed ({@link app.yuedu.study.core.ShownState}):
     * the card is still in exactly that state, in that deck, the settings still have the retention it was worked out
     * with, the session's profile is the user's row, and (for all but an admin) the deck is visible to the user: what
     * the read before an ordinary grade checks ({@link DeckStudy#gradeSnapshot}). {@code %s} is the access rule.
     */
    private static final String SHOWN_STILL_HOLDS = """

                and deck_id = :d and phase = :b_phase and due = :b_due and stability = :b_stability
                and difficulty = :b_difficulty and elapsed_days = :b_elapsed and scheduled_days = :b_scheduled
                and learning_step = :b_step and reps = :b_reps and lapses = :b_lapses
                and last_review is not distinct from cast(:b_last_review as timestamp)
                and exists (select 1 from deck dk join deck_settings ds on ds.deck_id = dk.id and ds.user_id = :u
                  join app_user pu on pu.id = :u and pu.username = :name
                  where dk.id = :d and ds.desired_retention = :retention and %s%s)""";

    private static final NamedStatement GRADE_SHOWN = NamedStatement.parse(gradeShownSql(false));
    /** {@link #GRADE_SHOWN} for a user who may see the deck whatever their classes ({@link DeckStudy#accessKnown}). */
    private static final NamedStatement GRADE_SHOWN_ACCESS_KNOWN = NamedStatement.parse(gradeShownSql(true));

    private static final String CARD_EXISTS = "select 1 from card where id = ?";

    /** The grade after a read of the card ({@link #record}), with its named parameters. */
    static String gradeSql() {
        return GRADE_SQL.formatted("");
    }

    /** The grade from the state the page showed ({@link #recordShown}), with its named parameters. */
    static String gradeShownSql(boolean accessKnown) {
        return GRADE_SQL.formatted(SHOWN_STILL_HOLDS.formatted(DeckStudy.PROFILE_IS_CURRENT,
                accessKnown ? "" : " and " + DeckAccess.VISIBLE_SQL));
    }

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
        return run(GRADE, values(log, shownVersion));
    }

    /**
     * {@link #record} for a log entry worked out from the state the page showed, without reading the card: also
     * false, writing nothing, when the card's state, the deck's retention for the user or the user's profile is no
     * longer what {@code log} was worked out from, or the deck is no longer visible to the user.
     */
    boolean recordShown(ReviewLog log, long shownVersion, UserProfile user, boolean accessKnown) {
        Map<String, Object> values = values(log, shownVersion);
        values.putAll(DeckStudy.profileValues(user));
        return run(accessKnown ? GRADE_SHOWN_ACCESS_KNOWN : GRADE_SHOWN, values);
    }

    private boolean run(NamedStatement statement, Map<String, Object> values) {
        return em.unwrap(Session.class).doReturningWork(connection -> statement.update(connection, values) == 1);
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

    private static Map<String, Object> values(ReviewLog log, long shownVersion) {
        Map<String, Object> values = new HashMap<>();
        values.put("card", log.cardId);
        values.put("u", log.userId);
        values.put("d", log.deckId);
        values.put("version", shownVersion);
        values.put("rating", log.rating);
        values.put("reviewed_at", log.reviewedAt);
        values.put("elapsed", log.elapsedDays);
        values.put("time_spent", log.timeSpentMs);
        values.put("retention", log.desiredRetention);
        putState(values, "b_", log.before);
        putState(values, "a_", log.after);
        return values;
    }

    /** A state's ten values, under the names of {@link #GRADE_SQL} with this prefix. */
    private static void putState(Map<String, Object> values, String prefix, StoredState state) {
        values.put(prefix + "phase", state.phase);
        values.put(prefix + "due", state.due);
        values.put(prefix + "stability", state.stability);
        values.put(prefix + "difficulty", state.difficulty);
        values.put(prefix + "elapsed", state.elapsedDays);
        values.put(prefix + "scheduled", state.scheduledDays);
        values.put(prefix + "step", state.learningStep);
        values.put(prefix + "reps", state.reps);
        values.put(prefix + "lapses", state.lapses);
        values.put(prefix + "last_review", state.lastReview == null ? NamedStatement.NULL_TIMESTAMP : state.lastReview);
    }
}
