package app.yuedu.scheduling.core;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays review sequences recorded from ts-fsrs 5.4.2 (scripts/fsrs/generate-vectors.mjs; the file format is
 * described there) and demands the same result after every review: the same due times to the millisecond, fuzz
 * included, stability and difficulty within 1e-8, the same phases, counters, previews and review records.
 * Each sequence is replayed from a new card on the Java scheduler's own states, so errors cannot hide behind
 * the reference's states.
 */
class FsrsEquivalenceTest {

    private static final String VECTORS = "/fsrs/ts-fsrs-5.4.2-vectors.tsv.gz";
    private static final double TOLERANCE = 1e-8;

    private static final List<Sequence> sequences = new ArrayList<>();

    record Sequence(int id, String[] config, List<String[]> reviews) {}

    @BeforeAll
    static void readVectors() throws IOException {
        InputStream resource = FsrsEquivalenceTest.class.getResourceAsStream(VECTORS);
        assertNotNull(resource, "missing test resource " + VECTORS);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split("\t", -1);
                if (fields[0].equals("C")) {
                    sequences.add(new Sequence(Integer.parseInt(fields[1]), fields, new ArrayList<>()));
                } else {
                    sequences.get(sequences.size() - 1).reviews().add(fields);
                }
            }
        }
    }

    @Test
    void vectorsCoverWhatTheSchedulerMustGetRight() {
        assertTrue(sequences.size() >= 1000, "sequences: " + sequences.size());
        long reviews = sequences.stream().mapToLong(s -> s.reviews().size()).sum();
        assertTrue(reviews >= 30_000, "reviews: " + reviews);
        assertTrue(sequences.stream().anyMatch(s -> s.config()[4].equals("1")), "fuzz on");
        assertTrue(sequences.stream().anyMatch(s -> s.config()[4].equals("0")), "fuzz off");
        assertTrue(sequences.stream().anyMatch(s -> s.config()[5].equals("0")), "short-term off");
        assertTrue(sequences.stream().anyMatch(s -> s.config()[3].equals("30")), "small maximum interval");
        assertTrue(sequences.stream().anyMatch(s -> s.config()[2].equals("0.8")), "retention 0.8");
        assertTrue(sequences.stream().anyMatch(s -> s.config()[2].equals("0.95")), "retention 0.95");
        assertTrue(sequences.stream().anyMatch(s -> !s.config()[8].equals(s.config()[9])), "clamped weights");
    }

    @Test
    void clampedWeightsEqualTsFsrs() {
        for (Sequence sequence : sequences) {
            FsrsParameters parameters = parameters(sequence.config());
            double[] expected = doubles(sequence.config()[9]);
            assertTrue(Arrays.equals(expected, parameters.clampedWeights()),
                    "sequence " + sequence.id() + ": " + Arrays.toString(parameters.clampedWeights()));
        }
    }

    @Test
    void replayingEverySequenceGivesTheSameCards() {
        Comparison comparison = new Comparison();
        for (Sequence sequence : sequences) {
            replay(sequence, comparison);
        }
        System.out.printf(
                "ts-fsrs 5.4.2 equivalence: %d sequences, %d reviews (%d with fuzz, %d fuzzed intervals),"
                        + " max |stability diff| %.1e, max |difficulty diff| %.1e, max |retrievability diff| %.1e,"
                        + " %d mismatches%n",
                sequences.size(), comparison.reviews, comparison.fuzzedReviews, comparison.fuzzedIntervals,
                comparison.maxStabilityDiff, comparison.maxDifficultyDiff, comparison.maxRetrievabilityDiff,
                comparison.mismatches.size());
        assertTrue(comparison.mismatches.isEmpty(),
                comparison.mismatches.size() + " mismatches, first: " + comparison.mismatches.subList(
                        0, Math.min(10, comparison.mismatches.size())));
        assertTrue(comparison.fuzzedIntervals > 1000, "fuzz was exercised: " + comparison.fuzzedIntervals);
    }

    private static final class Comparison {
        long reviews;
        long fuzzedReviews;
        long fuzzedIntervals;
        double maxStabilityDiff;
        double maxDifficultyDiff;
        double maxRetrievabilityDiff;
        final List<String> mismatches = new ArrayList<>();
        String where;

        void same(String what, Object expected, Object actual) {
            if (!expected.equals(actual)) {
                mismatches.add(where + " " + what + ": ts-fsrs " + expected + ", Java " + actual);
            }
        }

        double close(String what, double expected, double actual) {
            double diff = Math.abs(expected - actual);
            if (!(diff <= TOLERANCE)) {
                mismatches.add(where + " " + what + ": ts-fsrs " + expected + ", Java " + actual);
            }
            return diff;
        }
    }

    private static void replay(Sequence sequence, Comparison comparison) {
        String[] config = sequence.config();
        FsrsParameters parameters = parameters(config);
        FsrsScheduler scheduler = new FsrsScheduler(parameters);
        CardState card = scheduler.newCard(Instant.ofEpochMilli(Long.parseLong(config[10])));
        int index = 0;
        for (String[] review : sequence.reviews()) {
            comparison.where = "sequence " + sequence.id() + " review " + index++;
            comparison.reviews++;
            Instant now = Instant.ofEpochMilli(Long.parseLong(review[1]));
            Rating rating = Rating.of(Integer.parseInt(review[2]));

            comparison.maxRetrievabilityDiff = Math.max(comparison.maxRetrievabilityDiff, comparison.close(
                    "retrievability", Double.parseDouble(review[3]), scheduler.retrievability(card, now)));

            Map<Rating, CardState> preview = scheduler.preview(card, now);
            String[] previewDues = review[4].split(",");
            for (Rating option : Rating.values()) {
                comparison.same("preview due " + option, Long.parseLong(previewDues[option.ordinal()]),
                        preview.get(option).due().toEpochMilli() - now.toEpochMilli());
            }

            if (parameters.enableFuzz()) {
                comparison.fuzzedReviews++;
                String expectedSeed = review[1] + "_" + (card.reps() + 1) + "_" + review[20];
                comparison.same("fuzz seed", expectedSeed,
                        IntervalFuzz.seed(now.toEpochMilli(), card.reps() + 1, card.difficulty(), card.stability()));
                comparison.fuzzedIntervals += preview.values().stream().filter(c -> c.scheduledDays() >= 3).count();
            }

            ReviewOutcome outcome = scheduler.review(card, rating, now);
            CardState next = outcome.card();
            comparison.same("due", Long.parseLong(review[5]), next.due().toEpochMilli() - now.toEpochMilli());
            comparison.maxStabilityDiff = Math.max(comparison.maxStabilityDiff,
                    comparison.close("stability", Double.parseDouble(review[6]), next.stability()));
            comparison.maxDifficultyDiff = Math.max(comparison.maxDifficultyDiff,
                    comparison.close("difficulty", Double.parseDouble(review[7]), next.difficulty()));
            comparison.same("phase", CardPhase.of(Integer.parseInt(review[8])), next.phase());
            comparison.same("scheduled days", Integer.parseInt(review[9]), next.scheduledDays());
            comparison.same("learning step", Integer.parseInt(review[10]), next.learningStep());
            comparison.same("reps", Integer.parseInt(review[11]), next.reps());
            comparison.same("lapses", Integer.parseInt(review[12]), next.lapses());
            comparison.same("elapsed days", Integer.parseInt(review[13]), next.elapsedDays());
            comparison.same("last review", now, next.lastReview());

            ReviewRecord record = outcome.record();
            comparison.same("record rating", rating, record.rating());
            comparison.same("record phase", CardPhase.of(Integer.parseInt(review[14])), record.phase());
            comparison.same("record due", Long.parseLong(review[15]),
                    now.toEpochMilli() - record.due().toEpochMilli());
            comparison.same("record elapsed days", Integer.parseInt(review[16]), record.elapsedDays());
            comparison.same("record last elapsed days", Integer.parseInt(review[17]), record.lastElapsedDays());
            comparison.same("record scheduled days", Integer.parseInt(review[18]), record.scheduledDays());
            comparison.same("record learning step", Integer.parseInt(review[19]), record.learningStep());
            comparison.same("record stability", card.stability(), record.stability());
            comparison.same("record difficulty", card.difficulty(), record.difficulty());
            comparison.same("record time", now, record.reviewedAt());

            card = next;
        }
    }

    static FsrsParameters parameters(String[] config) {
        return FsrsParameters.defaults()
                .withDesiredRetention(Double.parseDouble(config[2]))
                .withMaximumInterval(Integer.parseInt(config[3]))
                .withFuzz(config[4].equals("1"))
                .withShortTerm(config[5].equals("1"))
                .withLearningSteps(steps(config[6]))
                .withRelearningSteps(steps(config[7]))
                .withWeights(doubles(config[8]))
                .withDayBoundary(DayBoundary.UTC_MIDNIGHT);
    }

    private static List<Duration> steps(String minutes) {
        if (minutes.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(minutes.split(",")).map(m -> Duration.ofMinutes(Long.parseLong(m))).toList();
    }

    private static double[] doubles(String values) {
        return Arrays.stream(values.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
