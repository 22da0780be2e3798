package app.yuedu.articles;

import app.yuedu.accounts.SchoolClass;
import app.yuedu.accounts.User;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A deck given to a class: its students may read the article and study the deck. */
@Entity
@Table(name = "deck_assignment")
public class DeckAssignment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deck_id")
    public Deck deck;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    public SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assigned_by")
    public User assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;
}
