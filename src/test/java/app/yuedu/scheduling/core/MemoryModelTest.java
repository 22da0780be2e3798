package app.yuedu.scheduling.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The FSRS-6 formulas, checked against values worked out by hand or printed by ts-fsrs 5.4.2. */
class MemoryModelTest {

    private final MemoryModel model = new MemoryModel(FsrsParameters.defaults());

    @Test
    void recallFallsToNinetyPercentAfterStabilityDays() {
        for (double stability : new double[] {0.5, 2.3065, 5, 100, 3650}) {
            assertEquals(0.9, model.retrievability(stability, stability), 1e-8);
        }
        assertEquals(1.0, model.retrievability(0, 5));
        // ts-fsrs forgetting_curve(default_w, 10, 5)
        assertEquals(0.84588465, model.retrievability(10, 5));
    }

    @Test
    void decayIsTheTwentiethWeight() {
        double[] w = FsrsParameters.defaultWeights();
        w[20] = 0.5;
        MemoryModel fsrs5Decay = new MemoryModel(FsrsParameters.defaults().withWeights(w));
        // decay 0.5: factor = 0.9^-2 - 1 = 19/81, R = (1 + 19/81 * 10/5)^-0.5
        assertEquals(Math.pow(1 + 19.0 / 81 * 2, -0.5), fsrs5Decay.retrievability(10, 5), 1e-8);
        assertEquals(0.82502865, fsrs5Decay.retrievability(10, 5));
        assertEquals(0.9, fsrs5Decay.retrievability(7, 7), 1e-8);
    }

    @Test
    void everyValueIsRoundedToEightDecimals() {
        MemoryState memory = model.initial(Rating.GOOD);
        for (int i = 0; i < 20; i++) {
            memory = model.next(memory, i % 3 == 0 ? 0 : i * 3, Rating.values()[i % 4]);
            assertEightDecimals(memory.stability());
            assertEightDecimals(memory.difficulty());
            assertEightDecimals(model.retrievability(i * 1.5, memory.stability()));
        }
    }

    private static void assertEightDecimals(double value) {
        double scaled = value * 1e8;
        assertEquals(Math.rint(scaled), scaled, 1e-6, value + " has more than 8 decimals");
    }

    @Test
    void firstAnswerSetsStabilityFromTheFirstFourWeights() {
        double[] w = FsrsParameters.defaultWeights();
        for (Rating rating : Rating.values()) {
            assertEquals(w[rating.value() - 1], model.initial(rating).stability());
        }
        // D0(G) = w4 - e^((G-1) * w5) + 1, clamped to [1, 10]; values as printed by ts-fsrs
        assertEquals(6.4133, model.initial(Rating.AGAIN).difficulty());
        assertEquals(5.11217071, model.initial(Rating.HARD).difficulty());
        assertEquals(2.11810397, model.initial(Rating.GOOD).difficulty());
        assertEquals(1.0, model.initial(Rating.EASY).difficulty());
    }

    @Test
    void passedSameDayReviewNeverLowersStability() {
        MemoryState learned = model.initial(Rating.GOOD);
        // 2.3065^-w19 * e^(w17 * w18) < 1, so the increase is masked to 1 for Good
        assertEquals(2.3065, model.next(learned, 0, Rating.GOOD).stability());
        assertTrue(model.next(learned, 0, Rating.EASY).stability() > 2.3065);
        // Again on the same day: 0.77508398 in ts-fsrs
        assertEquals(0.77508398, model.next(learned, 0, Rating.AGAIN).stability());
    }

    @Test
    void withoutShortTermSameDayReviewsUseTheLongTermFormulas() {
        MemoryModel longTerm = new MemoryModel(FsrsParameters.defaults().withShortTerm(false));
        MemoryState learned = longTerm.initial(Rating.GOOD);
        // R = 1 on the day of the last review, so a recall adds nothing
        assertEquals(learned.stability(), longTerm.next(learned, 0, Rating.GOOD).stability());
        assertNotEquals(model.next(learned, 0, Rating.EASY).stability(),
                longTerm.next(learned, 0, Rating.EASY).stability());
    }

    @Test
    void lapseNeverRaisesStability() {
        MemoryState memory = new MemoryState(40, 5);
        for (int days : new int[] {1, 10, 40, 400}) {
            assertTrue(model.next(memory, days, Rating.AGAIN).stability() < 40);
        }
        assertTrue(model.next(memory, 40, Rating.AGAIN).difficulty() > 5);
        assertTrue(model.next(memory, 40, Rating.EASY).difficulty() < 5);
    }

    @Test
    void intervalReachesDesiredRetention() {
        assertEquals(1.0, model.intervalModifier());
        assertEquals(3.3159598,
                new MemoryModel(FsrsParameters.defaults().withDesiredRetention(0.8)).intervalModifier());
        assertEquals(8, model.interval(8.2956));
        assertEquals(1, model.interval(0.2));
        assertEquals(30, new MemoryModel(FsrsParameters.defaults().withMaximumInterval(30)).interval(500));
    }

    @Test
    void rejectsImpossibleInput() {
        assertThrows(IllegalArgumentException.class, () -> model.next(new MemoryState(5, 5), -1, Rating.GOOD));
        assertThrows(IllegalArgumentException.class, () -> model.next(new MemoryState(5, 0.5), 1, Rating.GOOD));
    }
}
