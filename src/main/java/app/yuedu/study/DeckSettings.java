package app.yuedu.study;

import app.yuedu.scheduling.CardType;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
