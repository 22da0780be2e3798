package app.yuedu.study;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A word a student already knows: never introduced to them as a new card. */
@Entity
@Table(name = "known_word")
public class KnownWord extends PanacheEntity {

    /** Why the word counts as known. */
    public enum Source {
        /** The student said so ("I know this word"). */
        MANUAL,
        /** Marked with every word up to an HSK level. */
        HSK,
        /** Its cards reached a long stability. */
        STABILITY
    }

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(nullable = false, length = 100)
    public String word;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Source source;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
