package app.yuedu.articles;

import app.yuedu.accounts.User;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** The study deck mined from one article. */
@Entity
public class Deck extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(nullable = false, length = 500)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The teacher or admin who uploaded the article; null for seed decks. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    public User uploadedBy;

    /**
     * Whether every signed-in user may study the deck: true only for the seed articles the application mines at
     * start-up. Set when the deck is stored, never changed (a cached deck header may rely on it).
     */
    @Column(name = "open_to_all", nullable = false)
    public boolean openToAll;
}
