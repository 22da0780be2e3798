package app.yuedu.study;

import app.yuedu.accounts.CurrentUser;
import app.yuedu.accounts.UserProfile;
import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.ReviewLog;
import app.yuedu.scheduling.core.CardState;
import app.yuedu.scheduling.core.FsrsScheduler;
import app.yuedu.scheduling.core.Rating;
import app.yuedu.scheduling.core.ReviewOutcome;
import app.yuedu.study.core.ShownState;
import app.yuedu.study.core.StudyDay;
import app.yuedu.web.DatabaseErrors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Records grades in the review log and applies them to cards; undoes the last one. A grade names the card and
 * the version it was shown at: a second grade of the same showing (double click, resent form) finds a newer
 * version and records nothing, and two racing ones are told apart by the card's optimistic lock.
 */
@ApplicationScoped
public class ReviewRecorder {

    private static final Logger LOG = Logger.getLogger(ReviewRecorder.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    KnownWords knownWords;

    @Inject
    DeckStudy study;

    @Inject
    OneStatementGrade oneStatement;

    /**
     * Grades a card shown at {@code version}; returns false when that showing was already graded. The settings
     * and the card are read in one statement; when that finds nothing, the deck or the card is not the student's,
     * and the 404 says which. On PostgreSQL the grade is then written in one statement ({@link OneStatementGrade});
     * elsewhere through the entities, in a transaction.
     *
     * @throws OptimisticLockException when another request changed the card between its read and the write
     */
    public boolean grade(UserProfile user, long deckId, long cardId, long version, Rating rating, long timeSpentMs) {
        Optional<DeckStudy.GradeContext> context = oneStatement.available()
                ? study.gradeSnapshot(user, deckId, cardId) : Optional.empty();
        return grade(user, context, deckId, cardId, version, rating, timeSpentMs);
    }

    /**
     * {@link #grade(UserProfile, long, long, long, Rating, long)} for the session's user, whose profile the read of
     * card and settings confirms ({@link CurrentUser#confirming}): on PostgreSQL a grade costs no query of its own
     * for the session.
     */
    public boolean grade(CurrentUser session, long deckId, long cardId, long version, Rating rating,
                         long timeSpentMs) {
        return grade(session, deckId, cardId, version, rating, timeSpentMs, Optional.empty());
    }

    /**
     * {@link #grade(CurrentUser, long, long, long, Rating, long)} with the state the page showed the card in: on
     * PostgreSQL the grade is worked out from it and written in one statement that applies only where that state, the
     * retention, the profile and the deck's access all still hold ({@link OneStatementGrade#recordShown}), with no
     * read before. When it writes nothing (a form graded already, outdated or forged), the grade goes the ordinary
     * way, from the stored card.
     */
    public boolean grade(CurrentUser session, long deckId, long cardId, long version, Rating rating,
                         long timeSpentMs, Optional<ShownState> shown) {
        if (shown.isPresent() && oneStatement.available() && session.confirming(
                user -> recordShown(user, deckId, cardId, version, shown.get(), rating, timeSpentMs),
                Boolean::booleanValue)) {
            return true;
        }
        Optional<DeckStudy.GradeContext> context = oneStatement.available()
                ? session.confirming(user -> study.gradeSnapshot(user, deckId, cardId),
                        found -> found.map(DeckStudy.GradeContext::profileAgrees).orElse(false))
                : Optional.empty();
        return grade(session.profile(), context, deckId, cardId, version, rating, timeSpentMs);
    }

    private boolean grade(UserProfile user, Optional<DeckStudy.GradeContext> context, long deckId, long cardId,
                          long version, Rating rating, long timeSpentMs) {
        // Nothing found: the entity path says which of deck or card is missing (404), or starts the deck.
        if (context.isEmpty()) {
            return QuarkusTransaction.joiningExisting().call(
                    () -> gradeWithEntities(user, deckId, cardId, version, rating, timeSpentMs));
        }
        Card card = context.get().card();
        DeckSettings settings = context.get().settings();
        if (isGradedAlready(user, card, version)) {
            return false;
        }
        ReviewLog log = logEntry(user, settings, card.id, card.toState(), rating, timeSpentMs);
        if (!oneStatement.record(log, version)) {
            if (!oneStatement.cardExists(cardId)) {
                throw cardRemoved(cardId);
            }
            LOG.infof("Grade of card %d by user %d not recorded: a concurrent request changed the card first"
                    + " (version %d no longer current)", cardId, user.id(), version);
            throw new OptimisticLockException("Card " + cardId + " changed since version " + version);
        }
        return true;
    }

    private boolean recordShown(UserProfile user, long deckId, long cardId, long version, ShownState shown,
                                Rating rating, long timeSpentMs) {
        DeckSettings settings = new DeckSettings();
        settings.userId = user.id();
        settings.deckId = deckId;
        settings.desiredRetention = shown.desiredRetention();
        ReviewLog log;
        try {
            log = logEntry(user, settings, cardId, shown.state(), rating, timeSpentMs);
        } catch (BadRequestException lastReviewAfterNow) {
            // Said, if it is so, by the ordinary way, from the stored card.
            return false;
        }
        return oneStatement.recordShown(log, version, user, study.accessKnown(user, deckId));
    }

    private boolean gradeWithEntities(UserProfile user, long deckId, long cardId, long version, Rating rating,
                                      long timeSpentMs) {
        Optional<DeckStudy.GradeContext> context = study.gradeContext(user, deckId, cardId);
        if (context.isEmpty()) {
            DeckSettings settings = study.context(user, deckId).settings();
            return grade(user, settings, ownCard(user.id(), deckId, cardId), version, rating, timeSpentMs);
        }
        return grade(user, context.get().settings(), context.get().card(), version, rating, timeSpentMs);
    }

    /** Grades a card shown at {@code version}; returns false when that showing was already graded. */
    @Transactional
    public boolean grade(UserProfile user, DeckSettings settings, long cardId, long version, Rating rating, long timeSpentMs) {
        return grade(user, settings, ownCard(user.id(), settings.deckId, cardId), version, rating, timeSpentMs);
    }

    private boolean grade(UserProfile user, DeckSettings settings, Card card, long version, Rating rating,
                          long timeSpentMs) {
        long cardId = card.id;
        if (isGradedAlready(user, card, version)) {
            return false;
        }
        ReviewLog log = logEntry(user, settings, card.id, card.toState(), rating, timeSpentMs);
        em.persist(log);
        card.apply(log.after.toState());
        card.buriedUntil = null;
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            LOG.infof("Grade of card %d by user %d not recorded: a concurrent request changed the card first"
                    + " (optimistic lock at version %d)", cardId, user.id(), version);
            throw e;
        } catch (PersistenceException e) {
            if (DatabaseErrors.isMissingParent(e)) {
                // Deleted (with its deck or note) after it was read above: the review has no card to belong to.
                throw cardRemoved(cardId);
            }
            throw e;
        }
        return true;
    }

