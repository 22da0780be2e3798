package app.yuedu.articles.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleTextCheckTest {

    private final ArticleTextCheck check = new ArticleTextCheck(100);

    @Test
    void acceptsAChineseText() {
        assertEquals("中国经济稳中向好。", check.check("中国经济稳中向好。"));
        assertEquals("中国經濟穩中向好。", check.check("中国經濟穩中向好。".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void dropsTheByteOrderMarkOfAnUpload() {
        byte[] upload = "\uFEFF中文".getBytes(StandardCharsets.UTF_8);
        assertEquals("中文", check.check(upload));
    }

    @Test
    void rejectsEmptyAndBlankText() {
        for (String text : new String[] {null, "", "  \n\t", "\u3000\u00A0\u200B"}) {
            ArticleRejected rejected = assertThrows(ArticleRejected.class, () -> check.check(text));
            assertEquals(ArticleRejected.Reason.EMPTY, rejected.reason());
            assertEquals("The article is empty: paste the text of a Chinese article.", rejected.getMessage());
        }
        assertEquals(ArticleRejected.Reason.EMPTY,
                assertThrows(ArticleRejected.class, () -> check.check(new byte[0])).reason());
    }

    @Test
    void rejectsTextWithoutChinese() {
        ArticleRejected rejected = assertThrows(ArticleRejected.class, () -> check.check("Hello, world! こんにちは"));
        assertEquals(ArticleRejected.Reason.NO_CHINESE, rejected.reason());
        assertTrue(rejected.getMessage().startsWith("The article contains no Chinese characters"));
    }

    @Test
    void acceptsHanOutsideTheBasicPlane() {
        assertEquals("\uD840\uDC00", check.check("\uD840\uDC00"));
    }

    @Test
    void rejectsTextOverTheLimitInUtf8Bytes() {
        String thirtyFour = "中".repeat(34);
        assertEquals(thirtyFour, new ArticleTextCheck(102).check(thirtyFour));
        ArticleRejected rejected = assertThrows(ArticleRejected.class, () -> new ArticleTextCheck(101).check(thirtyFour));
        assertEquals(ArticleRejected.Reason.TOO_LARGE, rejected.reason());
        assertTrue(rejected.getMessage().contains("102 bytes"), rejected.getMessage());
        assertTrue(rejected.getMessage().contains("101 bytes"), rejected.getMessage());
        assertEquals(ArticleRejected.Reason.TOO_LARGE, assertThrows(ArticleRejected.class,
                () -> new ArticleTextCheck(101).check(thirtyFour.getBytes(StandardCharsets.UTF_8))).reason());
    }

    @Test
    void countsUtf8BytesLikeTheEncoder() {
        String mixed = "a中é\uD840\uDC00";
        assertEquals(mixed.getBytes(StandardCharsets.UTF_8).length, ArticleTextCheck.utf8Length(mixed));
    }

    @Test
    void rejectsGbkBytesAsInvalidUtf8() {
        byte[] gbk = "中文文章".getBytes(Charset.forName("GBK"));
        ArticleRejected rejected = assertThrows(ArticleRejected.class, () -> check.check(gbk));
        assertEquals(ArticleRejected.Reason.INVALID_UTF8, rejected.reason());
        assertTrue(rejected.getMessage().contains("offset 0"), rejected.getMessage());
        assertTrue(rejected.getMessage().contains("save it again as UTF-8"), rejected.getMessage());
    }

    @Test
    void reportsTheOffsetOfTheFirstBadByte() {
        byte[] bytes = {(byte) 0xE4, (byte) 0xB8, (byte) 0xAD, 'a', (byte) 0xC3};
        ArticleRejected rejected = assertThrows(ArticleRejected.class, () -> check.check(bytes));
        assertTrue(rejected.getMessage().contains("offset 4"), rejected.getMessage());
    }

    @Test
    void recognisesUtf16() {
        byte[] utf16 = "中文".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        ArticleRejected rejected = assertThrows(ArticleRejected.class, () -> check.check(withBom));
        assertEquals(ArticleRejected.Reason.INVALID_UTF8, rejected.reason());
        assertTrue(rejected.getMessage().contains("UTF-16"), rejected.getMessage());
    }
}
