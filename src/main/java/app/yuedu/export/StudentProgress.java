package app.yuedu.export;

import app.yuedu.export.core.CardPhase;
import app.yuedu.export.core.CardTemplate;
import app.yuedu.export.core.ExportCard;
import app.yuedu.export.core.ExportReview;
import app.yuedu.export.core.FsrsMemoryState;
import app.yuedu.export.core.ReviewKind;
import app.yuedu.scheduling.CardType;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A student's cards and review history for the notes of an export, read a batch of notes at a time (as
 * projections, so nothing piles up in the persistence context), turned into the exporter's records. Cards the
 * student has not studied yet stay new in the package.
 */
final class StudentProgress {

    private final EntityManager em;
    private final long userId;
    private final Double desiredRetention;

    StudentProgress(EntityManager em, long userId, long deckId) {
        this.em = em;
        this.userId = userId;
        this.desiredRetention = em.createQuery(
                        "select s.desiredRetention from DeckSettings s where s.userId = :user and s.deckId = :deck",
                        Double.class)
                .setParameter("user", userId).setParameter("deck", deckId)
                .getResultStream().findFirst().orElse(null);
    }

    /** The studied cards of these notes, keyed by note id. */
    Map<Long, List<ExportCard>> cardsOf(Collection<Long> noteIds) {
        Map<Long, List<ExportCard>> cards = new HashMap<>();
        if (noteIds.isEmpty()) {
            return cards;
        }
        List<Object[]> rows = em.createQuery("""
                select c.id, c.noteId, c.cardType, c.phase, c.due, c.stability, c.difficulty, c.scheduledDays,
                       c.reps, c.lapses, c.lastReview
                from Card c where c.userId = :user and c.noteId in :notes and c.phase <> 0""", Object[].class)
                .setParameter("user", userId).setParameter("notes", noteIds).getResultList();
        if (rows.isEmpty()) {
            return cards;
        }
        Map<Long, List<ExportReview>> reviews = reviewsOf(rows.stream().map(row -> (Long) row[0]).toList());
        for (Object[] row : rows) {
            cards.computeIfAbsent((Long) row[1], id -> new ArrayList<>())
                    .add(card(row, reviews.getOrDefault((Long) row[0], List.of())));
        }
        return cards;
    }

    private ExportCard card(Object[] row, List<ExportReview> reviews) {
        CardPhase phase = phase((Integer) row[3]);
        double stability = (Double) row[5];
        double difficulty = (Double) row[6];
        FsrsMemoryState memory = stability > 0 && difficulty >= 1 && difficulty <= 10
                ? new FsrsMemoryState(stability, difficulty, desiredRetention, null) : null;
        boolean learning = phase == CardPhase.LEARNING || phase == CardPhase.RELEARNING;
        return new ExportCard(CardTemplate.valueOf(((CardType) row[2]).name()), phase, (Instant) row[4],
                phase == CardPhase.LEARNING ? 0 : (Integer) row[7], 0, (Integer) row[8], (Integer) row[9],
                learning ? 1 : 0, memory, (Instant) row[10], false, reviews);
    }

    private Map<Long, List<ExportReview>> reviewsOf(List<Long> cardIds) {
        List<Object[]> rows = em.createQuery("""
                select r.cardId, r.reviewedAt, r.rating, r.timeSpentMs, r.before.phase, r.before.scheduledDays,
                       r.after.phase, r.after.scheduledDays, r.after.due, r.after.difficulty
                from ReviewLog r where r.userId = :user and r.cardId in :cards
                order by r.cardId, r.reviewedAt, r.id""", Object[].class)
                .setParameter("user", userId).setParameter("cards", cardIds).getResultList();
        Map<Long, List<ExportReview>> reviews = new HashMap<>();
        for (Object[] row : rows) {
            Instant reviewedAt = (Instant) row[1];
            int before = (Integer) row[4];
            int after = (Integer) row[6];
            // A review card's interval is in days; a learning step's is the time until it is due again.
            Duration interval = after == CardPhase.REVIEW.ordinal()
                    ? Duration.ofDays((Integer) row[7])
                    : positive(Duration.between(reviewedAt, (Instant) row[8]));
            Duration lastInterval = before == CardPhase.REVIEW.ordinal()
                    ? Duration.ofDays((Integer) row[5]) : Duration.ZERO;
            double difficulty = (Double) row[9];
            reviews.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new ExportReview(reviewedAt,
                    (Integer) row[2], kind(before), interval, lastInterval, 0,
                    difficulty >= 1 && difficulty <= 10 ? difficulty : null, Duration.ofMillis((Long) row[3])));
        }
        return reviews;
    }

    /** Yuedu stores the phase as Anki numbers it: 0 new, 1 learning, 2 review, 3 relearning. */
    private static CardPhase phase(int stored) {
        return CardPhase.values()[stored];
    }

    private static ReviewKind kind(int phaseBefore) {
        return switch (phase(phaseBefore)) {
            case NEW, LEARNING -> ReviewKind.LEARNING;
            case REVIEW -> ReviewKind.REVIEW;
            case RELEARNING -> ReviewKind.RELEARNING;
        };
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
