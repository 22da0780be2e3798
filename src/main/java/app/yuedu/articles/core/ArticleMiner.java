package app.yuedu.articles.core;

import app.yuedu.articles.core.MinedArticle.MinedSentence;
import app.yuedu.articles.core.MinedArticle.MinedWord;
import app.yuedu.lexicon.core.CharacterHint;
import app.yuedu.lexicon.core.DictionaryEntry;
import app.yuedu.lexicon.core.PinyinResolver;
import app.yuedu.lexicon.core.Reading;
import app.yuedu.lexicon.core.Syllable;
import app.yuedu.lexicon.core.Token;
import app.yuedu.lexicon.core.TokenKind;
import app.yuedu.lexicon.core.WordRanking;
import app.yuedu.lexicon.core.WordSegmenter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mining pipeline without the database: reflow, sentences, words, readings, ranking, and the vocabulary
 * with each word's sentences and a chosen example. Immutable and thread-safe; one instance serves all articles
 * of a segmentation scope.
 */
public final class ArticleMiner {

    /** Longest title kept when the title has to be taken from the first sentence. */
    static final int TITLE_FROM_SENTENCE_LENGTH = 40;
    static final int MAX_SLUG_LENGTH = 60;
    /** How many characters of sentence length one other hard word is worth when choosing an example. */
    static final int HARD_WORD_WEIGHT = 12;

    private final ArticleReflow reflow = new ArticleReflow();
    private final SentenceSplitter splitter;
    private final WordSegmenter segmenter;
    private final PinyinResolver readings;
    private final WordRanking ranking;

    public ArticleMiner(WordSegmenter segmenter, PinyinResolver readings, WordRanking ranking,
                        SentenceSplitter splitter) {
        this.segmenter = segmenter;
        this.readings = readings;
        this.ranking = ranking;
        this.splitter = splitter;
    }

    /**
     * Mines an article. The text must already have passed {@link ArticleTextCheck}.
     *
     * @param givenTitle the title chosen at upload, or null to use the headline found in the text
     */
    public MinedArticle mine(String text, String givenTitle) {
        ReflowedArticle article = reflow.reflow(text);
        List<MinedSentence> sentences = new ArrayList<>();
        Map<String, WordTally> tallies = new LinkedHashMap<>();
        for (Sentence sentence : splitter.split(article.paragraphs())) {
            int position = sentences.size();
            List<Token> tokens = segmenter.segment(sentence.text());
            // One reading per vocabulary token, in token order.
            Iterator<Reading> sentenceReadings = readings.resolve(sentence.text(), tokens).iterator();
            List<StoredToken> stored = new ArrayList<>(tokens.size());
            for (Token token : tokens) {
                Reading reading = token.isVocabulary() ? sentenceReadings.next() : null;
                stored.add(new StoredToken(token.text(), kindOf(token.kind()),
                        reading == null ? "" : reading.pinyinNumbered()));
                if (reading != null && token.isVocabulary()) {
                    tallies.computeIfAbsent(token.text(), WordTally::new).add(position, reading);
                }
            }
            List<Integer> clauseStarts = sentence.hasClauses()
                    ? sentence.clauses().stream().map(clause -> clause.start()).toList() : List.of(0);
            sentences.add(new MinedSentence(position, sentence.paragraphIndex(), sentence.text(), clauseStarts,
                    stored));
        }
        String title = chooseTitle(givenTitle, article, sentences);
        return new MinedArticle(title, slugOf(title), article.headline(), article.dateline(), article.byline(),
                contentHash(text), sentences, vocabulary(tallies, sentences));
    }

