package app.yuedu.bench;

import app.yuedu.articles.core.ArticleMiner;
import app.yuedu.articles.core.ArticleReflow;
import app.yuedu.articles.core.MinedArticle;
import app.yuedu.articles.core.SentenceSplitter;
import app.yuedu.lexicon.core.Dictionary;
import app.yuedu.lexicon.core.PinyinResolver;
import app.yuedu.lexicon.core.WordRanking;
import app.yuedu.lexicon.core.WordSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The whole mining pipeline without the database (reflow, sentences, segmentation, readings, ranking,
 * vocabulary), beside the segmenter alone on the same text, in the same run, on one thread.
 *
 * <p>Input: the PKU bakeoff test set with its spaces removed (real news text, ../shared/data or
 * $YUEDU_PKU_GOLD), repeated to at least 1 MB; without it, the seed article repeated.
 */
public final class MiningBenchmark {

    static final int MIN_BYTES = 1 << 20;
    /** Timed rounds (after one warm-up round); bench/mining passes BENCH_ROUNDS. */
    static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    public static void main(String[] args) throws IOException {
        String text = input();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf(Locale.ROOT, "Input: %,d chars, %.2f MB UTF-8%n", text.length(), bytes / 1e6);

        Dictionary dictionary = Dictionary.loadDefault();
        WordSegmenter segmenter = new WordSegmenter(dictionary);
        ArticleMiner miner = new ArticleMiner(segmenter, new PinyinResolver(dictionary), WordRanking.loadDefault(),
                new SentenceSplitter());
        List<String> sentences = new SentenceSplitter().split(new ArticleReflow().reflow(text).paragraphs())
                .stream().map(s -> s.text()).toList();

        double[] segmenterSeconds = new double[ROUNDS];
        double[] pipelineSeconds = new double[ROUNDS];
        long sink = 0;
        for (int round = -1; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (String sentence : sentences) {
                sink += segmenter.segment(sentence).size();
            }
            double segmenting = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            MinedArticle mined = miner.mine(text, null);
            double mining = (System.nanoTime() - start) / 1e9;
            sink += mined.vocabulary().size();
            if (round >= 0) {
                segmenterSeconds[round] = segmenting;
                pipelineSeconds[round] = mining;
            }
        }
        double segmenterMbps = bytes / 1e6 / median(segmenterSeconds);
        double pipelineMbps = bytes / 1e6 / median(pipelineSeconds);
        System.out.printf(Locale.ROOT, "%-34s %10s %10s%n", "stage (median of " + ROUNDS + ")", "MB/s", "chars/s");
        System.out.printf(Locale.ROOT, "%-34s %10.2f %,10.0f%n", "segmenter alone (per sentence)", segmenterMbps,
                text.length() / median(segmenterSeconds));
        System.out.printf(Locale.ROOT, "%-34s %10.2f %,10.0f%n", "whole mining pipeline", pipelineMbps,
                text.length() / median(pipelineSeconds));
        System.out.printf(Locale.ROOT, "pipeline / segmenter speed ratio: %.2f  (target >= 0.5; pipeline target >= 1 MB/s)%n",
                pipelineMbps / segmenterMbps);
        System.out.println("(checksum " + sink + ")");
    }

    static String input() throws IOException {
        String dataDir = System.getenv().getOrDefault("YUEDU_DATA_DIR", "../shared/data");
        Path pku = Path.of(System.getenv().getOrDefault("YUEDU_PKU_GOLD", dataDir + "/pku_test_gold.utf8"));
        String base;
        if (Files.exists(pku)) {
            System.out.println("Text: PKU bakeoff test set without its spaces, one paragraph per line");
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(pku, StandardCharsets.UTF_8)) {
                String joined = line.replace(" ", "").strip();
                if (!joined.isEmpty()) {
                    lines.add(joined);
                }
            }
            base = String.join("\n", lines) + "\n";
        } else {
            System.out.println("Text: the seed article (PKU set not found at " + pku + ")");
            base = Files.readString(Path.of("seeds/000_62ae10bd87667f17.txt"), StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            text.append(base).append('\n');
        }
        return text.toString();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
