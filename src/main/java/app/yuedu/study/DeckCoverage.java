package app.yuedu.study;

import app.yuedu.articles.DeckViews.DeckKnowledge;
import app.yuedu.articles.StudentKnowledge;
import app.yuedu.study.core.Coverage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A student's coverage of a deck's article, from their known words and their cards. */
@ApplicationScoped
public class DeckCoverage implements StudentKnowledge {

    @Inject
    EntityManager em;

    @Inject
    KnownWords knownWords;

    @Override
    public DeckKnowledge of(long userId, long deckId) {
        Set<String> marked = knownWords.list(userId);
        Set<String> reviewed = knownWords.knownByReview(userId);
        List<Object[]> notes = em.createQuery("""
                select n.word, n.articleCount, n.knownByDefault from Note n where n.deck.id = :d
                order by n.firstPosition, n.id""", Object[].class).setParameter("d", deckId).getResultList();
        Set<String> known = new HashSet<>();
        List<Coverage.Word> words = notes.stream().map(row -> {
            String word = (String) row[0];
            boolean isKnown = (Boolean) row[2] || marked.contains(word) || reviewed.contains(word);
            if (isKnown) {
                known.add(word);
            }
            return new Coverage.Word(word, (Integer) row[1], isKnown);
        }).toList();
        Coverage coverage = Coverage.of(words);
        return new DeckKnowledge(known, reviewed, coverage.percent(), coverage.targetPercent(),
                coverage.toReachTarget().stream().map(Coverage.Word::word).toList());
    }
}
