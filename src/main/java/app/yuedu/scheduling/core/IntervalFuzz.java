package app.yuedu.scheduling.core;

/**
 * Spreads intervals of 3 days and more over a small range, so that cards learned together fall due on different
 * days. The spread is the one of ts-fsrs 5.4.2 and Anki: ±15 % of the part of the interval between 2.5 and 7
 * days, ±10 % between 7 and 20 and ±5 % beyond, plus one day.
 *
 * <p>Where in the range an interval lands is decided by a number drawn from Alea, the PRNG ts-fsrs uses, seeded
 * with the review time, the card's review count and its difficulty × stability before the review, written as
 * JavaScript writes them. The same review therefore always gets the same fuzzed interval, here and in ts-fsrs.
 */
final class IntervalFuzz {

    private static final double[][] RANGES = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, Double.POSITIVE_INFINITY, 0.05}};

    private IntervalFuzz() {}

    /** The seed ts-fsrs's default seed strategy builds for a review. */
    static String seed(long reviewTimeMillis, int repsIncludingThisReview, double difficulty, double stability) {
        return reviewTimeMillis + "_" + repsIncludingThisReview + "_" + JsNumberText.of(difficulty * stability);
    }

    /** The number in [0, 1) that places every fuzzed interval of the review seeded so. */
    static double factor(String seed) {
        return new Alea(seed).next();
    }

    /**
     * The interval fuzzed by {@code factor}; intervals under 2.5 days are left alone.
     *
     * @param elapsedDays days since the last review; a fuzzed interval stays longer than that when it can
     */
    static int apply(int interval, int elapsedDays, int maximumInterval, double factor) {
        if (interval < 2.5) {
            return interval;
        }
        int[] range = range(interval, elapsedDays, maximumInterval);
        return (int) Math.floor(factor * (range[1] - range[0] + 1) + range[0]);
    }

    /** The smallest and the largest fuzzed interval, inclusive, as ts-fsrs's {@code get_fuzz_range}. */
    static int[] range(double interval, int elapsedDays, int maximumInterval) {
        double delta = 1.0;
        for (double[] range : RANGES) {
            delta += range[2] * Math.max(Math.min(interval, range[1]) - range[0], 0.0);
        }
        interval = Math.min(interval, maximumInterval);
        long min = Math.max(2, Math.round(interval - delta));
        long max = Math.min(Math.round(interval + delta), maximumInterval);
        if (interval > elapsedDays) {
            min = Math.max(min, elapsedDays + 1L);
        }
        min = Math.min(min, max);
        return new int[] {(int) min, (int) max};
    }

    /**
     * Johannes Baagøe's Alea PRNG (2010, MIT licence) with its Mash hash, as ts-fsrs ships it. JavaScript does
     * the arithmetic in doubles and truncates with {@code >>> 0} and {@code | 0}; this port does the same steps
     * in the same order so that every draw is bit-identical.
     */
    static final class Alea {
        private static final double TWO_POW_MINUS_32 = 2.3283064365386963e-10;

        private double s0;
        private double s1;
        private double s2;
        private double c = 1;

        Alea(String seed) {
            Mash mash = new Mash();
            s0 = mash.hash(" ");
            s1 = mash.hash(" ");
            s2 = mash.hash(" ");
            s0 -= mash.hash(seed);
            if (s0 < 0) {
                s0 += 1;
            }
            s1 -= mash.hash(seed);
            if (s1 < 0) {
                s1 += 1;
            }
            s2 -= mash.hash(seed);
            if (s2 < 0) {
                s2 += 1;
            }
        }

        /** The next number in [0, 1). */
        double next() {
            double t = 2091639 * s0 + c * TWO_POW_MINUS_32;
            s0 = s1;
            s1 = s2;
            c = (int) t;
            s2 = t - c;
            return s2;
        }

        private static final class Mash {
            private double n = 0xefc8249dL;

            double hash(String data) {
                for (int i = 0; i < data.length(); i++) {
                    n += data.charAt(i);
                    double h = 0.02519603282416938 * n;
                    n = toUint32(h);
                    h -= n;
                    h *= n;
                    n = toUint32(h);
                    h -= n;
                    n += h * 0x100000000L;
                }
                return toUint32(n) * TWO_POW_MINUS_32;
            }

            /** JavaScript's {@code x >>> 0} for the non-negative values Mash produces. */
            private static double toUint32(double x) {
                return (double) (((long) x) & 0xFFFFFFFFL);
            }
        }
    }
}
