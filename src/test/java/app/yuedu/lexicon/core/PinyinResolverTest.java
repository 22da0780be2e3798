package app.yuedu.lexicon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinResolverTest {

    private static final WordSegmenter SEGMENTER = new WordSegmenter(SeedArticle.DICTIONARY);
    private static final PinyinResolver RESOLVER = new PinyinResolver(SeedArticle.DICTIONARY);

    /** The reading of {@code word} inside the seed sentence that contains it. */
    private static Reading readingIn(String word) {
        return readingIn(word, word);
    }

    /** The reading of {@code word} inside the seed sentence that contains {@code context}. */
    private static Reading readingIn(String word, String context) {
        String sentence = SeedArticle.sentenceWith(context);
        List<Reading> readings = RESOLVER.resolve(sentence, SEGMENTER.segment(sentence));
        return readings.stream().filter(r -> r.token().text().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError(word + " not a token of " + sentence));
    }

    @Test
    void readsPolyphonesAsTheSeedUsesThem() {
        assertEquals("fāzhǎn", readingIn("发展").pinyin());
        assertEquals("chángyuǎn", readingIn("长远").pinyin());
        assertEquals("zhòngdà", readingIn("重大").pinyin());
        assertEquals("hépíng", readingIn("和平", "和平是地区").pinyin());
        assertEquals("xiānghù", readingIn("相互").pinyin());
        assertEquals("shuàixiān", readingIn("率先").pinyin());
        assertEquals("zhuóyǎn", readingIn("着眼").pinyin());
    }

    @Test
    void givesDictionaryGlosses() {
        Reading summit = readingIn("峰会");
        assertEquals("fēnghuì", summit.pinyin());
        assertTrue(summit.inDictionary());
        assertTrue(summit.glosses().stream().anyMatch(g -> g.contains("summit")), summit.glosses().toString());
        assertTrue(summit.characterHints().isEmpty());
    }

    @Test
    void readsNamesFromTheirCapitalisedEntries() {
        assertEquals("Āsītǎnà", readingIn("阿斯塔纳").pinyin());
        assertEquals("Xī'ān", readingIn("西安").pinyin());
        assertEquals(List.of(1, 1), readingIn("西安").syllables().stream().map(Syllable::tone).toList());
    }

    @Test
    void usesTheSentenceToChooseBetweenReadingsOfACharacter() {
        String sentence = "他长大了。";
        List<Token> tokens = List.of(new Token("他", TokenKind.WORD, 0), new Token("长", TokenKind.WORD, 1),
                new Token("大", TokenKind.WORD, 2));
        assertEquals("zhang3", RESOLVER.resolve(sentence, tokens).get(1).pinyinNumbered());
        List<Token> road = List.of(new Token("路", TokenKind.WORD, 0), new Token("很", TokenKind.WORD, 1),
                new Token("长", TokenKind.WORD, 2));
        assertEquals("chang2", RESOLVER.resolve("路很长。", road).get(2).pinyinNumbered());
    }

    @Test
    void hintsCharacterByCharacterForWordsTheDictionaryLacks() {
        Reading trainService = readingIn("班列");
        assertFalse(trainService.inDictionary());
        assertEquals("bānliè", trainService.pinyin());
        assertTrue(trainService.glosses().isEmpty());
        List<CharacterHint> hints = trainService.characterHints();
        assertEquals(List.of("班", "列"), hints.stream().map(CharacterHint::character).toList());
        assertTrue(hints.stream().allMatch(h -> !h.gloss().isEmpty()), hints.toString());

        Reading name = readingIn("托卡耶夫");
        assertTrue(name.pinyin().startsWith("Tuōkǎy"), name.pinyin());
        assertEquals("tuokayefu", java.text.Normalizer.normalize(name.pinyin(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase());
        assertEquals(4, name.characterHints().size());
    }

    @Test
    void readsTheCircleUsedForZeroInYears() {
        String text = "二○○一年";
        List<Reading> readings = RESOLVER.resolve(text, SEGMENTER.segment(text));
        String pinyin = readings.stream().map(Reading::pinyin).reduce("", String::concat);
        assertEquals("èrlínglíngyīnián", pinyin);
    }

    @Test
    void skipsTokensThatAreNotVocabulary() {
        String sentence = SeedArticle.sentenceWith("托卡耶夫");
        List<Token> tokens = SEGMENTER.segment(sentence);
        List<Reading> readings = RESOLVER.resolve(sentence, tokens);
        assertEquals(tokens.stream().filter(Token::isVocabulary).count(), readings.size());
    }
}
