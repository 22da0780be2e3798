package app.yuedu.articles;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.List;

/** One body sentence of an article, with its word tokens encoded by {@code SentenceTokens}. */
@Entity
public class Sentence extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    /** Reading order within the article, from 0. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public int paragraph;

    @Column(nullable = false, length = 20_000)
    public String text;

    /** Character offsets where clauses start, comma separated ("0" for a short sentence). */
    @Column(name = "clause_starts", nullable = false, length = 2000)
    public String clauseStarts;

    @Column(nullable = false, length = 200_000)
    public String tokens;

    public static List<Sentence> listByArticle(long articleId) {
        return list("article.id = ?1 order by position", articleId);
    }
}
