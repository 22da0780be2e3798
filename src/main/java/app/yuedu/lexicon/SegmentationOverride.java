package app.yuedu.lexicon;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A correction of the word segmenter, kept as data: JOIN keeps {@link #word} whole, SPLIT breaks it into the
 * space-separated parts of {@link #splitAs}. The scope is "global" for now; classes get their own scopes later.
 */
@Entity
@Table(name = "segmentation_override")
public class SegmentationOverride extends PanacheEntity {

    public enum Action { JOIN, SPLIT }

    public static final String GLOBAL_SCOPE = "global";

    @Column(name = "scope_key", nullable = false, length = 64)
    public String scopeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Action action;

    @Column(nullable = false, length = 100)
    public String word;

    @Column(name = "split_as", length = 200)
    public String splitAs;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<SegmentationOverride> listByScope(String scopeKey) {
        return list("scopeKey", scopeKey);
    }
}