    private static boolean isGradedAlready(UserProfile user, Card card, long version) {
        if (card.version == version) {
            return false;
        }
        LOG.infof("Grade of card %d by user %d not recorded: the showing at version %d was graded already"
                + " (card at version %d)", card.id, user.id(), version, card.version);
        return true;
    }

    /** The review log entry of this grade of a card in state {@code before}, with its state after it. */
    private ReviewLog logEntry(UserProfile user, DeckSettings settings, long cardId, CardState before, Rating rating,
                               long timeSpentMs) {
        FsrsScheduler scheduler = DeckStudy.scheduler(user, settings);
        Instant now = clock.instant();
        ReviewOutcome outcome;
        try {
            outcome = scheduler.review(before, rating, now);
        } catch (IllegalArgumentException reviewedInTheFuture) {
            throw new BadRequestException("This card's last review is dated after now, so it cannot be graded yet. "
                    + "If the server clock was changed, wait until that time has passed.");
        }
        ReviewLog log = new ReviewLog();
        log.userId = user.id();
        log.deckId = settings.deckId;
        log.cardId = cardId;
        log.rating = rating.value();
        log.reviewedAt = outcome.record().reviewedAt();
        log.elapsedDays = outcome.record().elapsedDays();
        log.timeSpentMs = Math.max(0, Math.min(timeSpentMs, 3_600_000L));
        log.desiredRetention = settings.desiredRetention;
        log.before = ReviewLog.StoredState.of(before);
        log.after = ReviewLog.StoredState.of(outcome.card());
        return log;
    }

    private static NotFoundException cardRemoved(long cardId) {
        return new NotFoundException("The card " + cardId + " was removed from this deck while you studied "
                + "it, so this answer was not recorded. The next card is waiting.");
    }

    /** The last review of the deck by the user, the one undo would remove. */
    public Optional<ReviewLog> lastReview(long userId, long deckId) {
        return em.createQuery("""
                from ReviewLog r where r.userId = :u and r.deckId = :d order by r.reviewedAt desc, r.id desc""",
                ReviewLog.class).setParameter("u", userId).setParameter("d", deckId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * Removes the last review if it is {@code reviewId} and puts its card back as it was before; returns false
     * if that review is no longer the last (already undone), so a resent undo form undoes only once.
     */
    @Transactional
    public boolean undo(long userId, long deckId, long reviewId) {
        Optional<ReviewLog> last = lastReview(userId, deckId);
        if (last.isEmpty() || last.get().id != reviewId) {
            LOG.infof("Undo of review %d by user %d ignored: it is no longer the last review", reviewId, userId);
            return false;
        }
        ReviewLog log = last.get();
        Card card = ownCard(userId, deckId, log.cardId);
        card.apply(log.before.toState());
        card.buriedUntil = null;
        log.delete();
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            LOG.infof("Undo of review %d by user %d not done: a concurrent request changed card %d first"
                    + " (optimistic lock)", reviewId, userId, log.cardId);
            throw e;
        }
        return true;
    }

    /**
     * "I know this word": marks the card's word known and buries the student's cards of that word until the next
     * study day.
     */
    @Transactional
    public String markKnown(UserProfile user, DeckSettings settings, long cardId, StudyDay day) {
        Card card = ownCard(user.id(), settings.deckId, cardId);
        String word = em.createQuery("select n.word from Note n where n.id = :id", String.class)
                .setParameter("id", card.noteId).getSingleResult();
        knownWords.mark(user.id(), word, KnownWord.Source.MANUAL);
        em.createQuery("""
                update Card c set c.buriedUntil = :until, c.version = c.version + 1
                where c.userId = :u and c.noteId in (select n.id from Note n where n.word = :w)""")
                .setParameter("until", day.end()).setParameter("u", user.id()).setParameter("w", word).executeUpdate();
        return word;
    }

    /** The card's review log, oldest first. */
    public List<ReviewLog> history(long cardId) {
        return em.createQuery("from ReviewLog r where r.cardId = :c order by r.reviewedAt, r.id", ReviewLog.class)
                .setParameter("c", cardId).getResultList();
    }

    /** The user's card in the deck; someone else's card, or one of another deck, does not exist for them. */
    Card ownCard(long userId, long deckId, long cardId) {
        Card card = em.find(Card.class, cardId);
        if (card == null || card.userId != userId || card.deckId != deckId) {
            throw new NotFoundException("There is no card " + cardId + " in your study of this deck.");
        }
        return card;
    }
}
