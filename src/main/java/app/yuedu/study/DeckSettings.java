package app.yuedu.study;

import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.CardType;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One student's settings for one deck. Settings are per student and deck, not per deck: a deck is shared by a
 * class, and each student studies at their own pace. The row is created, with the defaults below, the first time
 * the student studies the deck.
 */
@Entity
@Table(name = "deck_settings")
// The study queue's one statement (DeckStudy.queueSql): the head cards as entities, then the counts and head ids.
@SqlResultSetMapping(name = DeckStudy.QUEUE_WITH_CARDS, entities = @EntityResult(entityClass = Card.class),
        columns = {
                @ColumnResult(name = "q_learning", type = Long.class),
                @ColumnResult(name = "q_learning_now", type = Long.class),
                @ColumnResult(name = "q_learning_ahead", type = Long.class),
                @ColumnResult(name = "q_reviews", type = Long.class),
                @ColumnResult(name = "q_review_head", type = Long.class),
                @ColumnResult(name = "q_new", type = Long.class),
                @ColumnResult(name = "q_new_head", type = Long.class),
                @ColumnResult(name = "q_introduced", type = Long.class),
                @ColumnResult(name = "q_reviewed", type = Long.class),
                @ColumnResult(name = "q_last_review", type = Long.class)})
// The study page's one statement (DeckStudy.openSql): the head card's columns, the deck, access and these settings
// (from DeckStudy.OPEN_SETTINGS_COLUMN), then the queue's columns as above (from DeckStudy.OPEN_QUEUE_COLUMN).
@SqlResultSetMapping(name = DeckStudy.OPEN_WITH_CARDS,
        columns = {
                @ColumnResult(name = "h_id", type = Long.class),
                @ColumnResult(name = "h_note", type = Long.class),
                @ColumnResult(name = "h_type", type = Integer.class),
                @ColumnResult(name = "h_phase", type = Integer.class),
                @ColumnResult(name = "h_due", type = Instant.class),
                @ColumnResult(name = "h_stability", type = Double.class),
                @ColumnResult(name = "h_difficulty", type = Double.class),
                @ColumnResult(name = "h_elapsed", type = Integer.class),
                @ColumnResult(name = "h_scheduled", type = Integer.class),
                @ColumnResult(name = "h_step", type = Integer.class),
                @ColumnResult(name = "h_reps", type = Integer.class),
                @ColumnResult(name = "h_lapses", type = Integer.class),
                @ColumnResult(name = "h_last_review", type = Instant.class),
                @ColumnResult(name = "h_buried", type = Instant.class),
                @ColumnResult(name = "h_version", type = Long.class),
                @ColumnResult(name = "x_deck", type = Long.class),
                @ColumnResult(name = "x_visible", type = Boolean.class),
                @ColumnResult(name = "x_settings", type = Long.class),
                @ColumnResult(name = "x_retention", type = Double.class),
                @ColumnResult(name = "x_new_per_day", type = Integer.class),
                @ColumnResult(name = "x_reviews_per_day", type = Integer.class),
                @ColumnResult(name = "x_order", type = Integer.class),
                @ColumnResult(name = "x_recognition", type = Boolean.class),
                @ColumnResult(name = "x_recall", type = Boolean.class),
                @ColumnResult(name = "x_cloze", type = Boolean.class),
                @ColumnResult(name = "q_learning", type = Long.class),
                @ColumnResult(name = "q_learning_now", type = Long.class),
                @ColumnResult(name = "q_learning_ahead", type = Long.class),
                @ColumnResult(name = "q_reviews", type = Long.class),
                @ColumnResult(name = "q_review_head", type = Long.class),
                @ColumnResult(name = "q_new", type = Long.class),
                @ColumnResult(name = "q_new_head", type = Long.class),
                @ColumnResult(name = "q_introduced", type = Long.class),
                @ColumnResult(name = "q_reviewed", type = Long.class),
                @ColumnResult(name = "q_last_review", type = Long.class)})
public class DeckSettings extends PanacheEntity {

    public static final double DEFAULT_RETENTION = 0.9;
    public static final int DEFAULT_NEW_PER_DAY = 20;
    public static final int DEFAULT_REVIEWS_PER_DAY = 200;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "deck_id", nullable = false)
    public long deckId;

    @Column(name = "desired_retention", nullable = false)
    public double desiredRetention = DEFAULT_RETENTION;

    @Column(name = "new_per_day", nullable = false)
    public int newPerDay = DEFAULT_NEW_PER_DAY;

    @Column(name = "reviews_per_day", nullable = false)
    public int reviewsPerDay = DEFAULT_REVIEWS_PER_DAY;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_card_order", nullable = false, length = 16)
    public NewCardOrder newCardOrder = NewCardOrder.ARTICLE;

    @Column(nullable = false)
    public boolean recognition = true;

    @Column(nullable = false)
    public boolean recall = true;

    @Column(nullable = false)
    public boolean cloze = false;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public List<CardType> enabledTypes() {
        List<CardType> types = new ArrayList<>();
        if (recognition) {
            types.add(CardType.RECOGNITION);
        }
        if (recall) {
            types.add(CardType.RECALL);
        }
        if (cloze) {
            types.add(CardType.CLOZE);
        }
        return types;
    }
}
