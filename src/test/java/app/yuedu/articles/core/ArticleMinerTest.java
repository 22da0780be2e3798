package app.yuedu.articles.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.articles.core.MinedArticle.MinedSentence;
import app.yuedu.articles.core.MinedArticle.MinedWord;
import app.yuedu.lexicon.core.Dictionary;
import app.yuedu.lexicon.core.Pinyin;
import app.yuedu.lexicon.core.PinyinResolver;
import app.yuedu.lexicon.core.WordRanking;
import app.yuedu.lexicon.core.WordSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole mining pipeline on the seed article, checked against what a reader of the article knows. */
class ArticleMinerTest {

    static final String FIRST_SENTENCE =
            "应哈萨克斯坦共和国总统托卡耶夫邀请，国家主席习近平将于6月16日至18日赴哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会。";

    static String seed;
    static ArticleMiner miner;
    static MinedArticle mined;
    static Map<String, MinedWord> words;

    @BeforeAll
    static void mineTheSeed() throws IOException {
        seed = Files.readString(Path.of("seeds/000_62ae10bd87667f17.txt"), StandardCharsets.UTF_8);
        Dictionary dictionary = Dictionary.loadDefault();
        miner = new ArticleMiner(new WordSegmenter(dictionary), new PinyinResolver(dictionary),
                WordRanking.loadDefault(), new SentenceSplitter());
        mined = miner.mine(seed, null);
        words = mined.vocabulary().stream().collect(Collectors.toMap(MinedWord::word, Function.identity()));
    }

    @Test
    void firstSentenceIsReflowedExactly() {
        assertEquals(FIRST_SENTENCE, mined.sentences().get(0).text());
    }

    @Test
    void metadataIsFoundAndIsNotBodyText() {
        assertEquals("携手构建更加紧密的中国—中亚命运共同体", mined.headline());
        assertEquals("携手构建更加紧密的中国—中亚命运共同体", mined.title());
        assertEquals("新华社北京6月15日电", mined.dateline());
        assertEquals("新华社记者 董越", mined.byline());
        for (MinedSentence sentence : mined.sentences()) {
            assertFalse(sentence.text().contains("新华社"), sentence.text());
            assertFalse(sentence.text().contains("董越"), sentence.text());
            assertNotEquals(mined.headline(), sentence.text());
        }
    }

    @Test
    void namesAreSingleWords() {
        for (String name : new String[] {"托卡耶夫", "阿斯塔纳", "张骞", "习近平"}) {
            assertTrue(words.containsKey(name), name + " is one word");
            assertTrue(words.get(name).properNoun(), name + " is a name");
        }
    }

    @Test
    void polyphonesTakeTheReadingOfTheirWord() {
        Map<String, String> expected = Map.of("发展", "fāzhǎn", "长远", "chángyuǎn", "重大", "zhòngdà",
                "和平", "hépíng", "相互", "xiānghù", "率先", "shuàixiān", "着眼", "zhuóyǎn");
        expected.forEach((word, pinyin) -> {
            assertTrue(words.containsKey(word), word + " occurs in the seed");
            assertEquals(pinyin, Pinyin.toMarked(words.get(word).pinyin()), word);
        });
    }

    @Test
    void summitIsFenghui() {
        MinedWord summit = words.get("峰会");
        assertEquals("fēnghuì", Pinyin.toMarked(summit.pinyin()));
        assertTrue(summit.glosses().stream().anyMatch(g -> g.contains("summit")), summit.glosses().toString());
        assertTrue(summit.inDictionary());
        assertTrue(summit.hskLevel() == 0 || summit.hskLevel() >= 5, "峰会 is not a beginner word");
    }

    @Test
    void noNoteIsPunctuationOrANumber() {
        for (MinedWord word : mined.vocabulary()) {
            assertTrue(word.word().codePoints().allMatch(Character::isIdeographic)
                    || word.word().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "not a Chinese word: " + word.word());
            assertFalse(word.word().matches(".*[0-9０-９，。、；：！？“”（）—…].*"), word.word());
        }
    }

    @Test
    void everyNoteLinksToSentencesThatContainIt() {
        for (MinedWord word : mined.vocabulary()) {
            assertFalse(word.sentencePositions().isEmpty(), word.word());
            for (int position : word.sentencePositions()) {
                assertTrue(mined.sentences().get(position).text().contains(word.word()), word.word());
            }
            assertTrue(word.sentencePositions().contains(word.exampleSentence()), word.word());
            assertTrue(word.count() >= word.sentencePositions().size(), word.word());
        }
    }

    @Test
    void commonFunctionWordsAreKnownByDefaultAndOthersAreNot() {
        assertTrue(words.get("的").knownByDefault());
        assertFalse(words.get("峰会").knownByDefault());
    }

    @Test
    void wordsMissingFromTheDictionaryGetPinyinAndACharacterHint() {
        MinedWord missing = mined.vocabulary().stream().filter(w -> !w.inDictionary() && !w.properNoun())
                .findFirst().orElseThrow();
        assertFalse(missing.pinyin().isBlank(), missing.word());
        assertTrue(missing.glosses().isEmpty(), "no invented gloss for " + missing.word());
        assertTrue(missing.charHint() != null && missing.charHint().contains(missing.word().substring(0, 1)),
                missing.word() + " " + missing.charHint());
    }

    @Test
    void tokensOfEverySentenceRebuildItsText() {
        for (MinedSentence sentence : mined.sentences()) {
            String rebuilt = sentence.tokens().stream().map(StoredToken::text).collect(Collectors.joining());
            assertEquals(sentence.text(), rebuilt);
            sentence.tokens().stream().filter(StoredToken::isVocabulary)
                    .forEach(t -> assertFalse(t.pinyin().isBlank(), t.text()));
        }
    }

    @Test
    void slugIsAsciiPinyinOfTheTitle() {
        assertTrue(mined.slug().startsWith("xieshou-goujian"), mined.slug());
        assertTrue(mined.slug().matches("[a-z0-9-]{1,60}"), mined.slug());
    }

    @Test
    void contentHashIgnoresLineWrapping() {
        assertEquals(mined.contentHash(), ArticleMiner.contentHash(seed.replace("\n", "")));
        assertNotEquals(mined.contentHash(), ArticleMiner.contentHash(seed.replace("峰会", "会议")));
    }
}
