package app.yuedu.scheduling;

import app.yuedu.scheduling.core.CardPhase;
import app.yuedu.scheduling.core.CardState;
import app.yuedu.scheduling.core.Rating;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One grade, appended and never edited: the card's state before and after it, so the card can be rebuilt by
 * replaying its log and the last grade can be undone exactly (undo deletes the entry and restores "before").
 */
@Entity
@Table(name = "review_log")
public class ReviewLog extends PanacheEntity {

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "deck_id", nullable = false)
    public long deckId;

    @Column(name = "card_id", nullable = false)
    public long cardId;

    /** {@link Rating#value()}: 1 Again to 4 Easy. */
    @Column(nullable = false)
    public int rating;

    @Column(name = "reviewed_at", nullable = false)
    public Instant reviewedAt;

    @Column(name = "elapsed_days", nullable = false)
    public int elapsedDays;

    /** Time the card was on screen, measured by the page's script; 0 without JavaScript. */
    @Column(name = "time_spent_ms", nullable = false)
    public long timeSpentMs;

    /** The retention the card was scheduled for, so a replay uses the same parameters. */
    @Column(name = "desired_retention", nullable = false)
    public double desiredRetention;

    @Embedded
    @AttributeOverride(name = "phase", column = @Column(name = "before_phase", nullable = false))
    @AttributeOverride(name = "due", column = @Column(name = "before_due", nullable = false))
    @AttributeOverride(name = "stability", column = @Column(name = "before_stability", nullable = false))
    @AttributeOverride(name = "difficulty", column = @Column(name = "before_difficulty", nullable = false))
    @AttributeOverride(name = "elapsedDays", column = @Column(name = "before_elapsed_days", nullable = false))
    @AttributeOverride(name = "scheduledDays", column = @Column(name = "before_scheduled_days", nullable = false))
    @AttributeOverride(name = "learningStep", column = @Column(name = "before_learning_step", nullable = false))
    @AttributeOverride(name = "reps", column = @Column(name = "before_reps", nullable = false))
    @AttributeOverride(name = "lapses", column = @Column(name = "before_lapses", nullable = false))
    @AttributeOverride(name = "lastReview", column = @Column(name = "before_last_review"))
    public StoredState before;

    @Embedded
    @AttributeOverride(name = "phase", column = @Column(name = "after_phase", nullable = false))
    @AttributeOverride(name = "due", column = @Column(name = "after_due", nullable = false))
    @AttributeOverride(name = "stability", column = @Column(name = "after_stability", nullable = false))
    @AttributeOverride(name = "difficulty", column = @Column(name = "after_difficulty", nullable = false))
    @AttributeOverride(name = "elapsedDays", column = @Column(name = "after_elapsed_days", nullable = false))
    @AttributeOverride(name = "scheduledDays", column = @Column(name = "after_scheduled_days", nullable = false))
    @AttributeOverride(name = "learningStep", column = @Column(name = "after_learning_step", nullable = false))
    @AttributeOverride(name = "reps", column = @Column(name = "after_reps", nullable = false))
    @AttributeOverride(name = "lapses", column = @Column(name = "after_lapses", nullable = false))
    @AttributeOverride(name = "lastReview", column = @Column(name = "after_last_review"))
    public StoredState after;

    public Rating ratingEnum() {
        return Rating.of(rating);
    }

    /** A card state as two groups of columns of the log. */
    @Embeddable
    public static class StoredState {
        public int phase;
        public Instant due;
        public double stability;
        public double difficulty;
        public int elapsedDays;
        public int scheduledDays;
        public int learningStep;
        public int reps;
        public int lapses;
        public Instant lastReview;

        public static StoredState of(CardState state) {
            StoredState stored = new StoredState();
            stored.phase = state.phase().value();
            stored.due = state.due();
            stored.stability = state.stability();
            stored.difficulty = state.difficulty();
            stored.elapsedDays = state.elapsedDays();
            stored.scheduledDays = state.scheduledDays();
            stored.learningStep = state.learningStep();
            stored.reps = state.reps();
            stored.lapses = state.lapses();
            stored.lastReview = state.lastReview();
            return stored;
        }

        public CardState toState() {
            return new CardState(due, stability, difficulty, elapsedDays, scheduledDays, learningStep, reps, lapses,
                    CardPhase.of(phase), lastReview);
        }
    }
}
