package app.yuedu.scheduling;

import app.yuedu.scheduling.core.CardPhase;
import app.yuedu.scheduling.core.CardState;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One student's card for one note and card type, with its FSRS state. Users, decks and notes are referenced by
 * id only: the queue reads cards by index and never needs their graphs. {@link #version} guards against two
 * grades of the same showing (a double click, a resent form).
 */
@Entity
public class Card extends PanacheEntity {

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "deck_id", nullable = false)
    public long deckId;

    @Column(name = "note_id", nullable = false)
    public long noteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_type", nullable = false, length = 16)
    public CardType cardType;

    /** {@link CardPhase#value()}: 0 new, 1 learning, 2 review, 3 relearning. */
    @Column(nullable = false)
    public int phase;

    @Column(nullable = false)
    public Instant due;

    @Column(nullable = false)
    public double stability;

    @Column(nullable = false)
    public double difficulty;

    @Column(name = "elapsed_days", nullable = false)
    public int elapsedDays;

    @Column(name = "scheduled_days", nullable = false)
    public int scheduledDays;

    @Column(name = "learning_step", nullable = false)
    public int learningStep;

    @Column(nullable = false)
    public int reps;

    @Column(nullable = false)
    public int lapses;

    @Column(name = "last_review")
    public Instant lastReview;

    /** Hidden from the queue until this time (a sibling or a word marked known today). */
    @Column(name = "buried_until")
    public Instant buriedUntil;

    @Version
    @Column(nullable = false)
    public long version;

    public CardState toState() {
        return new CardState(due, stability, difficulty, elapsedDays, scheduledDays, learningStep, reps, lapses,
                CardPhase.of(phase), lastReview);
    }

    public void apply(CardState state) {
        due = state.due();
        stability = state.stability();
        difficulty = state.difficulty();
        elapsedDays = state.elapsedDays();
        scheduledDays = state.scheduledDays();
        learningStep = state.learningStep();
        reps = state.reps();
        lapses = state.lapses();
        phase = state.phase().value();
        lastReview = state.lastReview();
    }
}
