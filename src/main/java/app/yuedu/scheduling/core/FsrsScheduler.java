package app.yuedu.scheduling.core;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Schedules flashcard reviews with FSRS-6, exactly as the npm package ts-fsrs 5.4.2 (the scheduler of modern
 * Anki's algorithm in TypeScript) does: the same states, stabilities, difficulties and due times for the same
 * reviews, fuzz included. {@code FsrsEquivalenceTest} replays tens of thousands of ts-fsrs reviews to hold it so.
 *
 * <p>How a card moves:
 *
 * <ul>
 *   <li>A new card enters the learning steps (1m, 10m by default): Again goes back to the first step, Hard
 *       repeats the current one with the mean of the first two steps (6m), Good moves to the next step and, after
 *       the last, graduates to a review interval in days; Easy graduates at once.
 *   <li>A review card answered Again lapses into the relearning steps (10m); Hard, Good and Easy get intervals
 *       from the memory model, kept strictly increasing (Good at least Hard + 1 day, Easy at least Good + 1 day,
 *       even past the maximum interval), fuzzed if enabled.
 *   <li>Without steps, or with the short-term model off, every answer schedules whole days.
 * </ul>
 *
 * <p>Days elapsed since the last review are counted in study days of the parameters' {@link DayBoundary}; due
 * times are the review time plus whole minutes or whole 24-hour days. Review times are truncated to
 * milliseconds, the precision ts-fsrs and the database keep.
 *
 * <p>Immutable and thread-safe; one instance per parameter set (per deck).
 */
public final class FsrsScheduler {

    private static final int MINUTES_PER_DAY = 1440;

    private final FsrsParameters parameters;
    private final MemoryModel model;

    public FsrsScheduler(FsrsParameters parameters) {
        this.parameters = parameters;
        this.model = new MemoryModel(parameters);
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /** The memory model behind this scheduler. */
    public MemoryModel model() {
        return model;
    }

    /** A card never reviewed, due at once. */
    public CardState newCard(Instant now) {
        return CardState.newCard(now.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Answers a card.
     *
     * @throws IllegalArgumentException if {@code now} lies on a study day before the card's last review
     */
    public ReviewOutcome review(CardState card, Rating rating, Instant now) {
        return outcomes(card, now).get(rating);
    }

    /** What each of the four answers would do, for the labels on the answer buttons. */
    public Map<Rating, CardState> preview(CardState card, Instant now) {
        Map<Rating, CardState> cards = new EnumMap<>(Rating.class);
        outcomes(card, now).forEach((rating, outcome) -> cards.put(rating, outcome.card()));
        return Collections.unmodifiableMap(cards);
    }

    /** The outcome of each of the four answers. */
    public Map<Rating, ReviewOutcome> outcomes(CardState card, Instant now) {
        Review review = new Review(card, now.truncatedTo(ChronoUnit.MILLIS));
        Map<Rating, CardState> next = parameters.enableShortTerm() ? withSteps(review) : daysOnly(review);
        Map<Rating, ReviewOutcome> outcomes = new EnumMap<>(Rating.class);
        next.forEach((rating, nextCard) -> outcomes.put(rating, new ReviewOutcome(nextCard, review.record(rating))));
        return Collections.unmodifiableMap(outcomes);
    }

    /**
     * Whether the card should be shown at {@code now}. Cards in minute-long (re)learning steps, and new cards,
     * are due from their exact due time; cards scheduled in days are due from the start of the study day their
     * due time falls on, as in Anki, so a card answered in the evening is not held back until evening.
     */
    public boolean isDue(CardState card, Instant now) {
        if (card.scheduledDays() == 0) {
            return !now.isBefore(card.due());
        }
        DayBoundary boundary = parameters.dayBoundary();
        return !boundary.dayOf(card.due()).isAfter(boundary.dayOf(now));
    }

    /**
     * The probability that the card is recalled at {@code now}, 0 for a new card. As in ts-fsrs's {@code
     * get_retrievability}, time since the last review counts in whole 24-hour periods.
     */
    public double retrievability(CardState card, Instant now) {
        if (card.phase() == CardPhase.NEW) {
            return 0;
        }
        if (card.lastReview() == null) {
            throw new IllegalArgumentException("A reviewed card needs its last review time");
        }
        long days = Math.floorDiv(
                now.toEpochMilli() - card.lastReview().toEpochMilli(), Duration.ofDays(1).toMillis());
        return model.retrievability(Math.max(days, 0), FsrsParameters.roundTo8(card.stability()));
    }

    /**
     * Undoes a review: the card as it was before {@code record}, given the card after it. As in ts-fsrs, the
     * due time of a card that had been reviewed before comes back as the review's time, since the record does
     * not keep the old due time.
     */
    public CardState rollback(CardState card, ReviewRecord record) {
        boolean wasNew = record.phase() == CardPhase.NEW;
        int lapses = card.lapses()
                - (record.rating() == Rating.AGAIN && record.phase() == CardPhase.REVIEW ? 1 : 0);
        return new CardState(
                wasNew ? record.due() : record.reviewedAt(),
                record.stability(),
                record.difficulty(),
                record.lastElapsedDays(),
                record.scheduledDays(),
                record.learningStep(),
                Math.max(0, card.reps() - 1),
                wasNew ? 0 : Math.max(0, lapses),
                record.phase(),
                wasNew ? null : record.due());
    }

    /** ts-fsrs's BasicScheduler: learning and relearning steps, short-term memory. */
    private Map<Rating, CardState> withSteps(Review review) {
        Map<Rating, CardState> next = new EnumMap<>(Rating.class);
        CardPhase phase = review.card.phase();
        if (phase == CardPhase.REVIEW) {
            CardState hard = review.nextMemory(Rating.HARD);
            CardState good = review.nextMemory(Rating.GOOD);
            CardState easy = review.nextMemory(Rating.EASY);
            int hardDays = review.interval(hard.stability());
            int goodDays = review.interval(good.stability());
            hardDays = Math.min(hardDays, goodDays);
            goodDays = Math.max(goodDays, hardDays + 1);
            int easyDays = Math.max(review.interval(easy.stability()), goodDays + 1);
            next.put(Rating.AGAIN, afterSteps(review, review.nextMemory(Rating.AGAIN), Rating.AGAIN,
                    CardPhase.RELEARNING).withLapse());
            next.put(Rating.HARD, review.inDays(hard, hardDays));
            next.put(Rating.GOOD, review.inDays(good, goodDays));
            next.put(Rating.EASY, review.inDays(easy, easyDays));
        } else {
            CardPhase stepPhase = phase == CardPhase.NEW ? CardPhase.LEARNING : phase;
            for (Rating rating : Rating.values()) {
                next.put(rating, afterSteps(review, review.nextMemory(rating), rating, stepPhase));
            }
        }
        return next;
    }

    /** ts-fsrs's LongTermScheduler: every answer, even on the same day, schedules whole days. */
    private Map<Rating, CardState> daysOnly(Review review) {
        Map<Rating, CardState> next = new EnumMap<>(Rating.class);
        CardState again = review.nextMemory(Rating.AGAIN);
        CardState hard = review.nextMemory(Rating.HARD);
        CardState good = review.nextMemory(Rating.GOOD);
        CardState easy = review.nextMemory(Rating.EASY);
        int againDays = review.interval(again.stability());
        int hardDays = review.interval(hard.stability());
        int goodDays = review.interval(good.stability());
        int easyDays = review.interval(easy.stability());
        againDays = Math.min(againDays, hardDays);
        hardDays = Math.max(hardDays, againDays + 1);
        goodDays = Math.max(goodDays, hardDays + 1);
        easyDays = Math.max(easyDays, goodDays + 1);
        CardState lapsed = review.inDays(again, againDays);
        next.put(Rating.AGAIN, review.card.phase() == CardPhase.NEW ? lapsed : lapsed.withLapse());
        next.put(Rating.HARD, review.inDays(hard, hardDays));
        next.put(Rating.GOOD, review.inDays(good, goodDays));
        next.put(Rating.EASY, review.inDays(easy, easyDays));
        return next;
    }

    /** Applies the (re)learning steps to an answer, as ts-fsrs's BasicLearningStepsStrategy. */
    private CardState afterSteps(Review review, CardState next, Rating rating, CardPhase stepPhase) {
        Step step = step(review.card.phase(), review.card.learningStep(), rating);
        long minutes = step.minutes();
        if (minutes > 0 && minutes < MINUTES_PER_DAY) {
            return next.scheduled(stepPhase, review.time.plus(minutes, ChronoUnit.MINUTES), 0, step.next());
        }
        if (minutes >= MINUTES_PER_DAY) {
            return next.scheduled(CardPhase.REVIEW, review.time.plus(minutes, ChronoUnit.MINUTES),
                    (int) (minutes / MINUTES_PER_DAY), step.next());
        }
        return review.inDays(next, review.interval(next.stability()));
    }

    private record Step(long minutes, int next) {
        static final Step NONE = new Step(0, 0);
    }

    /** The step an answer leads to; {@link Step#NONE} when it leaves the steps for a review interval. */
    private Step step(CardPhase phase, int current, Rating rating) {
        boolean relearning = phase == CardPhase.RELEARNING || phase == CardPhase.REVIEW;
        List<Duration> steps = relearning ? parameters.relearningSteps() : parameters.learningSteps();
        int count = steps.size();
        if (count == 0 || current >= count) {
            return Step.NONE;
        }
        long first = steps.get(0).toMinutes();
        if (phase == CardPhase.REVIEW) {
            return rating == Rating.AGAIN ? new Step(steps.get(current).toMinutes(), 0) : Step.NONE;
        }
        switch (rating) {
            case AGAIN:
                return new Step(first, 0);
            case HARD:
                long hard = count == 1
                        ? Math.round(first * 1.5)
                        : Math.round((first + steps.get(1).toMinutes()) / 2.0);
                return new Step(hard, current);
            case GOOD:
                if (current + 1 < count && steps.get(current + 1).toMinutes() != 0) {
                    return new Step(steps.get(current + 1).toMinutes(), current + 1);
                }
                return Step.NONE;
            default:
                return Step.NONE;
        }
    }

    /** One review being scheduled: the card, the time, the elapsed days and the fuzz draw. */
    private final class Review {
        final CardState card;
        final Instant time;
        final int elapsedDays;
        /** The card as every outcome starts from: one more review, reviewed now. */
        final CardState current;
        final double fuzzFactor;

        Review(CardState card, Instant time) {
            this.card = card;
            this.time = time;
            int elapsed = 0;
            if (card.phase() != CardPhase.NEW && card.lastReview() != null) {
                elapsed = parameters.dayBoundary().daysBetween(card.lastReview(), time);
                if (elapsed < 0) {
                    throw new IllegalArgumentException(
                            "Review at " + time + " is on a day before the last review " + card.lastReview());
                }
            }
            this.elapsedDays = elapsed;
            boolean longTermNew = !parameters.enableShortTerm() && card.phase() == CardPhase.NEW;
            this.current = new CardState(card.due(), card.stability(), card.difficulty(), longTermNew ? 0 : elapsed,
                    longTermNew ? 0 : card.scheduledDays(), card.learningStep(), card.reps() + 1, card.lapses(),
                    card.phase(), time);
            this.fuzzFactor = parameters.enableFuzz()
                    ? IntervalFuzz.factor(IntervalFuzz.seed(
                            time.toEpochMilli(), current.reps(), card.difficulty(), card.stability()))
                    : Double.NaN;
        }

        CardState nextMemory(Rating rating) {
            return current.with(model.next(current.memory(), elapsedDays, rating));
        }

        int interval(double stability) {
            int days = model.interval(stability);
            return parameters.enableFuzz()
                    ? IntervalFuzz.apply(days, elapsedDays, parameters.maximumInterval(), fuzzFactor)
                    : days;
        }

        CardState inDays(CardState next, int days) {
            return next.scheduled(CardPhase.REVIEW, time.plus(days, ChronoUnit.DAYS), days, 0);
        }

        ReviewRecord record(Rating rating) {
            return new ReviewRecord(rating, card.phase(), card.lastReview() != null ? card.lastReview() : card.due(),
                    card.stability(), card.difficulty(), elapsedDays, card.elapsedDays(), current.scheduledDays(),
                    card.learningStep(), time);
        }
    }
}
