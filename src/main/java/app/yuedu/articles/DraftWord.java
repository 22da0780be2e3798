package app.yuedu.articles;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One mined word of a draft, as mined before the class's word corrections. */
@Entity
@Table(name = "draft_word")
public class DraftWord extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id")
    public ArticleDraft draft;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 100)
    public String word;

    @Column(nullable = false, length = 400)
    public String pinyin;

    @Column(nullable = false, length = 8000)
    public String gloss;

    @Column(name = "hsk_level", nullable = false)
    public int hskLevel;

    @Column(name = "frequency_rank", nullable = false)
    public int frequencyRank;

    @Column(name = "article_count", nullable = false)
    public int articleCount;

    @Column(name = "known_by_default", nullable = false)
    public boolean knownByDefault;
}
