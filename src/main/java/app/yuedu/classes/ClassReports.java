package app.yuedu.classes;

import app.yuedu.accounts.Classes.Student;
import app.yuedu.articles.DeckViews.DeckSummary;
import app.yuedu.classes.core.StudentProgress;
import app.yuedu.classes.core.WordDifficulty;
import app.yuedu.classes.core.WordDifficulty.CardRecall;
import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.core.FsrsParameters;
import app.yuedu.scheduling.core.FsrsScheduler;
import app.yuedu.study.KnownWords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The teacher's view of a class: each student's progress on the class's decks, and each deck's words ranked by
 * how much the class struggles with them. Reads the class's cards once per deck and computes in Java.
 */
@ApplicationScoped
class ClassReports {

    /** A deck of the class with its words, hardest first. */
    record DeckReport(DeckSummary deck, List<WordDifficulty> words) {
    }

    /** The default FSRS model: retrievability depends only on stability and elapsed time, not on settings. */
    private static final FsrsScheduler SCHEDULER = new FsrsScheduler(FsrsParameters.defaults());

    @Inject
    EntityManager em;

    @Inject
    KnownWords knownWords;

    @Inject
    Clock clock;

    List<StudentProgress> progress(List<Student> students, List<DeckSummary> decks) {
        if (students.isEmpty()) {
            return List.of();
        }
        List<Long> studentIds = students.stream().map(Student::id).toList();
        List<Long> deckIds = decks.isEmpty() ? List.of(-1L) : decks.stream().map(DeckSummary::id).toList();
        Map<Long, Long> learned = new HashMap<>();
        for (Object[] row : em.createQuery("""
                select c.userId, count(c) from Card c
                where c.userId in :students and c.deckId in :decks and c.reps > 0 group by c.userId""", Object[].class)
                .setParameter("students", studentIds).setParameter("decks", deckIds).getResultList()) {
            learned.put((Long) row[0], ((Number) row[1]).longValue());
        }
        Map<Long, long[]> grades = new HashMap<>();
        for (Object[] row : em.createQuery("""
                select r.userId, count(r),
                       sum(case when r.before.phase = 2 then 1 else 0 end),
                       sum(case when r.before.phase = 2 and r.rating = 1 then 1 else 0 end)
                from ReviewLog r where r.userId in :students and r.deckId in :decks group by r.userId""",
                Object[].class).setParameter("students", studentIds).setParameter("decks", deckIds).getResultList()) {
            grades.put((Long) row[0], new long[] {((Number) row[1]).longValue(), number(row[2]), number(row[3])});
        }
        return students.stream().map(s -> {
            long[] g = grades.getOrDefault(s.id(), new long[3]);
            return new StudentProgress(s.id(), s.displayName(), learned.getOrDefault(s.id(), 0L), g[0], g[1], g[2]);
        }).toList();
    }

    List<DeckReport> words(List<Student> students, List<DeckSummary> decks) {
        Instant now = clock.instant();
        List<Long> studentIds = students.isEmpty() ? List.of(-1L) : students.stream().map(Student::id).toList();
        Map<Long, Set<String>> known = new HashMap<>();
        for (Student student : students) {
            Set<String> words = new HashSet<>(knownWords.list(student.id()));
            words.addAll(knownWords.knownByReview(student.id()));
            known.put(student.id(), words);
        }
        return decks.stream().map(deck -> {
            List<String> words = em.createQuery("""
                    select n.word from Note n where n.deck.id = :d and n.knownByDefault = false
                    order by n.firstPosition, n.id""", String.class).setParameter("d", deck.id()).getResultList();
            Map<Long, String> wordOfNote = new HashMap<>();
            for (Object[] row : em.createQuery("select n.id, n.word from Note n where n.deck.id = :d", Object[].class)
                    .setParameter("d", deck.id()).getResultList()) {
                wordOfNote.put((Long) row[0], (String) row[1]);
            }
            List<CardRecall> cards = Card.<Card>list("userId in ?1 and deckId = ?2 and reps > 0 and phase <> 0",
                    studentIds, deck.id()).stream()
                    .map(card -> new CardRecall(wordOfNote.get(card.noteId), retrievability(card, now), card.lapses))
                    .toList();
            return new DeckReport(deck, WordDifficulty.rank(words, known, cards));
        }).toList();
    }

    private static double retrievability(Card card, Instant now) {
        try {
            return SCHEDULER.retrievability(card.toState(), now);
        } catch (IllegalArgumentException noLastReview) {
            return 0;
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
