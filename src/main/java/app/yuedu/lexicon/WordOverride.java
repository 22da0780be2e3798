package app.yuedu.lexicon;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A correction of one mined word within a scope (a class: "class:&lt;id&gt;"): the word is dropped from the
 * vocabulary, or gets another gloss or reading. Used again for every later article of the scope.
 */
@Entity
@Table(name = "word_override")
public class WordOverride extends PanacheEntity {

    @Column(name = "scope_key", nullable = false, length = 64)
    public String scopeKey;

    @Column(nullable = false, length = 100)
    public String word;

    @Column(nullable = false)
    public boolean dropped;

    /** The gloss to show instead of the dictionary's, or null. */
    @Column(length = 2000)
    public String gloss;

    /** Numbered pinyin to use instead of the resolved reading, or null. */
    @Column(length = 400)
    public String pinyin;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<WordOverride> listByScope(String scopeKey) {
        return list("scopeKey", scopeKey);
    }

    public static Optional<WordOverride> find(String scopeKey, String word) {
        return find("scopeKey = ?1 and word = ?2", scopeKey, word).firstResultOptional();
    }
}
