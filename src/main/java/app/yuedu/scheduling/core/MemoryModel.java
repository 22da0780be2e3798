package app.yuedu.scheduling.core;

import static app.yuedu.scheduling.core.FsrsParameters.S_MAX;
import static app.yuedu.scheduling.core.FsrsParameters.S_MIN;
import static app.yuedu.scheduling.core.FsrsParameters.clamp;
import static app.yuedu.scheduling.core.FsrsParameters.roundTo8;

/**
 * The formulas of FSRS-6: how stability and difficulty change with each answer, the forgetting curve, and the
 * interval at which recall falls to the desired retention. They follow ts-fsrs 5.4.2's {@code FSRSAlgorithm}
 * operation by operation, including its rounding of every stored value to 8 decimals, so that both produce the
 * same numbers; {@link StrictMath} keeps the results identical on every JVM.
 *
 * <p>Immutable and thread-safe. Most callers want {@link FsrsScheduler}; this class is public for evaluation
 * and fitting, which replay review histories without learning steps or dates.
 */
public final class MemoryModel {

    private final double[] w;
    private final boolean shortTerm;
    private final double decay;
    private final double factor;
    private final double intervalModifier;
    private final int maximumInterval;

    public MemoryModel(FsrsParameters parameters) {
        this.w = parameters.clampedWeights();
        this.shortTerm = parameters.enableShortTerm();
        this.decay = -w[20];
        this.factor = roundTo8(StrictMath.exp(StrictMath.pow(decay, -1) * StrictMath.log(0.9)) - 1.0);
        this.intervalModifier =
                roundTo8((StrictMath.pow(parameters.desiredRetention(), 1 / decay) - 1) / factor);
        this.maximumInterval = parameters.maximumInterval();
    }

    /**
     * The forgetting curve R(t, S) = (1 + factor · t / S)^decay with decay = −w[20] and factor chosen so that
     * R(S, S) = 0.9: the probability of recall after {@code elapsedDays} for a memory of this stability.
     */
    public double retrievability(double elapsedDays, double stability) {
        return roundTo8(StrictMath.pow(1 + (factor * elapsedDays) / stability, decay));
    }

    /** The memory after the first answer to a new card. */
    public MemoryState initial(Rating rating) {
        return new MemoryState(initialStability(rating), clamp(initialDifficulty(rating), 1, 10));
    }

    /**
     * The memory after answering {@code rating}, {@code elapsedDays} study days after the previous review.
     * Same-day reviews (0 days) use the short-term model when it is enabled.
     *
     * @throws IllegalArgumentException if elapsed days are negative or the state is not a valid memory
     */
    public MemoryState next(MemoryState memory, double elapsedDays, Rating rating) {
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("Elapsed days cannot be negative: " + elapsedDays);
        }
        if (memory.isNone()) {
            return initial(rating);
        }
        double d = memory.difficulty();
        double s = memory.stability();
        if (d < 1 || s < S_MIN) {
            throw new IllegalArgumentException("Not a valid memory state: " + memory);
        }
        double newStability;
        if (elapsedDays == 0 && shortTerm) {
            newStability = shortTermStability(s, rating);
        } else {
            double r = retrievability(elapsedDays, s);
            if (rating == Rating.AGAIN) {
                double afterLapse = forgetStability(d, s, r);
                double boost = shortTerm ? w[17] * w[18] : 0;
                // Never above what the relearning steps' short-term boosts would bring back to s.
                newStability = clamp(roundTo8(s / StrictMath.exp(boost)), S_MIN, afterLapse);
            } else {
                newStability = recallStability(d, s, r, rating);
            }
        }
        return new MemoryState(newStability, nextDifficulty(d, rating));
    }

    /**
     * The interval in whole days after which a memory of this stability falls to the desired retention, at least
     * 1 day and at most the maximum interval, before fuzz.
     */
    public int interval(double stability) {
        return (int) Math.min(Math.max(1, Math.round(stability * intervalModifier)), maximumInterval);
    }

    /** The factor turning stability into the interval for the desired retention (1 at 90 %). */
    public double intervalModifier() {
        return intervalModifier;
    }

    private double initialStability(Rating rating) {
        return Math.max(w[rating.value() - 1], 0.1);
    }

    private double initialDifficulty(Rating rating) {
        return roundTo8(w[4] - StrictMath.exp((rating.value() - 1) * w[5]) + 1);
    }

    private double nextDifficulty(double d, Rating rating) {
        double delta = -w[6] * (rating.value() - 3);
        // Linear damping: the change shrinks as difficulty nears 10.
        double damped = d + roundTo8((delta * (10 - d)) / 9);
        // Mean reversion towards the initial difficulty of an Easy first answer.
        double reverted = roundTo8(w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
        return clamp(reverted, 1, 10);
    }

    private double recallStability(double d, double s, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return roundTo8(clamp(
                s * (1 + StrictMath.exp(w[8]) * (11 - d) * StrictMath.pow(s, -w[9])
                        * (StrictMath.exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus),
                S_MIN,
                S_MAX));
    }

    private double forgetStability(double d, double s, double r) {
        return roundTo8(clamp(
                w[11] * StrictMath.pow(d, -w[12]) * (StrictMath.pow(s + 1, w[13]) - 1)
                        * StrictMath.exp((1 - r) * w[14]),
                S_MIN,
                S_MAX));
    }

    private double shortTermStability(double s, Rating rating) {
        double increase = StrictMath.pow(s, -w[19]) * StrictMath.exp(w[17] * (rating.value() - 3 + w[18]));
        // A passed same-day review never lowers stability.
        double masked = rating.value() >= Rating.HARD.value() ? Math.max(increase, 1.0) : increase;
        return roundTo8(clamp(s * masked, S_MIN, S_MAX));
    }
}
