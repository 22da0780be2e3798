package app.yuedu.lexicon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void marksTonesOnTheRightVowel() {
        assertEquals("fēnghuì", Pinyin.toMarked("feng1 hui4"));
        assertEquals("xiūliú", Pinyin.toMarked("xiu1 liu2"));
        assertEquals("gǒu", Pinyin.toMarked("gou3"));
        assertEquals("shuài", Pinyin.toMarked("shuai4"));
        assertEquals("zhuóyǎn", Pinyin.toMarked("zhuo2 yan3"));
    }

    @Test
    void writesUmlautFromColonOrV() {
        assertEquals("lǜ", Pinyin.toMarked("lu:4"));
        assertEquals("lǜ", Pinyin.toMarked("lv4"));
        assertEquals("nǚ'ér", Pinyin.toMarked("nu:3 er2"));
        assertEquals("lüè", Pinyin.toMarked("lu:e4"));
    }

    @Test
    void leavesNeutralToneUnmarked() {
        assertEquals("xuésheng", Pinyin.toMarked("xue2 sheng5"));
        assertEquals("ma", Pinyin.toMarked("ma5"));
    }

    @Test
    void separatesSyllablesStartingWithAVowelByAnApostrophe() {
        assertEquals("Xī'ān", Pinyin.toMarked("Xi1 an1"));
        assertEquals("tiān'ānmén", Pinyin.toMarked("tian1 an1 men2"));
        assertEquals("ài'ǒu", Pinyin.toMarked("ai4 ou3"));
    }

    @Test
    void keepsCapitals() {
        assertEquals("Āsītǎnà", Pinyin.toMarked("A1 si1 ta3 na4"));
        assertEquals("Ōuzhōu", Pinyin.toMarked("Ou1 zhou1"));
    }

    @Test
    void separatesThePartsOfANameByASpace() {
        assertEquals("Xí Jìnpíng", Pinyin.toMarked("Xi2 Jin4 ping2"));
        assertEquals("Zhōng Yà", Pinyin.toMarked("Zhong1 Ya4"));
        assertEquals("Xī'ān Shì", Pinyin.toMarked("Xi1 an1 Shi4"));
    }

    @Test
    void joinsErhuaToThePrecedingSyllable() {
        assertEquals("yīdiǎnr", Pinyin.toMarked("yi1 dian3 r5"));
        assertEquals("nǎr", Pinyin.toMarked("na3 r5"));
    }

    @Test
    void passesNonPinyinThrough() {
        assertEquals("kǎlāOK", Pinyin.toMarked("ka3 la1 O K"));
    }

    @Test
    void exposesSyllablesWithTones() {
        List<Syllable> syllables = Pinyin.syllables("Xi1 an1 ma5");
        assertEquals(List.of("Xī", "ān", "ma"), syllables.stream().map(Syllable::marked).toList());
        assertEquals(List.of(1, 1, 5), syllables.stream().map(Syllable::tone).toList());
        assertEquals("lu:4", Pinyin.parse("lv4").numbered());
        assertFalse(Pinyin.parse("K").isPinyin());
    }
}
