package app.yuedu.study;

import app.yuedu.accounts.User;
import app.yuedu.accounts.UserProfile;
import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.ReviewLog;
import app.yuedu.scheduling.core.FsrsParameters;
import app.yuedu.scheduling.core.FsrsScheduler;
import app.yuedu.scheduling.core.ReviewReplay;
import app.yuedu.scheduling.core.ReviewReplay.LoggedReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every stored card against a replay of its review log ({@link ReviewReplay}): the proof that no grade
 * was lost, recorded twice or applied to a card without being logged, whichever instance recorded it. Run by
 * the command line's {@code verify-cards} (see {@code YueduMain}). Cards are read a page at a time, in id
 * order, so the check runs in bounded memory however many cards there are.
 */
@ApplicationScoped
public class CardAudit {

    private static final int PAGE = 500;

    @Inject
    EntityManager em;

    /** A card whose state or log does not agree with the replay. */
    public record Mismatch(long cardId, long userId, long deckId, List<String> problems) {}

    /** The cards checked, the reviews replayed, and every card that failed. */
    public record Report(long cards, long reviews, List<Mismatch> mismatches) {}

    /** Checks every card of every student. */
    @ActivateRequestContext
    public Report auditAll() {
        return audit(Optional.empty());
    }

    /** Checks the cards of one student. */
    @ActivateRequestContext
    public Report auditUser(long userId) {
        return audit(Optional.of(userId));
    }

    private Report audit(Optional<Long> userId) {
        Map<Long, ReviewReplay> replays = new HashMap<>();
        List<Mismatch> mismatches = new ArrayList<>();
        long cards = 0;
        long reviews = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            TypedQuery<Card> query = em.createQuery("from Card c where c.id > :after"
                    + (userId.isPresent() ? " and c.userId = :u" : "") + " order by c.id", Card.class)
                    .setParameter("after", after).setMaxResults(PAGE);
            userId.ifPresent(id -> query.setParameter("u", id));
            List<Card> page = query.getResultList();
            if (page.isEmpty()) {
                break;
            }
            Map<Long, List<LoggedReview>> logs = logsOf(page.get(0).id, page.get(page.size() - 1).id, userId);
            for (Card card : page) {
                List<LoggedReview> log = logs.getOrDefault(card.id, List.of());
                ReviewReplay replay = replays.computeIfAbsent(card.userId, this::replayFor);
                List<String> problems = replay.check(card.toState(), log);
                if (!problems.isEmpty()) {
                    mismatches.add(new Mismatch(card.id, card.userId, card.deckId, problems));
                }
                reviews += log.size();
            }
            cards += page.size();
            after = page.get(page.size() - 1).id;
            em.clear();
        }
        return new Report(cards, reviews, mismatches);
    }

    /** The review logs of the cards with ids in [first, last], each oldest first, as undo and replay order them. */
    private Map<Long, List<LoggedReview>> logsOf(long first, long last, Optional<Long> userId) {
        Map<Long, List<LoggedReview>> logs = new HashMap<>();
        TypedQuery<ReviewLog> query = em.createQuery("from ReviewLog r where r.cardId between :first and :last"
                        + (userId.isPresent() ? " and r.userId = :u" : "") + " order by r.cardId, r.reviewedAt, r.id",
                        ReviewLog.class)
                .setParameter("first", first).setParameter("last", last);
        userId.ifPresent(id -> query.setParameter("u", id));
        query.getResultStream().forEach(r -> logs.computeIfAbsent(r.cardId, id -> new ArrayList<>()).add(
                        new LoggedReview(r.id, r.ratingEnum(), r.reviewedAt, r.desiredRetention, r.before.toState(),
                                r.after.toState())));
        return logs;
    }

    /** The student's scheduler (time zone, fuzz) for any desired retention, as the review was made with. */
    private ReviewReplay replayFor(long userId) {
        UserProfile user = UserProfile.of(em.find(User.class, userId));
        FsrsParameters base = DeckStudy.scheduler(user, new DeckSettings()).parameters();
        Map<Double, FsrsScheduler> byRetention = new HashMap<>();
        return new ReviewReplay(retention -> byRetention.computeIfAbsent(retention,
                r -> new FsrsScheduler(base.withDesiredRetention(r))));
    }
}
