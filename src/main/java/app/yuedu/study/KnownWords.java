package app.yuedu.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words each student knows. A known word is never introduced as a new card; its existing cards keep their
 * schedule. Marking is idempotent: a word already known keeps its first source.
 */
@ApplicationScoped
public class KnownWords {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StudyConfig config;

    /** Marks a word known; returns false if it already was. */
    @Transactional
    public boolean mark(long userId, String word, KnownWord.Source source) {
        return markAll(userId, List.of(word), source) == 1;
    }

    /** Marks every word known (e.g. all words up to an HSK level); returns how many were new to the set. */
    @Transactional
    public int markAll(long userId, Collection<String> words, KnownWord.Source source) {
        Set<String> known = list(userId);
        int added = 0;
        for (String word : new LinkedHashSet<>(words)) {
            if (word == null || word.isBlank() || known.contains(word)) {
                continue;
            }
            KnownWord row = new KnownWord();
            row.userId = userId;
            row.word = word;
            row.source = source;
            row.createdAt = clock.instant();
            em.persist(row);
            added++;
        }
        return added;
    }

    /** Forgets that a word is known; returns false if it was not. */
    @Transactional
    public boolean unmark(long userId, String word) {
        return KnownWord.delete("userId = ?1 and word = ?2", userId, word) > 0;
    }

    public boolean isKnown(long userId, String word) {
        return KnownWord.count("userId = ?1 and word = ?2", userId, word) > 0;
    }

    /** The user's known words. */
    public Set<String> list(long userId) {
        return new HashSet<>(em.createQuery("select k.word from KnownWord k where k.userId = :u", String.class)
                .setParameter("u", userId).getResultList());
    }

    /**
     * The words the user knows from reviewing: some card of theirs for the word, in any deck, has a stability
     * above {@link StudyConfig#knownStabilityDays()}. Derived on each call rather than stored, so a word that
     * lapses below the threshold stops counting.
     */
    public Set<String> knownByReview(long userId) {
        return new HashSet<>(em.createQuery("""
                select distinct n.word from Card c, Note n
                where n.id = c.noteId and c.userId = :u and c.reps > 0 and c.stability > :s""", String.class)
                .setParameter("u", userId).setParameter("s", config.knownStabilityDays()).getResultList());
    }

    /** The user's known words with their source and date, alphabetically. */
    public List<KnownWord> entries(long userId) {
        return KnownWord.list("userId = ?1 order by word", userId);
    }
}
