package app.yuedu.export.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinSyllableTest {

    @Test
    void placesToneMarksByTheStandardRule() {
        assertEquals(List.of(new PinyinSyllable("fēng", 1), new PinyinSyllable("huì", 4)),
                PinyinSyllable.parseNumbered("feng1 hui4"));
        assertEquals("liú", PinyinSyllable.parseNumbered("liu2").get(0).text());
        assertEquals("guǒ", PinyinSyllable.parseNumbered("guo3").get(0).text());
        assertEquals("lòu", PinyinSyllable.parseNumbered("lou4").get(0).text());
        assertEquals("xué", PinyinSyllable.parseNumbered("xue2").get(0).text());
        assertEquals("nǚ", PinyinSyllable.parseNumbered("nu:3").get(0).text());
        assertEquals("lǜ", PinyinSyllable.parseNumbered("lv4").get(0).text());
        assertEquals("Ǎo", PinyinSyllable.parseNumbered("Ao3").get(0).text());
    }

    @Test
    void neutralToneAndNonSyllables() {
        assertEquals(new PinyinSyllable("ma", 5), PinyinSyllable.parseNumbered("ma5").get(0));
        assertEquals(new PinyinSyllable("de", 5), PinyinSyllable.parseNumbered("de").get(0));
        assertEquals(new PinyinSyllable("r", 5), PinyinSyllable.parseNumbered("r5").get(0));
        assertEquals(new PinyinSyllable(",", 0), PinyinSyllable.parseNumbered("hao3 , de5").get(1));
        assertEquals(List.of(), PinyinSyllable.parseNumbered("  "));
    }

    @Test
    void joinedReadingGetsApostrophesAndToneSpans() {
        List<PinyinSyllable> xian = PinyinSyllable.parseNumbered("Xi1 an1");
        assertEquals("Xī'ān", NoteContent.pinyinText(xian));
        assertEquals("<span class=\"tone1\">Xī</span>'<span class=\"tone1\">ān</span>", NoteContent.pinyinHtml(xian));
        assertEquals("nǚ'ér", NoteContent.pinyinText(PinyinSyllable.parseNumbered("nu:3 er2")));
    }

    @Test
    void rejectsImpossibleTones() {
        assertThrows(IllegalArgumentException.class, () -> new PinyinSyllable("a", 6));
    }
}
