package app.yuedu.scheduling.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FsrsSchedulerTest {

    private static final Instant NOW = Instant.parse("2024-03-01T08:00:00Z");
    private final FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults());

    @Test
    void newCardGoesThroughTheLearningSteps() {
        Map<Rating, CardState> preview = scheduler.preview(scheduler.newCard(NOW), NOW);
        assertEquals(Duration.ofMinutes(1), waitOf(preview.get(Rating.AGAIN)));
        // Hard is the mean of the first two steps, (1m + 10m) / 2 = 5.5m, rounded to 6m as ts-fsrs does
        assertEquals(Duration.ofMinutes(6), waitOf(preview.get(Rating.HARD)));
        assertEquals(Duration.ofMinutes(10), waitOf(preview.get(Rating.GOOD)));
        assertEquals(Duration.ofDays(8), waitOf(preview.get(Rating.EASY)), "Easy graduates: round(w3) days");
        assertEquals(CardPhase.LEARNING, preview.get(Rating.GOOD).phase());
        assertEquals(1, preview.get(Rating.GOOD).learningStep());
        assertEquals(0, preview.get(Rating.HARD).learningStep());
        assertEquals(CardPhase.REVIEW, preview.get(Rating.EASY).phase());
        preview.values().forEach(card -> assertEquals(1, card.reps()));
    }

    @Test
    void goodOnTheLastStepGraduates() {
        CardState card = scheduler.review(scheduler.newCard(NOW), Rating.GOOD, NOW).card();
        Instant tenMinutesLater = NOW.plus(Duration.ofMinutes(10));
        Map<Rating, CardState> preview = scheduler.preview(card, tenMinutesLater);
        assertEquals(Duration.ofMinutes(1), waitOf(preview.get(Rating.AGAIN), tenMinutesLater));
        assertEquals(Duration.ofMinutes(6), waitOf(preview.get(Rating.HARD), tenMinutesLater));
        assertEquals(1, preview.get(Rating.HARD).learningStep(), "Hard repeats the current step");
        assertEquals(CardPhase.REVIEW, preview.get(Rating.GOOD).phase());
        assertEquals(2, preview.get(Rating.GOOD).scheduledDays());
        assertEquals(4, preview.get(Rating.EASY).scheduledDays());
    }

    @Test
    void forgottenReviewCardRelearnsAndCountsALapse() {
        CardState review = reviewCard(20, 5, NOW.minus(Duration.ofDays(20)));
        Map<Rating, CardState> preview = scheduler.preview(review, NOW);
        CardState again = preview.get(Rating.AGAIN);
        assertEquals(CardPhase.RELEARNING, again.phase());
        assertEquals(Duration.ofMinutes(10), waitOf(again));
        assertEquals(1, again.lapses());
        assertEquals(0, preview.get(Rating.GOOD).lapses());

        Instant later = NOW.plus(Duration.ofMinutes(10));
        Map<Rating, CardState> relearning = scheduler.preview(again, later);
        // With a single step, Hard waits 1.5 times that step
        assertEquals(Duration.ofMinutes(15), waitOf(relearning.get(Rating.HARD), later));
        assertEquals(CardPhase.REVIEW, relearning.get(Rating.GOOD).phase());
    }

    @Test
    void reviewIntervalsIncreaseFromHardToEasyEvenPastTheMaximum() {
        FsrsScheduler capped = new FsrsScheduler(FsrsParameters.defaults().withMaximumInterval(30));
        Map<Rating, CardState> preview = capped.preview(reviewCard(500, 5, NOW.minus(Duration.ofDays(90))), NOW);
        assertEquals(30, preview.get(Rating.HARD).scheduledDays());
        assertEquals(31, preview.get(Rating.GOOD).scheduledDays());
        assertEquals(32, preview.get(Rating.EASY).scheduledDays());
        assertEquals(Duration.ofDays(31), waitOf(preview.get(Rating.GOOD)));
    }

    @Test
    void withoutStepsEveryAnswerSchedulesDays() {
        FsrsScheduler noSteps = new FsrsScheduler(FsrsParameters.defaults()
                .withLearningSteps(List.of()).withRelearningSteps(List.of()));
        Map<Rating, CardState> preview = noSteps.preview(noSteps.newCard(NOW), NOW);
        preview.values().forEach(card -> assertEquals(CardPhase.REVIEW, card.phase()));
        assertTrue(preview.get(Rating.AGAIN).scheduledDays() >= 1);

        FsrsScheduler longTerm = new FsrsScheduler(FsrsParameters.defaults().withShortTerm(false));
        Map<Rating, CardState> days = longTerm.preview(longTerm.newCard(NOW), NOW);
        assertEquals(1, days.get(Rating.AGAIN).scheduledDays());
        assertTrue(days.get(Rating.HARD).scheduledDays() > days.get(Rating.AGAIN).scheduledDays());
        assertTrue(days.get(Rating.GOOD).scheduledDays() > days.get(Rating.HARD).scheduledDays());
        assertTrue(days.get(Rating.EASY).scheduledDays() > days.get(Rating.GOOD).scheduledDays());
    }

    @Test
    void dayBoundaryDecidesWhatCountsAsTheSameDay() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        FsrsScheduler utc = scheduler;
        FsrsScheduler anki = new FsrsScheduler(FsrsParameters.defaults().withDayBoundary(DayBoundary.anki(shanghai)));

        // 03:30 and 05:00 in Shanghai: the same UTC day, but the 4 am rollover falls between them.
        Instant lastReview = ZonedDateTime.parse("2024-03-01T03:30:00+08:00[Asia/Shanghai]").toInstant();
        Instant now = ZonedDateTime.parse("2024-03-01T05:00:00+08:00[Asia/Shanghai]").toInstant();
        CardState card = reviewCard(10, 5, lastReview);
        ReviewOutcome utcOutcome = utc.review(card, Rating.GOOD, now);
        ReviewOutcome ankiOutcome = anki.review(card, Rating.GOOD, now);
        assertEquals(0, utcOutcome.record().elapsedDays());
        assertEquals(1, ankiOutcome.record().elapsedDays());
        assertNotEquals(utcOutcome.card().stability(), ankiOutcome.card().stability(),
                "a same-day review uses the short-term formula");

        // 07:30 and 08:30 in Shanghai straddle UTC midnight but not 4 am local time.
        Instant beforeUtcMidnight = ZonedDateTime.parse("2024-03-01T07:30:00+08:00[Asia/Shanghai]").toInstant();
        Instant afterUtcMidnight = ZonedDateTime.parse("2024-03-01T08:30:00+08:00[Asia/Shanghai]").toInstant();
        CardState other = reviewCard(10, 5, beforeUtcMidnight);
        assertEquals(1, utc.review(other, Rating.GOOD, afterUtcMidnight).record().elapsedDays());
        assertEquals(0, anki.review(other, Rating.GOOD, afterUtcMidnight).record().elapsedDays());
    }

    @Test
    void fuzzIsTheSameForTheSameReviewAndStaysInItsRange() {
        FsrsParameters fuzzed = FsrsParameters.defaults().withFuzz(true);
        CardState card = reviewCard(30, 5, NOW.minus(Duration.ofDays(30)));
        int unfuzzed = scheduler.review(card, Rating.GOOD, NOW).card().scheduledDays();
        int[] range = IntervalFuzz.range(unfuzzed, 30, 36500);

        CardState once = new FsrsScheduler(fuzzed).review(card, Rating.GOOD, NOW).card();
        CardState again = new FsrsScheduler(fuzzed).review(card, Rating.GOOD, NOW).card();
        assertEquals(once, again);

        Set<Integer> seen = new HashSet<>();
        FsrsScheduler scheduler = new FsrsScheduler(fuzzed);
        for (int minute = 0; minute < 200; minute++) {
            Instant time = NOW.plus(Duration.ofMinutes(minute));
            int days = scheduler.review(card, Rating.GOOD, time).card().scheduledDays();
            assertTrue(days >= range[0] && days <= range[1], days + " outside " + range[0] + ".." + range[1]);
            seen.add(days);
        }
        assertEquals(range[1] - range[0] + 1, seen.size(), "every day of the range is used");
    }

    @Test
    void cardsScheduledInDaysAreDueFromTheStartOfTheirStudyDay() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        FsrsScheduler anki = new FsrsScheduler(FsrsParameters.defaults().withDayBoundary(DayBoundary.anki(shanghai)));
        Instant evening = ZonedDateTime.parse("2024-03-01T21:00:00+08:00[Asia/Shanghai]").toInstant();
        CardState card = reviewCard(1, 5, evening);
        assertEquals(evening.plus(Duration.ofDays(1)), card.due());
        Instant nextDay = ZonedDateTime.parse("2024-03-02T04:00:00+08:00[Asia/Shanghai]").toInstant();
        assertTrue(anki.isDue(card, nextDay));
        assertFalse(anki.isDue(card, nextDay.minus(Duration.ofMinutes(1))), "03:59 still belongs to March 1");

        CardState learning = anki.review(anki.newCard(evening), Rating.GOOD, evening).card();
        assertFalse(anki.isDue(learning, evening.plus(Duration.ofMinutes(9))));
        assertTrue(anki.isDue(learning, evening.plus(Duration.ofMinutes(10))));
        assertTrue(anki.isDue(anki.newCard(evening), evening));
    }

    @Test
    void retrievabilityCountsWholeDaysSinceTheLastReview() {
        assertEquals(0, scheduler.retrievability(scheduler.newCard(NOW), NOW));
        CardState card = reviewCard(5, 5, NOW);
        assertEquals(1.0, scheduler.retrievability(card, NOW.plus(Duration.ofHours(23))));
        assertEquals(0.9, scheduler.retrievability(card, NOW.plus(Duration.ofDays(5))), 1e-8);
        assertEquals(0.84588465, scheduler.retrievability(card, NOW.plus(Duration.ofDays(10))));
    }

    @Test
    void rollbackRestoresTheCardBeforeTheReview() {
        CardState fresh = scheduler.newCard(NOW);
        ReviewOutcome first = scheduler.review(fresh, Rating.GOOD, NOW);
        assertEquals(fresh, scheduler.rollback(first.card(), first.record()));

        CardState review = reviewCard(20, 5, NOW.minus(Duration.ofDays(20)));
        ReviewOutcome lapse = scheduler.review(review, Rating.AGAIN, NOW);
        CardState restored = scheduler.rollback(lapse.card(), lapse.record());
        assertEquals(review.stability(), restored.stability());
        assertEquals(review.difficulty(), restored.difficulty());
        assertEquals(review.phase(), restored.phase());
        assertEquals(review.reps(), restored.reps());
        assertEquals(review.lapses(), restored.lapses());
        assertEquals(review.lastReview(), restored.lastReview());
        assertEquals(review.scheduledDays(), restored.scheduledDays());
    }

    @Test
    void reviewTimesAreKeptToTheMillisecond() {
        Instant precise = Instant.parse("2024-03-01T08:00:00.123456789Z");
        CardState card = scheduler.review(scheduler.newCard(precise), Rating.AGAIN, precise).card();
        assertEquals(Instant.parse("2024-03-01T08:01:00.123Z"), card.due());
        assertNull(scheduler.newCard(precise).lastReview());
    }

    @Test
    void reviewBeforeTheLastReviewDayIsRejected() {
        CardState card = reviewCard(5, 5, NOW);
        assertThrows(IllegalArgumentException.class,
                () -> scheduler.review(card, Rating.GOOD, NOW.minus(Duration.ofDays(2))));
    }

    private static CardState reviewCard(double stability, double difficulty, Instant lastReview) {
        int days = (int) Math.round(stability);
        return new CardState(lastReview.plus(Duration.ofDays(days)), stability, difficulty, 0, days, 0, 5, 0,
                CardPhase.REVIEW, lastReview);
    }

    private static Duration waitOf(CardState card) {
        return waitOf(card, NOW);
    }

    private static Duration waitOf(CardState card, Instant from) {
        return Duration.between(from, card.due());
    }
}
