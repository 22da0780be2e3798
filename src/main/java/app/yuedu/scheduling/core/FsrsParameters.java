package app.yuedu.scheduling.core;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Everything that tunes the FSRS-6 scheduler, with the defaults of ts-fsrs 5.4.2 (and of modern Anki).
 *
 * <p>Weights outside FSRS's bounds are accepted and clamped when used ({@link #clampedWeights()}), as ts-fsrs
 * does, so that parameters trained elsewhere never break scheduling. Use the {@code with…} methods to change
 * one setting: {@code FsrsParameters.defaults().withFuzz(true).withDayBoundary(DayBoundary.anki(zone))}.
 *
 * @param weights the 21 FSRS-6 weights w[0]..w[20]; w[20] is the decay of the forgetting curve
 * @param desiredRetention the probability of recall at which a review card falls due, in (0, 1]; per deck
 * @param learningSteps the waits between the first reviews of a new card; whole minutes; may be empty
 * @param relearningSteps the waits between reviews after a lapse; whole minutes; may be empty
 * @param maximumInterval the longest interval in days that FSRS proposes (Hard, Good and Easy are still kept
 *     one day apart, so Good and Easy can exceed it by a day or two)
 * @param enableFuzz whether to spread review intervals of 3 days and more by a few percent, deterministically
 *     per card and review, so that cards learned together do not stay together
 * @param enableShortTerm whether same-day reviews change stability (FSRS's short-term model, w[17..19]) and
 *     learning steps apply; without it every answer schedules whole days
 * @param dayBoundary when a study day starts; elapsed days are counted in these days
 */
public record FsrsParameters(
        double[] weights,
        double desiredRetention,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        int maximumInterval,
        boolean enableFuzz,
        boolean enableShortTerm,
        DayBoundary dayBoundary) {

    /** Number of weights of FSRS-6. */
    public static final int WEIGHT_COUNT = 21;

    private static final double[] DEFAULT_WEIGHTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
        0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
    };

    static final double S_MIN = 0.001;
    static final double S_MAX = 36500.0;
    private static final double INIT_S_MAX = 100.0;
    private static final double W17_W18_CEILING = 2.0;

    public FsrsParameters {
        if (weights == null || weights.length != WEIGHT_COUNT) {
            throw new IllegalArgumentException("FSRS-6 needs exactly " + WEIGHT_COUNT + " weights");
        }
        weights = weights.clone();
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("Weights must be finite: " + Arrays.toString(weights));
            }
        }
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("Desired retention must be in (0, 1], not " + desiredRetention);
        }
        learningSteps = checkedSteps(learningSteps);
        relearningSteps = checkedSteps(relearningSteps);
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("The maximum interval is at least 1 day, not " + maximumInterval);
        }
        if (dayBoundary == null) {
            throw new IllegalArgumentException("A day boundary is required");
        }
    }

    /**
     * The defaults of ts-fsrs 5.4.2: default weights, 90 % retention, learning steps 1m 10m, relearning step
     * 10m, maximum interval 36,500 days, no fuzz, short-term model on, days starting at midnight UTC.
     */
    public static FsrsParameters defaults() {
        return new FsrsParameters(
                DEFAULT_WEIGHTS,
                0.9,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)),
                36500,
                false,
                true,
                DayBoundary.UTC_MIDNIGHT);
    }

    /** The 21 default FSRS-6 weights. */
    public static double[] defaultWeights() {
        return DEFAULT_WEIGHTS.clone();
    }

    /** The weights as given, unclamped; a copy. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The weights the scheduler uses: each clamped into FSRS's bounds, as ts-fsrs's {@code clipParameters}
     * does. With more than one relearning step, w[17] and w[18] are further capped so that the short-term
     * boosts of all relearning steps together cannot raise stability after a lapse above its value before.
     */
    public double[] clampedWeights() {
        double[][] bounds = bounds();
        double[] clamped = new double[WEIGHT_COUNT];
        for (int i = 0; i < WEIGHT_COUNT; i++) {
            clamped[i] = clamp(weights[i], bounds[i][0], bounds[i][1]);
        }
        return clamped;
    }

    private double[][] bounds() {
        double[][] bounds = {
            {S_MIN, INIT_S_MAX}, {S_MIN, INIT_S_MAX}, {S_MIN, INIT_S_MAX}, {S_MIN, INIT_S_MAX},
            {1.0, 10.0}, {0.001, 4.0}, {0.001, 4.0}, {0.001, 0.75}, {0.0, 4.5}, {0.0, 0.8}, {0.001, 3.5},
            {0.001, 5.0}, {0.001, 0.25}, {0.001, 0.9}, {0.0, 4.0}, {0.0, 1.0}, {1.0, 6.0},
            {0.0, W17_W18_CEILING}, {0.0, W17_W18_CEILING}, {enableShortTerm ? 0.01 : 0.0, 0.8}, {0.1, 0.8}
        };
        int steps = relearningSteps.size();
        if (steps > 1) {
            // A lapse's stability PLS = w11 * D^-w12 * ((S+1)^w13 - 1) * e^(w14 * (1-R)), and each relearning
            // step multiplies it by up to e^(w17 * w18); at D = 1, R = 0.7, S = 1 the product must stay <= S.
            double w11 = clamp(weights[11], bounds[11][0], bounds[11][1]);
            double w13 = clamp(weights[13], bounds[13][0], bounds[13][1]);
            double w14 = clamp(weights[14], bounds[14][0], bounds[14][1]);
            double limit = -(StrictMath.log(w11) + StrictMath.log(StrictMath.pow(2.0, w13) - 1.0) + w14 * 0.3)
                    / steps;
            double ceiling = clamp(roundTo8(Math.sqrt(Math.max(limit, 0))), 0.01, W17_W18_CEILING);
            bounds[17][1] = ceiling;
            bounds[18][1] = ceiling;
        }
        return bounds;
    }

    public FsrsParameters withWeights(double[] newWeights) {
        return new FsrsParameters(newWeights, desiredRetention, learningSteps, relearningSteps, maximumInterval,
                enableFuzz, enableShortTerm, dayBoundary);
    }

    public FsrsParameters withDesiredRetention(double retention) {
        return new FsrsParameters(weights, retention, learningSteps, relearningSteps, maximumInterval,
                enableFuzz, enableShortTerm, dayBoundary);
    }

    public FsrsParameters withLearningSteps(List<Duration> steps) {
        return new FsrsParameters(weights, desiredRetention, steps, relearningSteps, maximumInterval,
                enableFuzz, enableShortTerm, dayBoundary);
    }

    public FsrsParameters withRelearningSteps(List<Duration> steps) {
        return new FsrsParameters(weights, desiredRetention, learningSteps, steps, maximumInterval,
                enableFuzz, enableShortTerm, dayBoundary);
    }

    public FsrsParameters withMaximumInterval(int days) {
        return new FsrsParameters(weights, desiredRetention, learningSteps, relearningSteps, days,
                enableFuzz, enableShortTerm, dayBoundary);
    }

    public FsrsParameters withFuzz(boolean fuzz) {
        return new FsrsParameters(weights, desiredRetention, learningSteps, relearningSteps, maximumInterval,
                fuzz, enableShortTerm, dayBoundary);
    }

    public FsrsParameters withShortTerm(boolean shortTerm) {
        return new FsrsParameters(weights, desiredRetention, learningSteps, relearningSteps, maximumInterval,
                enableFuzz, shortTerm, dayBoundary);
    }

    public FsrsParameters withDayBoundary(DayBoundary boundary) {
        return new FsrsParameters(weights, desiredRetention, learningSteps, relearningSteps, maximumInterval,
                enableFuzz, enableShortTerm, boundary);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FsrsParameters that
                && Arrays.equals(weights, that.weights)
                && Double.compare(desiredRetention, that.desiredRetention) == 0
                && learningSteps.equals(that.learningSteps)
                && relearningSteps.equals(that.relearningSteps)
                && maximumInterval == that.maximumInterval
                && enableFuzz == that.enableFuzz
                && enableShortTerm == that.enableShortTerm
                && dayBoundary.equals(that.dayBoundary);
    }

    @Override
    public int hashCode() {
        int hash = Arrays.hashCode(weights);
        hash = 31 * hash + Double.hashCode(desiredRetention);
        hash = 31 * hash + learningSteps.hashCode();
        hash = 31 * hash + relearningSteps.hashCode();
        hash = 31 * hash + maximumInterval;
        hash = 31 * hash + Boolean.hashCode(enableFuzz);
        hash = 31 * hash + Boolean.hashCode(enableShortTerm);
        return 31 * hash + dayBoundary.hashCode();
    }

    @Override
    public String toString() {
        return "FsrsParameters[weights=" + Arrays.toString(weights) + ", desiredRetention=" + desiredRetention
                + ", learningSteps=" + learningSteps + ", relearningSteps=" + relearningSteps
                + ", maximumInterval=" + maximumInterval + ", enableFuzz=" + enableFuzz
                + ", enableShortTerm=" + enableShortTerm + ", dayBoundary=" + dayBoundary + "]";
    }

    private static List<Duration> checkedSteps(List<Duration> steps) {
        if (steps == null) {
            throw new IllegalArgumentException("Steps may be empty but not null");
        }
        for (Duration step : steps) {
            if (step == null || step.isNegative() || !step.equals(Duration.ofMinutes(step.toMinutes()))) {
                throw new IllegalArgumentException("Steps are whole, non-negative minutes: " + steps);
            }
        }
        return List.copyOf(steps);
    }

    static double clamp(double value, double min, double max) {
        return Math.min(Math.max(value, min), max);
    }

    /** Rounds to 8 decimals exactly as ts-fsrs's {@code roundTo(x, 8)}: {@code Math.round(x * 1e8) / 1e8}. */
    static double roundTo8(double value) {
        return Math.round(value * 1e8) / 1e8;
    }
}
