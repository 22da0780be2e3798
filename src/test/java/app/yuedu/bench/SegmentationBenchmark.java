package app.yuedu.bench;

import app.yuedu.lexicon.core.Dictionary;
import app.yuedu.lexicon.core.SegmentationOverrides;
import app.yuedu.lexicon.core.Token;
import app.yuedu.lexicon.core.TokenKind;
import app.yuedu.lexicon.core.WordRanking;
import app.yuedu.lexicon.core.WordSegmenter;
import app.yuedu.lexicon.core.WordSegmenter.Granularity;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Measures the lexicon core: dictionary load time and retained heap, then word segmentation quality and
 * speed on the PKU test set of the SIGHAN 2005 bakeoff, for HanLP alone and for {@link WordSegmenter}.
 *
 * <p>Run with {@code bench/segmentation}. The gold file is read from {@code ../shared/data/pku_test_gold.utf8}
 * (relative to the repository root) or from the path in the environment variable {@code YUEDU_PKU_GOLD};
 * without it only the dictionary figures are printed. The file is measurement data and is not part of the
 * repository.
 */
public final class SegmentationBenchmark {

    private static final long MIN_SPEED_INPUT_CHARS = 1_000_000;

    private SegmentationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Dictionary dictionary = measureDictionary();
        measureRanking();

