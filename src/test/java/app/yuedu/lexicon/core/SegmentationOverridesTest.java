package app.yuedu.lexicon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentationOverridesTest {

    @Test
    void readsForcedAndSplitWordsIgnoringCommentsAndBlanks() {
        SegmentationOverrides overrides = SegmentationOverrides.parse(List.of(
                "# corrections for the seed article", "+托卡耶夫", "  -社会发展  ", "", "+ 命运共同体"));
        assertEquals(Set.of("托卡耶夫", "命运共同体"), overrides.forcedWords());
        assertEquals(Set.of("社会发展"), overrides.splitWords());
    }

    @Test
    void rejectsALineWithoutASign() {
        assertThrows(IllegalArgumentException.class, () -> SegmentationOverrides.parse(List.of("托卡耶夫")));
    }

    @Test
    void emptyByDefault() {
        assertTrue(SegmentationOverrides.NONE.isEmpty());
        assertTrue(SegmentationOverrides.parse(List.of("# nothing yet")).isEmpty());
    }

    @Test
    void forcedWordBecomesOneTokenAndKeepsItsNeighbours() {
        SegmentationOverrides overrides = SegmentationOverrides.parse(List.of("+命运共同体"));
        String text = "构建人类命运共同体。";
        List<Token> tokens = new WordSegmenter(SeedArticle.DICTIONARY, overrides).segment(text);
        List<String> words = tokens.stream().map(Token::text).toList();
        assertEquals(List.of("构建", "人类", "命运共同体", "。"), words);
        assertEquals(TokenKind.WORD, tokens.get(2).kind());
    }
}
