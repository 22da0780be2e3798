package app.yuedu.bench;

import app.yuedu.articles.core.ArticleMiner;
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
import java.util.Locale;

/**
 * Time to mine a whole article (reflow, sentences, segmentation, readings, vocabulary) with
 * {@link ArticleMiner}: on the seed article and on a 1 MB article made of copies of its body, the largest text
 * an upload may hold. Decides whether uploads can be mined while the teacher waits. Run with
 * {@code bench/mining.sh}.
 */
public final class MiningBench {

    private static final int ONE_MB = 1 << 20;

    public static void main(String[] args) throws IOException {
        String seed = Files.readString(Path.of("seeds", "000_62ae10bd87667f17.txt"), StandardCharsets.UTF_8);
        long loadStarted = System.nanoTime();
        Dictionary dictionary = Dictionary.loadDefault();
        ArticleMiner miner = new ArticleMiner(new WordSegmenter(dictionary), new PinyinResolver(dictionary),
                WordRanking.loadDefault(), new SentenceSplitter(60));
        WordSegmenter.warmUp();
        System.out.printf(Locale.ROOT, "lexicon loaded in %d ms%n", (System.nanoTime() - loadStarted) / 1_000_000);
        StringBuilder big = new StringBuilder();
        String body = seed.substring(seed.indexOf('\n') + 1);
        while (big.toString().getBytes(StandardCharsets.UTF_8).length + body.length() * 3 < ONE_MB) {
            big.append(body).append('\n');
        }
        for (int run = 0; run < 3; run++) {
            measure("seed article", seed, miner);
            measure("1 MB article", big.toString(), miner);
        }
    }

    private static void measure(String name, String text, ArticleMiner miner) {
        long started = System.nanoTime();
        MinedArticle mined = miner.mine(text, null);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(Locale.ROOT, "%-14s %6d KB %7d sentences %6d words %7d ms%n", name,
                text.getBytes(StandardCharsets.UTF_8).length / 1024, mined.sentences().size(),
                mined.vocabulary().size(), millis);
    }
}
