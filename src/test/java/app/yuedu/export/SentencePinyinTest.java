package app.yuedu.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.yuedu.articles.core.StoredToken;
import app.yuedu.articles.core.StoredToken.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencePinyinTest {

    @Test
    void wordsAreWrittenTogetherAndSeparatedBySpaces() {
        List<StoredToken> tokens = List.of(
                new StoredToken("中亚", Kind.NAME, "Zhong1 Ya4"),
                new StoredToken("峰会", Kind.WORD, "feng1 hui4"),
                new StoredToken("在", Kind.WORD, "zai4"),
                new StoredToken("西安", Kind.NAME, "Xi1 an1"),
                new StoredToken("举行", Kind.WORD, "ju3 xing2"),
                new StoredToken("。", Kind.PUNCTUATION, ""));
        assertEquals("Zhōng Yà fēnghuì zài Xī'ān jǔxíng.", SentencePinyin.of(tokens));
    }

    @Test
    void numbersAndLatinTextStayAsWrittenAndPunctuationJoinsTheWordBefore() {
        List<StoredToken> tokens = List.of(
                new StoredToken("“", Kind.PUNCTUATION, ""),
                new StoredToken("2023", Kind.NUMBER, ""),
                new StoredToken("年", Kind.WORD, "nian2"),
                new StoredToken("，", Kind.PUNCTUATION, ""),
                new StoredToken(" ", Kind.SPACE, ""),
                new StoredToken("APEC", Kind.LATIN, ""),
                new StoredToken("”", Kind.PUNCTUATION, ""));
        assertEquals("“2023 nián, APEC”", SentencePinyin.of(tokens));
    }

    @Test
    void aDashJoinsWithoutSpaces() {
        assertEquals("Zhōngguó—Zhōng Yà guānxi", SentencePinyin.of(List.of(
                new StoredToken("中国", Kind.NAME, "Zhong1 guo2"), new StoredToken("—", Kind.PUNCTUATION, ""),
                new StoredToken("中亚", Kind.NAME, "Zhong1 Ya4"), new StoredToken("关系", Kind.WORD, "guan1 xi5"))));
    }

    @Test
    void neutralToneAndUmlaut() {
        assertEquals("de lǜsè", SentencePinyin.of(List.of(
                new StoredToken("的", Kind.WORD, "de5"), new StoredToken("绿色", Kind.WORD, "lu:4 se4"))));
    }
}
