package app.yuedu.study;

import app.yuedu.accounts.User;
import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.CardType;
import app.yuedu.scheduling.core.CardPhase;
import app.yuedu.scheduling.core.CardState;
import app.yuedu.scheduling.core.DayBoundary;
import app.yuedu.scheduling.core.FsrsParameters;
import app.yuedu.scheduling.core.FsrsScheduler;
import app.yuedu.study.core.StudyDay;
import app.yuedu.study.core.StudyQueue;
import app.yuedu.study.core.StudyQueue.Candidate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A student's study of one deck: their settings and cards (created the first time they study it), the scheduler
 * for them, and the queue of what to show next. Every queue query reads the index (user, deck, phase, due).
 */
@ApplicationScoped
public class DeckStudy {

    /** A learning card due within this window is shown rather than ending the session, as in Anki. */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);
    /**
     * Due reviews read per request, earliest due first, among which the least retrievable is shown: the default
     * daily review limit. Ordering every due card by retrievability would read all of them on every card; a
     * backlog larger than this is worked through by due date, each window by retrievability.
     */
    static final int REVIEW_WINDOW = 200;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StudyConfig config;

    /** The queue at one moment. */
    public record Queue(Optional<Candidate> next, StudyQueue.Counts counts, StudyDay day) {}

    /** The student's settings for the deck; the first call creates them and the student's cards. */
    @Transactional
    public DeckSettings start(long userId, long deckId) {
        Optional<DeckSettings> existing = DeckSettings.find("userId = ?1 and deckId = ?2", userId, deckId)
                .firstResultOptional();
        if (existing.isPresent()) {
            return existing.get();
        }
        DeckSettings settings = new DeckSettings();
        settings.userId = userId;
        settings.deckId = deckId;
        settings.createdAt = clock.instant();
        settings.persist();
        createCards(userId, deckId, settings.enabledTypes());
        return settings;
    }

    /** Creates the missing cards of the given types for every learnable note of the deck. */
    @Transactional
    public int createCards(long userId, long deckId, List<CardType> types) {
        Set<String> existing = new HashSet<>();
        for (Object[] row : em.createQuery("select c.noteId, c.cardType from Card c where c.userId = :u and c.deckId = :d",
                Object[].class).setParameter("u", userId).setParameter("d", deckId).getResultList()) {
            existing.add(row[0] + ":" + row[1]);
        }
        List<Long> notes = em.createQuery("""
                select n.id from Note n where n.deck.id = :d and n.knownByDefault = false
                order by n.firstPosition, n.id""", Long.class).setParameter("d", deckId).getResultList();
        Instant now = clock.instant();
        int created = 0;
        for (Long noteId : notes) {
            for (CardType type : types) {
                if (existing.contains(noteId + ":" + type)) {
                    continue;
                }
                Card card = new Card();
                card.userId = userId;
                card.deckId = deckId;
                card.noteId = noteId;
                card.cardType = type;
                card.apply(CardState.newCard(now));
                em.persist(card);
                created++;
            }
        }
        return created;
    }

    /** The scheduler for this student and deck: FSRS-6 defaults, fuzz on, days rolling over at 4 am locally. */
    public static FsrsScheduler scheduler(User user, DeckSettings settings) {
        return new FsrsScheduler(FsrsParameters.defaults().withFuzz(true)
                .withDayBoundary(DayBoundary.anki(zoneOf(user)))
                .withDesiredRetention(settings.desiredRetention));
    }

    static ZoneId zoneOf(User user) {
        try {
            return ZoneId.of(user.timeZone);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** What to show now and how much is left today. */
    public Queue queue(User user, DeckSettings settings) {
        Instant now = clock.instant();
        FsrsScheduler scheduler = scheduler(user, settings);
        StudyDay day = StudyDay.of(scheduler.parameters().dayBoundary(), now);
        long userId = user.id;
        long deckId = settings.deckId;
        List<CardType> types = settings.enabledTypes();
        if (types.isEmpty()) {
            return new Queue(Optional.empty(), new StudyQueue.Counts(0, 0, 0), day);
        }

        List<Candidate> learning = em.createQuery("""
                select c.id, c.due from Card c
                where c.userId = :u and c.deckId = :d and c.phase in (1, 3) and c.due <= :ahead
                  and c.cardType in :types and (c.buriedUntil is null or c.buriedUntil <= :now)
                order by c.due, c.id""", Object[].class)
                .setParameter("u", userId).setParameter("d", deckId).setParameter("ahead", now.plus(LEARN_AHEAD))
                .setParameter("types", types).setParameter("now", now)
                .getResultStream().map(row -> new Candidate((Long) row[0], (Instant) row[1], 0)).toList();

        int[] today = reviewsToday(userId, deckId, day);
        int introducedToday = today[0];
        int reviewedToday = today[1];
        int newLeft = Math.max(0, settings.newPerDay - introducedToday);
        int reviewsLeft = Math.max(0, settings.reviewsPerDay - reviewedToday);

        List<Candidate> reviews = reviewsLeft == 0 ? List.of() : em.createQuery("""
                select c.id, c.due, c.stability, c.difficulty, c.lastReview, c.scheduledDays from Card c
                where c.userId = :u and c.deckId = :d and c.phase = 2 and c.due < :dayEnd
                  and c.cardType in :types and (c.buriedUntil is null or c.buriedUntil <= :now)
                order by c.due, c.id""", Object[].class)
                .setParameter("u", userId).setParameter("d", deckId).setParameter("dayEnd", day.end())
                .setParameter("types", types).setParameter("now", now).setMaxResults(REVIEW_WINDOW)
                .getResultStream().map(row -> {
                    Instant due = (Instant) row[1];
                    CardState state = new CardState(due, (Double) row[2], (Double) row[3], 0, (Integer) row[5], 0, 1,
                            0, CardPhase.REVIEW, (Instant) row[4]);
                    return new Candidate((Long) row[0], due, scheduler.retrievability(state, now));
                }).toList();
        long reviewsDue = reviews.size() < REVIEW_WINDOW ? reviews.size() : countReviewsDue(userId, deckId, types, day, now);

        List<Candidate> newCards = List.of();
        long newAvailable = 0;
        if (newLeft > 0) {
            newCards = newCardsQuery("c.id, c.due", settings, types, day, now, Object[].class)
                    .setMaxResults(1).getResultStream()
                    .map(row -> new Candidate((Long) row[0], (Instant) row[1], 0)).toList();
            newAvailable = newCards.isEmpty() ? 0
                    : newCardsQuery("count(c)", settings, types, day, now, Long.class).getSingleResult();
        }
        StudyQueue.Snapshot snapshot = new StudyQueue.Snapshot(learning, reviews, newCards, newLeft, reviewsLeft, now);
        StudyQueue.Counts counts = StudyQueue.counts(learning.size(), (int) Math.min(reviewsDue, Integer.MAX_VALUE),
                (int) Math.min(newAvailable, Integer.MAX_VALUE), newLeft, reviewsLeft);
        return new Queue(StudyQueue.next(snapshot), counts, day);
    }

    /**
     * New cards that may be introduced today, in the deck's order: not buried, their word not known to the
     * student (marked known, or reviewed to a long stability in any deck), and no sibling (another card of the same note) reviewed today, so a note's cards come on different
     * days.
     */
    private <T> jakarta.persistence.TypedQuery<T> newCardsQuery(String select, DeckSettings settings,
                                                              List<CardType> types, StudyDay day, Instant now,
                                                              Class<T> type) {
        boolean count = type == Long.class;
        String query = "select " + select + """
                 from Card c join Note n on n.id = c.noteId
                where c.userId = :u and c.deckId = :d and c.phase = 0
                  and c.cardType in :types and (c.buriedUntil is null or c.buriedUntil <= :now)
                  and not exists (select 1 from KnownWord k where k.userId = :u and k.word = n.word)
                  and not exists (select 1 from Card w, Note wn where wn.id = w.noteId and w.userId = :u
                                  and wn.word = n.word and w.reps > 0 and w.stability > :stable)
                  and not exists (select 1 from Card s where s.userId = :u and s.noteId = c.noteId and s.id <> c.id
                                  and s.lastReview >= :dayStart)""" + (count ? "" : " order by " + settings.newCardOrder.jpql + ", c.id");
        return em.createQuery(query, type).setParameter("u", settings.userId).setParameter("d", settings.deckId)
                .setParameter("types", types).setParameter("now", now).setParameter("dayStart", day.start())
                .setParameter("stable", config.knownStabilityDays());
    }

    private long countReviewsDue(long userId, long deckId, List<CardType> types, StudyDay day, Instant now) {
        return em.createQuery("""
                select count(c) from Card c
                where c.userId = :u and c.deckId = :d and c.phase = 2 and c.due < :dayEnd
                  and c.cardType in :types and (c.buriedUntil is null or c.buriedUntil <= :now)""",
                Long.class).setParameter("u", userId).setParameter("d", deckId).setParameter("dayEnd", day.end())
                .setParameter("types", types).setParameter("now", now).getSingleResult();
    }

    /** Today's reviews of the deck: of new cards (cards introduced today) and of review cards. */
    private int[] reviewsToday(long userId, long deckId, StudyDay day) {
        Object[] row = em.createQuery("""
                select sum(case when r.before.phase = 0 then 1 else 0 end),
                       sum(case when r.before.phase = 2 then 1 else 0 end)
                from ReviewLog r where r.userId = :u and r.deckId = :d and r.reviewedAt >= :start""", Object[].class)
                .setParameter("u", userId).setParameter("d", deckId).setParameter("start", day.start())
                .getSingleResult();
        return new int[] {row[0] == null ? 0 : ((Number) row[0]).intValue(),
                row[1] == null ? 0 : ((Number) row[1]).intValue()};
    }

    /** When the next card of the deck becomes due after today's session: a learning card, a review, or a new day. */
    public Optional<Instant> nextDue(User user, DeckSettings settings, StudyDay day) {
        Instant learning = em.createQuery("""
                select min(c.due) from Card c where c.userId = :u and c.deckId = :d and c.phase in (1, 3)""",
                Instant.class).setParameter("u", user.id).setParameter("d", settings.deckId).getSingleResult();
        Instant review = em.createQuery("""
                select min(c.due) from Card c where c.userId = :u and c.deckId = :d and c.phase = 2""",
                Instant.class).setParameter("u", user.id).setParameter("d", settings.deckId).getSingleResult();
        if (review != null) {
            StudyDay reviewDay = StudyDay.of(scheduler(user, settings).parameters().dayBoundary(), review);
            review = reviewDay.start().isBefore(day.end()) ? day.end() : reviewDay.start();
        }
        long newCards = em.createQuery("""
                select count(c) from Card c where c.userId = :u and c.deckId = :d and c.phase = 0""", Long.class)
                .setParameter("u", user.id).setParameter("d", settings.deckId).getSingleResult();
        Instant newDay = newCards > 0 ? day.end() : null;
        return java.util.stream.Stream.of(learning, review, newDay).filter(java.util.Objects::nonNull)
                .min(Instant::compareTo);
    }

    /** Saves the student's settings for the deck and creates the cards of newly enabled types. */
    @Transactional
    public void saveSettings(long userId, long deckId, StudySettingsForm form) {
        DeckSettings settings = start(userId, deckId);
        form.applyTo(settings);
        createCards(userId, deckId, settings.enabledTypes());
    }
}