    private List<MinedWord> vocabulary(Map<String, WordTally> tallies, List<MinedSentence> sentences) {
        Map<String, Boolean> hard = new HashMap<>();
        for (String word : tallies.keySet()) {
            hard.put(word, isHard(word));
        }
        int[] hardWordsPerSentence = new int[sentences.size()];
        for (MinedSentence sentence : sentences) {
            for (StoredToken token : sentence.tokens()) {
                if (token.isVocabulary() && hard.getOrDefault(token.text(), false)) {
                    hardWordsPerSentence[sentence.position()]++;
                }
            }
        }
        List<MinedWord> words = new ArrayList<>(tallies.size());
        for (WordTally tally : tallies.values()) {
            Reading reading = tally.commonestReading();
            List<DictionaryEntry> entries = reading.entries();
            DictionaryEntry first = entries.isEmpty() ? null : entries.get(0);
            boolean properNoun = reading.token().kind() == TokenKind.PROPER_NOUN
                    || (first != null && first.properNoun());
            List<String> classifiers = entries.stream().flatMap(e -> e.classifiers().stream()).distinct().toList();
            words.add(new MinedWord(tally.word, first == null ? tally.word : first.traditional(),
                    reading.pinyinNumbered(), reading.glosses().stream().distinct().toList(), classifiers,
                    reading.inDictionary() ? null : hint(reading.characterHints()), reading.inDictionary(),
                    properNoun, ranking.isCommonFunctionWord(tally.word), ranking.hskLevel(tally.word),
                    ranking.frequencyRank(tally.word), tally.count, tally.positions(),
                    chooseExample(tally, hard.get(tally.word), hardWordsPerSentence, sentences)));
        }
        return words;
    }

    /**
     * The example sentence: the shortest one with the fewest other hard words, a hard word being one that is
     * not a common function word and is beyond HSK 3 (or in no HSK list). Each other hard word weighs as much as
     * {@value #HARD_WORD_WEIGHT} characters of length.
     */
    private static int chooseExample(WordTally tally, boolean wordIsHard, int[] hardWordsPerSentence,
                                     List<MinedSentence> sentences) {
        int best = tally.positions[0];
        int bestScore = Integer.MAX_VALUE;
        for (int i = 0; i < tally.sentences; i++) {
            int position = tally.positions[i];
            int otherHardWords = hardWordsPerSentence[position] - (wordIsHard ? tally.countsPerPosition[i] : 0);
            int score = sentences.get(position).text().length() + HARD_WORD_WEIGHT * otherHardWords;
            if (score < bestScore) {
                bestScore = score;
                best = position;
            }
        }
        return best;
    }

    private boolean isHard(String word) {
        if (ranking.isCommonFunctionWord(word)) {
            return false;
        }
        int level = ranking.hskLevel(word);
        return level == 0 || level > 3;
    }

    private static String hint(List<CharacterHint> hints) {
        return hints.stream().map(h -> h.character() + " " + h.pinyin() + (h.gloss().isEmpty() ? "" : ": " + h.gloss()))
                .collect(Collectors.joining("; "));
    }

    private static String chooseTitle(String givenTitle, ReflowedArticle article, List<MinedSentence> sentences) {
        if (givenTitle != null && !givenTitle.isBlank()) {
            return givenTitle.strip();
        }
        if (article.headline() != null && !article.headline().isBlank()) {
            return article.headline();
        }
        if (sentences.isEmpty()) {
            return "Untitled article";
        }
        String first = sentences.get(0).text();
        return first.length() <= TITLE_FROM_SENTENCE_LENGTH ? first
                : first.substring(0, TITLE_FROM_SENTENCE_LENGTH) + "…";
    }

