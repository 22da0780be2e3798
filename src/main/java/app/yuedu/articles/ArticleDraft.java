package app.yuedu.articles;

import app.yuedu.accounts.SchoolClass;
import app.yuedu.accounts.User;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An uploaded article waiting to be published. It lives in the database so that any instance can mine it (see
 * {@link DraftMiner}), show its preview or publish it.
 */
@Entity
@Table(name = "article_draft")
public class ArticleDraft extends PanacheEntity {

    public enum Status {
        /** Waiting for a miner. */
        PENDING,
        /** Claimed by a miner at {@link #claimedAt}. */
        MINING,
        /** Mined: the preview and the draft words are stored. */
        READY,
        /** Could not be mined; {@link #error} says why. */
        FAILED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    public User owner;

    /** The class whose corrections apply while mining; publishing may assign the deck to more classes. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    public SchoolClass schoolClass;

    @Column(length = 500)
    public String title;

    @Column(length = 500)
    public String source;

    @Column(name = "file_name", length = 255)
    public String fileName;

    @Column(nullable = false, length = 1048576)
    public String text;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Status status;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(length = 2000)
    public String error;

    @Column(name = "mined_title", length = 500)
    public String minedTitle;

    @Column(name = "sentence_count")
    public Integer sentenceCount;

    /** The first sentences of the reflowed article, one per line. */
    @Column(length = 200000)
    public String preview;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
