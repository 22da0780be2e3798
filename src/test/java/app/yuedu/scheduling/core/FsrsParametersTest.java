package app.yuedu.scheduling.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FsrsParametersTest {

    @Test
    void defaultsAreThoseOfTsFsrs() {
        FsrsParameters defaults = FsrsParameters.defaults();
        assertArrayEquals(new double[] {
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
            0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
        }, defaults.weights());
        assertEquals(0.9, defaults.desiredRetention());
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), defaults.learningSteps());
        assertEquals(List.of(Duration.ofMinutes(10)), defaults.relearningSteps());
        assertEquals(36500, defaults.maximumInterval());
        assertFalse(defaults.enableFuzz());
        assertTrue(defaults.enableShortTerm());
        assertEquals(DayBoundary.UTC_MIDNIGHT, defaults.dayBoundary());
        assertArrayEquals(defaults.weights(), defaults.clampedWeights());
    }

    @Test
    void weightsOutsideTheirBoundsAreClamped() {
        double[] w = FsrsParameters.defaultWeights();
        w[0] = -1;
        w[4] = 20;
        w[17] = 2.5;
        w[19] = 0;
        w[20] = 0.05;
        double[] clamped = FsrsParameters.defaults().withWeights(w).clampedWeights();
        assertEquals(0.001, clamped[0]);
        assertEquals(10, clamped[4]);
        assertEquals(2.0, clamped[17]);
        assertEquals(0.01, clamped[19]);
        assertEquals(0.1, clamped[20]);
        assertEquals(-1, FsrsParameters.defaults().withWeights(w).weights()[0], "the given weights are kept");
        assertEquals(0.0, FsrsParameters.defaults().withWeights(w).withShortTerm(false).clampedWeights()[19]);
    }

    @Test
    void severalRelearningStepsCapTheShortTermWeights() {
        double[] w = FsrsParameters.defaultWeights();
        w[17] = 1.9;
        w[18] = 1.9;
        FsrsParameters oneStep = FsrsParameters.defaults().withWeights(w);
        assertEquals(1.9, oneStep.clampedWeights()[17]);
        List<Duration> twoSteps = List.of(Duration.ofMinutes(10), Duration.ofHours(1));
        double[] capped = oneStep.withRelearningSteps(twoSteps).clampedWeights();
        // sqrt(-(ln w11 + ln(2^w13 - 1) + 0.3 w14) / 2) with the default w11, w13, w14, as in ts-fsrs
        assertEquals(0.60045935, capped[17]);
        assertEquals(0.60045935, capped[18]);

        w[11] = 3;
        w[13] = 0.5;
        w[14] = 3;
        double[] floor = oneStep.withWeights(w).withRelearningSteps(twoSteps).clampedWeights();
        assertEquals(0.01, floor[17], "a negative bound is raised to the floor");
    }

    @Test
    void rejectsWhatFsrsCannotUse() {
        FsrsParameters defaults = FsrsParameters.defaults();
        assertThrows(IllegalArgumentException.class, () -> defaults.withWeights(new double[19]));
        double[] nan = FsrsParameters.defaultWeights();
        nan[3] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> defaults.withWeights(nan));
        assertThrows(IllegalArgumentException.class, () -> defaults.withDesiredRetention(0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withDesiredRetention(1.01));
        assertThrows(IllegalArgumentException.class, () -> defaults.withMaximumInterval(0));
        assertThrows(IllegalArgumentException.class,
                () -> defaults.withLearningSteps(List.of(Duration.ofSeconds(90))));
    }

    @Test
    void weightsCannotBeChangedFromOutside() {
        double[] w = FsrsParameters.defaultWeights();
        FsrsParameters parameters = FsrsParameters.defaults().withWeights(w);
        w[0] = 99;
        parameters.weights()[1] = 99;
        assertEquals(FsrsParameters.defaults(), parameters);
    }
}
