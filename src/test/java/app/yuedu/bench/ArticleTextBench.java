package app.yuedu.bench;

import app.yuedu.articles.core.ArticleReflow;
import app.yuedu.articles.core.ReflowedArticle;
import app.yuedu.articles.core.Sentence;
import app.yuedu.articles.core.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Throughput of the article text core: {@link ArticleReflow} then {@link SentenceSplitter}, in MB of
 * UTF-8 input per second, on the seed article, on a 1 MB article made of the seed's lines, on inputs
 * shaped to hurt (one 1 MB line, a 1 MB sentence of commas, 1 MB of one-character lines, 1 MB of short
 * lines that all look like datelines to the cheap pre-test) and, when the
 * measurement data is there, on the PKU test set (People's Daily text with words separated by spaces).
 *
 * <p>Run with {@code bench/articles-text.sh}. The data folder is {@code ../shared/data} or
 * {@code $YUEDU_DATA_DIR}; without it that input is skipped.
 */
public final class ArticleTextBench {

    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final long MIN_NANOS = 2_000_000_000L;
    private static final int MIN_RUNS = 5;
    private static final int ONE_MB = 1 << 20;

    public static void main(String[] args) throws IOException {
        String seed = Files.readString(Path.of("seeds", "000_62ae10bd87667f17.txt"), StandardCharsets.UTF_8);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("seed article (" + utf8(seed) / 1024 + " KB)", seed);
        inputs.put("1 MB hard-wrapped article", repeatedBody(seed));
        inputs.put("1 MB on one line", repeatUpTo(seed.replace("\n", ""), ONE_MB));
        inputs.put("1 MB sentence of commas", repeatUpTo("中国，", ONE_MB));
        inputs.put("1 MB of one-character lines", repeatUpTo("中\n", ONE_MB));
        // 电 may start a dateline, so every line goes through the metadata patterns: the worst case.
        inputs.put("1 MB of lines \"新华社电\"", repeatUpTo("新华社电\n", ONE_MB));
        Path pku = Path.of(System.getenv().getOrDefault("YUEDU_DATA_DIR", "../shared/data"), "pku_test_gold.utf8");
        if (Files.isReadable(pku)) {
            inputs.put("PKU test set, spaced words", Files.readString(pku, StandardCharsets.UTF_8));
        } else {
            System.out.println("(skipping the PKU test set: " + pku + " not found)");
        }

        ArticleReflow reflow = new ArticleReflow();
        SentenceSplitter splitter = new SentenceSplitter();
        System.out.printf(Locale.ROOT, "%-34s %10s %12s %14s %10s%n", "input", "KB", "reflow MB/s", "+split MB/s", "sentences");
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            String text = input.getValue();
            double reflowRate = rate(text, () -> reflow.reflow(text).paragraphs().size());
            int[] sentences = new int[1];
            double pipelineRate = rate(text, () -> {
                ReflowedArticle article = reflow.reflow(text);
                List<Sentence> split = splitter.split(article.paragraphs());
                sentences[0] = split.size();
                return split.size();
            });
            System.out.printf(Locale.ROOT, "%-34s %10d %12.1f %14.1f %10d%n", input.getKey(), utf8(text) / 1024,
                    reflowRate, pipelineRate, sentences[0]);
        }
    }

    /** MB per second of {@code work} on {@code text}, after a second of warm-up, over at least two seconds and five runs. */
    private static double rate(String text, IntSupplier work) {
        long sink = 0;
        long warmUpStart = System.nanoTime();
        for (int i = 0; i < MIN_RUNS || System.nanoTime() - warmUpStart < WARM_UP_NANOS; i++) {
            sink += work.getAsInt();
        }
        long start = System.nanoTime();
        long elapsed;
        int runs = 0;
        do {
            sink += work.getAsInt();
            runs++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MIN_NANOS || runs < MIN_RUNS);
        if (sink == 42) {
            System.out.print("");
        }
        return (double) utf8(text) * runs / ONE_MB / (elapsed / 1e9);
    }

    /** The seed's body lines repeated into one article of about 1 MB, its metadata lines once at the end. */
    private static String repeatedBody(String seed) {
        int bodyEnd = seed.indexOf("新华社北京6月15日电");
        String body = seed.substring(0, bodyEnd);
        String metadata = seed.substring(bodyEnd);
        StringBuilder out = new StringBuilder();
        while (utf8(out) < ONE_MB) {
            out.append(body);
        }
        return out.append(metadata).toString();
    }

    private static String repeatUpTo(String unit, int bytes) {
        int times = Math.max(1, bytes / Math.max(1, utf8(unit)));
        return unit.repeat(times);
    }

    private static int utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