    /** An ASCII slug from the title's pinyin without tones (携手构建… → xieshou-goujian-…). */
    String slugOf(String title) {
        List<Token> tokens = segmenter.segment(title);
        StringBuilder slug = new StringBuilder();
        Map<Integer, Reading> byStart = new HashMap<>();
        for (Reading reading : readings.resolve(title, tokens)) {
            byStart.put(reading.token().start(), reading);
        }
        for (Token token : tokens) {
            String part;
            Reading reading = byStart.get(token.start());
            if (reading != null) {
                part = reading.syllables().stream().map(Syllable::letters).collect(Collectors.joining());
            } else if (token.kind() == TokenKind.LATIN || token.kind() == TokenKind.NUMBER) {
                part = token.text();
            } else {
                continue;
            }
            part = part.toLowerCase(Locale.ROOT).replace("ü", "v").replace("u:", "v").replaceAll("[^a-z0-9]", "");
            if (part.isEmpty() || slug.length() + part.length() + 1 > MAX_SLUG_LENGTH) {
                continue;
            }
            if (slug.length() > 0) {
                slug.append('-');
            }
            slug.append(part);
        }
        return slug.length() == 0 ? "article" : slug.toString();
    }

    /** SHA-256 of the text without any white space, so a re-wrapped copy of the same article matches. */
    public static String contentHash(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF')
                .forEach(compact::appendCodePoint);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(compact.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static StoredToken.Kind kindOf(TokenKind kind) {
        return switch (kind) {
            case WORD -> StoredToken.Kind.WORD;
            case PROPER_NOUN -> StoredToken.Kind.NAME;
            case NUMBER -> StoredToken.Kind.NUMBER;
            case LATIN -> StoredToken.Kind.LATIN;
            case PUNCTUATION -> StoredToken.Kind.PUNCTUATION;
            case SPACE -> StoredToken.Kind.SPACE;
        };
    }

    /** Occurrences of one word: how often, in which sentences, and with which readings. */
    /**
     * A word's occurrences in the article. Runs once per token, so it avoids boxing and keeps maps only for the
     * rare word read in more than one way.
     */
    private static final class WordTally {
        final String word;
        /** Sentences the word occurs in, in order, and how often in each; the first {@code sentences} are used. */
        int[] positions = new int[4];
        int[] countsPerPosition = new int[4];
        int sentences;
        int count;
        /** The first reading seen and how often; other readings (rare) in the order first seen. */
        Reading firstReading;
        int firstReadingCount;
        Map<String, Integer> otherReadingCounts;
        Map<String, Reading> otherReadings;

        WordTally(String word) {
            this.word = word;
        }

        void add(int position, Reading reading) {
            count++;
            if (sentences > 0 && positions[sentences - 1] == position) {
                countsPerPosition[sentences - 1]++;
            } else {
                if (sentences == positions.length) {
                    positions = Arrays.copyOf(positions, sentences * 2);
                    countsPerPosition = Arrays.copyOf(countsPerPosition, sentences * 2);
                }
                positions[sentences] = position;
                countsPerPosition[sentences] = 1;
                sentences++;
            }
            if (firstReading == null) {
                firstReading = reading;
                firstReadingCount = 1;
            } else if (firstReading.pinyinNumbered().equals(reading.pinyinNumbered())) {
                firstReadingCount++;
            } else {
                if (otherReadingCounts == null) {
                    otherReadingCounts = new LinkedHashMap<>();
                    otherReadings = new HashMap<>();
                }
                otherReadingCounts.merge(reading.pinyinNumbered(), 1, Integer::sum);
                otherReadings.putIfAbsent(reading.pinyinNumbered(), reading);
            }
        }

        List<Integer> positions() {
            List<Integer> list = new ArrayList<>(sentences);
            for (int i = 0; i < sentences; i++) {
                list.add(positions[i]);
            }
            return List.copyOf(list);
        }

        /** The reading the word has most often in this article (the first one seen on a tie). */
        Reading commonestReading() {
            Reading best = firstReading;
            int bestCount = firstReadingCount;
            if (otherReadingCounts != null) {
                for (Map.Entry<String, Integer> entry : otherReadingCounts.entrySet()) {
                    if (entry.getValue() > bestCount) {
                        best = otherReadings.get(entry.getKey());
                        bestCount = entry.getValue();
                    }
                }
            }
            return best;
        }
    }
}
