package app.yuedu.bench;

import app.yuedu.scheduling.core.FsrsParameters;
import app.yuedu.scheduling.core.MemoryModel;
import app.yuedu.scheduling.core.MemoryState;
import app.yuedu.scheduling.core.Rating;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How well default-parameter FSRS-6 predicts recall on real Anki review histories, against naive baselines.
 *
 * <p>Data: {@code ../shared/data/anki-review-histories.tsv} (override with {@code YUEDU_ANKI_HISTORIES} or the
 * first argument), published by the FSRS author: one card per row, {@code t_history} (days since the previous
 * review), {@code r_history} (ratings), {@code delta_ts} (days until the next review), {@code ys} (1 if that
 * next review was passed). For every review, the memory state after it predicts the probability of passing
 * the next one, {@code delta_ts} days later; the prediction is scored against {@code ys}. Skips cleanly when the
 * file is missing. Run with {@code bench/fsrs-evaluation}.
 */
public final class FsrsEvaluation {

    private static final int CALIBRATION_BINS = 20;

    private FsrsEvaluation() {}

    public static void main(String[] args) throws IOException {
        Optional<List<String>> found = AnkiHistories.lines(args, "FSRS-6 evaluation");
        if (found.isEmpty()) {
            return;
        }
        List<String> lines = found.get();
        MemoryModel model = new MemoryModel(FsrsParameters.defaults());

        long started = System.nanoTime();
        List<double[]> predictions = new ArrayList<>(); // {p, y, previous rating}
        int cards = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            cards++;
            String[] columns = line.split("\t");
            int[] elapsed = AnkiHistories.ints(columns[0]);
            int[] ratings = AnkiHistories.ints(columns[1]);
            int[] nextDelay = AnkiHistories.ints(columns[2]);
            int[] passed = AnkiHistories.ints(columns[3]);
            MemoryState memory = MemoryState.NONE;
            for (int i = 0; i < ratings.length; i++) {
                memory = model.next(memory, elapsed[i], Rating.of(ratings[i]));
                double p = model.retrievability(nextDelay[i], memory.stability());
                predictions.add(new double[] {p, passed[i], ratings[i]});
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        int n = predictions.size();
        double[] y = new double[n];
        double[] fsrs = new double[n];
        double[] constant = new double[n];
        double[] byRating = new double[n];
        double[] passedAfterRating = new double[5];
        double[] countAfterRating = new double[5];
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            double[] prediction = predictions.get(i);
            y[i] = prediction[1];
            fsrs[i] = prediction[0];
            meanY += y[i] / n;
            passedAfterRating[(int) prediction[2]] += y[i];
            countAfterRating[(int) prediction[2]]++;
        }
        for (int i = 0; i < n; i++) {
            int rating = (int) predictions.get(i)[2];
            constant[i] = meanY;
            byRating[i] = passedAfterRating[rating] / countAfterRating[rating];
        }

        System.out.printf(Locale.ROOT, "%d cards, %d predicted reviews, observed retention %.4f,"
                + " mean FSRS prediction %.4f%n", cards, n, meanY, Arrays.stream(fsrs).average().orElse(0));
        System.out.printf(Locale.ROOT, "%-54s %9s %9s %12s %7s%n", "model", "log loss", "RMSE", "RMSE(bins)", "AUC");
        report("FSRS-6, default parameters", y, fsrs);
        report("baseline: constant mean retention (in-sample)", y, constant);
        report("baseline: mean retention per last rating (in-sample)", y, byRating);
        System.out.println("(in-sample baselines are calibrated by construction, hence RMSE(bins) 0;"
                + " RMSE(bins) here uses 20 equal-width probability bins)");
        System.out.printf(Locale.ROOT, "replay speed: %.0f reviews/s (%.3f s)%n", n / seconds, seconds);
    }

    private static void report(String name, double[] y, double[] p) {
        System.out.printf(Locale.ROOT, "%-54s %9.4f %9.4f %12.4f %7.4f%n",
                name, logLoss(y, p), rmse(y, p), binnedRmse(y, p), auc(y, p));
    }

    static double logLoss(double[] y, double[] p) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double q = Math.min(Math.max(p[i], 1e-7), 1 - 1e-7);
            sum -= y[i] * Math.log(q) + (1 - y[i]) * Math.log(1 - q);
        }
        return sum / y.length;
    }

    /** Root of the mean squared difference between prediction and outcome (root Brier score). */
    static double rmse(double[] y, double[] p) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += (y[i] - p[i]) * (y[i] - p[i]);
        }
        return Math.sqrt(sum / y.length);
    }

    /** Calibration error: predictions grouped into equal-width bins, mean outcome against mean prediction. */
    static double binnedRmse(double[] y, double[] p) {
        double[] count = new double[CALIBRATION_BINS];
        double[] sumY = new double[CALIBRATION_BINS];
        double[] sumP = new double[CALIBRATION_BINS];
        for (int i = 0; i < y.length; i++) {
            int bin = Math.min((int) (p[i] * CALIBRATION_BINS), CALIBRATION_BINS - 1);
            count[bin]++;
            sumY[bin] += y[i];
            sumP[bin] += p[i];
        }
        double sum = 0;
        for (int bin = 0; bin < CALIBRATION_BINS; bin++) {
            if (count[bin] > 0) {
                double gap = sumY[bin] / count[bin] - sumP[bin] / count[bin];
                sum += count[bin] * gap * gap;
            }
        }
        return Math.sqrt(sum / y.length);
    }

    /** Area under the ROC curve: the chance that a passed review got a higher prediction than a failed one. */
    static double auc(double[] y, double[] p) {
        Integer[] order = new Integer[y.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double rankSumPassed = 0;
        long passed = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[order[k]] == 1) {
                    rankSumPassed += averageRank;
                    passed++;
                }
            }
            i = j + 1;
        }
        long failed = y.length - passed;
        if (passed == 0 || failed == 0) {
            return Double.NaN;
        }
        return (rankSumPassed - passed * (passed + 1) / 2.0) / ((double) passed * failed);
    }
}