        Path gold = Path.of(System.getenv().getOrDefault("YUEDU_PKU_GOLD", "../shared/data/pku_test_gold.utf8"));
        if (!Files.isReadable(gold)) {
            System.out.println("PKU gold file not found at " + gold + "; skipping the segmentation figures.");
            return;
        }
        List<List<String>> sentences = readGold(gold);
        List<String> inputs = sentences.stream().map(words -> String.join("", words)).toList();
        long corpusChars = inputs.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "PKU test set: %d sentences, %d words, %d chars%n", sentences.size(),
                sentences.stream().mapToLong(List::size).sum(), corpusChars);

        WordSegmenter segmenter = new WordSegmenter(dictionary);
        long start = System.nanoTime();
        WordSegmenter.warmUp();
        System.out.printf(Locale.ROOT, "HanLP initialisation: %.0f ms%n", (System.nanoTime() - start) / 1e6);

        WordSegmenter fine = new WordSegmenter(dictionary, SegmentationOverrides.NONE, Granularity.FINE);
        Function<String, List<String>> hanLp = WordSegmenter::hanLpWords;
        Function<String, List<String>> ours = text -> words(segmenter, text);
        Function<String, List<String>> oursFine = text -> words(fine, text);

        // Warm up both (JIT) before any timing.
        for (int round = 0; round < 3; round++) {
            inputs.forEach(hanLp::apply);
            inputs.forEach(ours::apply);
        }
        report("HanLP alone (ViterbiSegment + names)", hanLp, sentences, inputs, dictionary);
        report("WordSegmenter (HanLP + CC-CEDICT), Granularity.DICTIONARY_WORDS (default)", ours, sentences, inputs,
                dictionary);
        report("WordSegmenter, Granularity.FINE (no joins of two multi-character words)", oursFine, sentences,
                inputs, dictionary);

        int repeats = (int) Math.ceil((double) MIN_SPEED_INPUT_CHARS / corpusChars);
        System.out.printf(Locale.ROOT, "Speed on %d chars (the corpus %d times, sentence by sentence), by wall clock"
                + " and by CPU time of the thread (steadier on a busy machine):%n", corpusChars * repeats, repeats);
        for (int round = 1; round <= 2; round++) {
            System.out.printf(Locale.ROOT, "  round %d  HanLP alone:   %s%n", round, speed(hanLp, inputs, repeats));
            System.out.printf(Locale.ROOT, "  round %d  WordSegmenter: %s%n", round, speed(ours, inputs, repeats));
        }
    }

    private static List<String> words(WordSegmenter segmenter, String text) {
        return segmenter.segment(text).stream().filter(t -> t.kind() != TokenKind.SPACE).map(Token::text).toList();
    }

    private static Dictionary measureDictionary() {
        long before = usedHeapAfterGc();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Dictionary dictionary = Dictionary.loadDefault();
        double firstMs = (System.nanoTime() - start) / 1e6;
        double firstCpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e6;
        long retained = usedHeapAfterGc() - before;
        double bestMs = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            Dictionary.loadDefault();
            bestMs = Math.min(bestMs, (System.nanoTime() - t) / 1e6);
        }
        System.out.printf(Locale.ROOT,
                "Dictionary: %d entries, load %.0f ms (first, cold JVM; %.0f ms CPU time of the loading thread),"
                        + " %.0f ms (best of 5 later), retained heap %.1f MB%n",
                dictionary.size(), firstMs, firstCpuMs, bestMs, retained / 1048576.0);
        return dictionary;
    }

    private static void measureRanking() {
        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        WordRanking ranking = WordRanking.loadDefault();
        double ms = (System.nanoTime() - start) / 1e6;
        long retained = usedHeapAfterGc() - before;
        System.out.printf(Locale.ROOT, "WordRanking: load %.0f ms, retained heap %.1f MB (rank of 的: %d)%n", ms,
                retained / 1048576.0, ranking.frequencyRank("的"));
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<List<String>> readGold(Path gold) throws IOException {
        List<List<String>> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            List<String> words = new ArrayList<>();
            for (String word : line.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            if (!words.isEmpty()) {
                sentences.add(words);
            }
        }
        return sentences;
    }

    private static void report(String name, Function<String, List<String>> segment, List<List<String>> gold,
            List<String> inputs, Dictionary dictionary) {
        long goldCount = 0;
        long foundCount = 0;
        long correct = 0;
        long goldNoDigits = 0;
        long foundNoDigits = 0;
        long correctNoDigits = 0;
        long hanWords = 0;
        long hanWordsInDictionary = 0;
        for (int s = 0; s < gold.size(); s++) {
            Set<Long> goldSpans = spans(gold.get(s));
            List<String> found = segment.apply(inputs.get(s));
            Set<Long> foundSpans = spans(found);
            goldCount += goldSpans.size();
            foundCount += foundSpans.size();
            for (Long span : foundSpans) {
                if (goldSpans.contains(span)) {
                    correct++;
                }
            }
            // The same, leaving out every word that touches a digit: we cut "6月" into 6|月 on purpose.
            String input = inputs.get(s);
            Set<Long> goldChinese = withoutDigits(goldSpans, input);
            Set<Long> foundChinese = withoutDigits(foundSpans, input);
            goldNoDigits += goldChinese.size();
            foundNoDigits += foundChinese.size();
            for (Long span : foundChinese) {
                if (goldChinese.contains(span)) {
                    correctNoDigits++;
                }
            }
            for (String word : found) {
                if (word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    hanWords++;
                    if (dictionary.contains(word)) {
                        hanWordsInDictionary++;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s:%n  all words:          %s%n  words without digits: %s%n"
                + "  Chinese words that are CEDICT headwords: %.1f%%%n", name,
                scores(correct, foundCount, goldCount), scores(correctNoDigits, foundNoDigits, goldNoDigits),
                100.0 * hanWordsInDictionary / hanWords);
    }

    private static String scores(long correct, long found, long gold) {
        double precision = (double) correct / found;
        double recall = (double) correct / gold;
        double f1 = 2 * precision * recall / (precision + recall);
        return String.format(Locale.ROOT, "P %.4f  R %.4f  F1 %.4f", precision, recall, f1);
    }

    private static Set<Long> withoutDigits(Set<Long> spans, String input) {
        Set<Long> kept = new HashSet<>();
        for (Long span : spans) {
            int start = (int) (span >>> 32);
            int end = (int) (span & 0xFFFFFFFFL);
            if (input.substring(start, end).chars().noneMatch(Character::isDigit)) {
                kept.add(span);
            }
        }
        return kept;
    }

    /** Each word as (start << 32 | end) in the unspaced sentence. */
    private static Set<Long> spans(List<String> words) {
        Set<Long> spans = new HashSet<>();
        long pos = 0;
        for (String word : words) {
            spans.add(pos << 32 | (pos + word.length()));
            pos += word.length();
        }
        return spans;
    }

    private static String speed(Function<String, List<String>> segment, List<String> inputs, int repeats) {
        long chars = 0;
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < repeats; r++) {
            for (String input : inputs) {
                segment.apply(input);
                chars += input.length();
            }
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return String.format(Locale.ROOT, "%.2f M chars/s (wall), %.2f M chars/s (CPU)", chars / wallSeconds / 1e6,
                chars / cpuSeconds / 1e6);
    }
}
