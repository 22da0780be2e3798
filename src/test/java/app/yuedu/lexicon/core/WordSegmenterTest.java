package app.yuedu.lexicon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class WordSegmenterTest {

    private static final WordSegmenter SEGMENTER = new WordSegmenter(SeedArticle.DICTIONARY);
    private static final List<Token> SEED_TOKENS = SEGMENTER.segment(SeedArticle.TEXT);

    private static Token tokenFor(String word) {
        return SEED_TOKENS.stream().filter(t -> t.text().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError(word + " is not one token in " + texts(SEED_TOKENS)));
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    @Test
    void keepsForeignAndChineseNamesWholeAsProperNouns() {
        for (String name : List.of("托卡耶夫", "阿斯塔纳", "张骞", "习近平", "西安", "杜尚别")) {
            assertEquals(TokenKind.PROPER_NOUN, tokenFor(name).kind(), name);
        }
    }

    @Test
    void joinsNeighboursIntoDictionaryWords() {
        tokenFor("一带一路");
        tokenFor("国家主席");
        tokenFor("各族人民");
        tokenFor("峰会");
        tokenFor("如约而至"); // an idiom, although HanLP tags 而 as a conjunction
        assertEquals(TokenKind.WORD, tokenFor("长河").kind());
    }

    @Test
    void fineGranularityRepairsHanLpWithoutMergingCompounds() {
        WordSegmenter fine = new WordSegmenter(SeedArticle.DICTIONARY, SegmentationOverrides.NONE,
                WordSegmenter.Granularity.FINE);
        List<String> words = texts(fine.segment(SeedArticle.TEXT));
        assertTrue(words.containsAll(List.of("国家", "主席", "张骞", "托卡耶夫", "峰会")), words.toString());
        assertFalse(words.contains("国家主席"));
    }

    @Test
    void splitsCompoundsTheDictionaryLacks() {
        List<String> words = texts(SEGMENTER.segment("促进双方社会发展。"));
        assertTrue(words.containsAll(List.of("社会", "发展")), words.toString());
        assertFalse(words.contains("社会发展"));
    }

    @Test
    void doesNotPullASyllableOffAGoodWord() {
        List<String> words = texts(SEGMENTER.segment(SeedArticle.sentenceWith("新增长点")));
        assertFalse(words.contains("新增"), words.toString());
        assertTrue(words.contains("新"), words.toString());
        List<String> platform = texts(SEGMENTER.segment(SeedArticle.sentenceWith("搭建更多平台")));
        assertTrue(platform.contains("平台"), platform.toString());
    }

    @Test
    void segmentsTraditionalTextLikeSimplified() {
        List<Token> tokens = SEGMENTER.segment("峰會在哈薩克斯坦舉行，國家主席出席。");
        List<String> words = texts(tokens);
        assertTrue(words.containsAll(List.of("峰會", "哈薩克斯坦", "國家主席", "出席")), words.toString());
        assertEquals(TokenKind.PROPER_NOUN, tokens.get(words.indexOf("哈薩克斯坦")).kind());
    }

    @Test
    void firstSentenceComesOutAsWordsNumbersAndPunctuation() {
        String sentence = SeedArticle.sentenceWith("托卡耶夫");
        assertTrue(sentence.startsWith("应哈萨克斯坦共和国总统托卡耶夫邀请，国家主席习近平将于6月16日至18日赴"));
        List<Token> tokens = SEGMENTER.segment(sentence);
        assertEquals(sentence, String.join("", texts(tokens)));
        Token six = tokens.stream().filter(t -> t.text().equals("6")).findFirst().orElseThrow();
        assertEquals(TokenKind.NUMBER, six.kind());
        Token month = tokens.get(tokens.indexOf(six) + 1);
        assertEquals("月", month.text());
        assertEquals(TokenKind.WORD, month.kind());
        assertEquals(TokenKind.PUNCTUATION, tokens.get(tokens.size() - 1).kind());
        for (Token token : tokens) {
            assertEquals(token.text(), sentence.substring(token.start(), token.end()));
            if (token.text().chars().allMatch(Character::isDigit) || "，。—".contains(token.text())) {
                assertFalse(token.isVocabulary(), token.toString());
            }
        }
    }

    @Test
    void classifiesDigitsLatinAndSpaces() {
        List<Token> tokens = SEGMENTER.segment("2100多年前 APEC");
        assertEquals(new Token("2100", TokenKind.NUMBER, 0), tokens.get(0));
        assertTrue(tokens.contains(new Token(" ", TokenKind.SPACE, 7)), tokens.toString());
        assertTrue(tokens.contains(new Token("APEC", TokenKind.LATIN, 8)), tokens.toString());
        assertTrue(SEGMENTER.segment("中国二○○一年").stream().noneMatch(t -> t.kind() == TokenKind.PUNCTUATION));
        assertEquals(TokenKind.WORD, SEGMENTER.segment("二").get(0).kind());
        assertTrue(SEGMENTER.segment("").isEmpty());
    }

    @Test
    void overridesForceAWordWholeAndSplitAnother() {
        String text = "中国同中亚国家关系发展新蓝图";
        assertTrue(texts(SEGMENTER.segment(text)).contains("中亚"));
        SegmentationOverrides overrides = SegmentationOverrides.parse(List.of(
                "# teacher's corrections", "+亚国家关", "-蓝图", ""));
        assertEquals(Set.of("亚国家关"), overrides.forcedWords());
        List<Token> tokens = new WordSegmenter(SeedArticle.DICTIONARY, overrides).segment(text);
        List<String> words = texts(tokens);
        assertTrue(words.contains("亚国家关"), words.toString());
        assertTrue(words.contains("中"), words.toString());
        assertTrue(words.containsAll(List.of("蓝", "图")), words.toString());
        assertFalse(words.contains("蓝图"));
        assertEquals(text, String.join("", words));
        for (Token token : tokens) {
            assertEquals(token.text(), text.substring(token.start(), token.end()));
        }
    }

    @Test
    void segmentsTheSameTextTheSameWayFromSeveralThreads() throws Exception {
        List<String> expected = texts(SEED_TOKENS);
        List<Thread> threads = new ArrayList<>();
        Queue<List<String>> results = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 4; i++) {
            Thread thread = new Thread(() -> results.add(texts(SEGMENTER.segment(SeedArticle.TEXT))));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(4, results.size());
        results.forEach(r -> assertEquals(expected, r));
    }
}
