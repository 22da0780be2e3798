package app.yuedu.lexicon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryTest {

    private final Dictionary dictionary = SeedArticle.DICTIONARY;

    @Test
    void findsAWordBySimplifiedForm() {
        List<DictionaryEntry> entries = dictionary.lookup("峰会");
        assertEquals(1, entries.size());
        DictionaryEntry summit = entries.get(0);
        assertEquals("峰會", summit.traditional());
        assertEquals("feng1 hui4", summit.pinyinNumbered());
        assertEquals("fēnghuì", summit.pinyin());
        assertTrue(summit.glosses().get(0).contains("summit"));
        assertFalse(summit.properNoun());
    }

    @Test
    void findsAWordByTraditionalForm() {
        List<DictionaryEntry> entries = dictionary.lookup("發展");
        assertEquals(1, entries.size());
        assertEquals("发展", entries.get(0).simplified());
        assertTrue(dictionary.contains("國家主席"));
    }

    @Test
    void keepsEveryReadingOfAPolyphone() {
        List<String> readings = dictionary.lookup("长").stream().map(DictionaryEntry::pinyinNumbered).toList();
        assertTrue(readings.containsAll(List.of("chang2", "zhang3")), readings.toString());
    }

    @Test
    void marksNamesByTheirCapitalisedReading() {
        DictionaryEntry astana = dictionary.lookup("阿斯塔纳").get(0);
        assertTrue(astana.properNoun());
        assertEquals("Āsītǎnà", astana.pinyin());
        assertEquals("Xī'ān", dictionary.lookup("西安").get(0).pinyin());
    }

    @Test
    void turnsClassifiersIntoReadableForm() {
        DictionaryEntry book = dictionary.lookup("书").stream()
                .filter(e -> e.pinyinNumbered().equals("shu1")).findFirst().orElseThrow();
        assertTrue(book.classifiers().contains("本 běn"), book.classifiers().toString());
        assertTrue(book.glosses().stream().noneMatch(g -> g.startsWith("CL:")));
    }

    @Test
    void answersNothingForTextThatIsNoHeadword() {
        assertTrue(dictionary.lookup("托卡耶夫").isEmpty());
        assertFalse(dictionary.contains("社会发展"));
        assertFalse(dictionary.contains(""));
    }

    @Test
    void checksASliceOfTextWithoutCopyingIt() {
        String text = "出席峰会。";
        assertTrue(dictionary.contains(text, 2, 4));
        assertFalse(dictionary.contains(text, 1, 3));
    }

    @Test
    void knowsItsSizeAndLongestHeadword() {
        assertTrue(dictionary.size() > 120_000, "entries: " + dictionary.size());
        assertTrue(dictionary.maxWordLength() >= 10 && dictionary.maxWordLength() < 40);
    }
}
