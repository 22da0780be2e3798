package app.yuedu.articles;

import app.yuedu.articles.DeckViews.DeckSummary;
import app.yuedu.articles.DeckViews.NoteOrder;
import app.yuedu.articles.DeckViews.NoteRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads decks and their notes as view records, each page in a fixed, small number of queries. */
@ApplicationScoped
public class DeckQueries {

    @Inject
    EntityManager em;

    /** Every deck, for admins. */
    public List<DeckSummary> listDecks() {
        List<Object[]> rows = em.createQuery(SUMMARY + " order by d.createdAt desc, d.id desc", Object[].class)
                .getResultList();
        return rows.stream().map(DeckQueries::summary).toList();
    }

    /** The decks a (non-admin) user may see; see {@link DeckAccess}. */
    public List<DeckSummary> listDecksVisibleTo(long userId) {
        return em.createQuery(SUMMARY + " where " + DeckAccess.VISIBLE + " order by d.createdAt desc, d.id desc",
                Object[].class).setParameter("user", userId).getResultList().stream().map(DeckQueries::summary)
                .toList();
    }

    /** The decks assigned to a class, newest assignment first. */
    public List<DeckSummary> listDecksOfClass(long classId) {
        return em.createQuery(SUMMARY + """
                 join DeckAssignment da on da.deck = d where da.schoolClass.id = :c
                order by da.assignedAt desc, d.id desc""", Object[].class).setParameter("c", classId)
                .getResultList().stream().map(DeckQueries::summary).toList();
    }

    private static final String SUMMARY = """
            select d.id, d.name, a.id, a.title, a.byline, d.createdAt,
                   (select count(n) from Note n where n.deck = d),
                   (select count(n) from Note n where n.deck = d and n.knownByDefault = false)
            from Deck d join d.article a""";

    public Optional<DeckSummary> findDeck(long deckId) {
        return em.createQuery("""
                select d.id, d.name, a.id, a.title, a.byline, d.createdAt,
                       (select count(n) from Note n where n.deck = d),
                       (select count(n) from Note n where n.deck = d and n.knownByDefault = false)
                from Deck d join d.article a where d.id = :id""", Object[].class)
                .setParameter("id", deckId).getResultStream().findFirst().map(DeckQueries::summary);
    }

    public List<NoteRow> listNotes(long deckId, NoteOrder order) {
        List<Object[]> rows = em.createQuery("""
                select n.id, n.word, n.traditional, n.pinyin, n.glosses, n.classifiers, n.charHint, n.inDictionary,
                       n.properNoun, n.knownByDefault, n.hskLevel, n.frequencyRank, n.articleCount,
                       s.id, s.position, s.text
                from Note n join n.exampleSentence s where n.deck.id = :deck""" + " order by " + order.jpql,
                Object[].class).setParameter("deck", deckId).getResultList();
        return rows.stream().map(DeckQueries::noteRow).toList();
    }

    /** Ids of the sentences each note of the deck occurs in, keyed by note id. */
    public Map<Long, List<Long>> sentenceIdsByNote(long deckId) {
        List<Object[]> rows = em.createQuery("""
                select n.id, s.id from Note n join n.sentences s where n.deck.id = :deck order by n.id, s.position""",
                Object[].class).setParameter("deck", deckId).getResultList();
        Map<Long, List<Long>> result = new HashMap<>();
        for (Object[] row : rows) {
            result.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>()).add((Long) row[1]);
        }
        return result;
    }

    /** The deck mined from an article (the first one, if an article ever has several). */
    public Optional<Long> deckOfArticle(long articleId) {
        return em.createQuery("select d.id from Deck d where d.article.id = :a order by d.id", Long.class)
                .setParameter("a", articleId).setMaxResults(1).getResultStream().findFirst();
    }

    private static DeckSummary summary(Object[] row) {
        return new DeckSummary((Long) row[0], (String) row[1], (Long) row[2], (String) row[3], (String) row[4],
                ((Number) row[6]).longValue(), ((Number) row[7]).longValue(), (Instant) row[5]);
    }

    private static NoteRow noteRow(Object[] row) {
        String word = (String) row[1];
        String sentence = (String) row[15];
        int at = sentence.indexOf(word);
        String before = at < 0 ? sentence : sentence.substring(0, at);
        String after = at < 0 ? "" : sentence.substring(at + word.length());
        return new NoteRow((Long) row[0], word, (String) row[2], (String) row[3], lines((String) row[4]),
                lines((String) row[5]), (String) row[6], (Boolean) row[7], (Boolean) row[8], (Boolean) row[9],
                (Integer) row[10], (Integer) row[11], (Integer) row[12], (Long) row[13], (Integer) row[14],
                before, at < 0 ? "" : after);
    }

    static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
