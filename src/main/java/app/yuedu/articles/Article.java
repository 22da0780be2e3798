package app.yuedu.articles;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Optional;

/** An article as uploaded, with the metadata found by the reflow. The original text is kept verbatim. */
@Entity
public class Article extends PanacheEntity {

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 500)
    public String headline;

    @Column(length = 200)
    public String dateline;

    @Column(length = 200)
    public String byline;

    @Column(length = 500)
    public String source;

    @Column(nullable = false, length = 120)
    public String slug;

    /** SHA-256 of the normalised text, so an upload of the same article is recognised. */
    @Column(name = "content_hash", nullable = false, length = 64, unique = true)
    public String contentHash;

    @Column(name = "original_text", nullable = false, length = 1_048_576)
    public String originalText;

    @Column(name = "char_count", nullable = false)
    public int charCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Article> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }
}
