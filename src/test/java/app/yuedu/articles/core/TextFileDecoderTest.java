package app.yuedu.articles.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFileDecoderTest {

    static final String SIMPLIFIED = "新华社北京9月1日电 国家主席在会议上发表重要讲话，强调我们要坚持发展，"
            + "推动经济社会高质量发展。他说，这是一个新的时代，人民的生活会越来越好。";
    static final String TRADITIONAL = "中央社台北1日電 學生們在這個學期開始學習新的課程，老師說，讀書是為了"
            + "了解世界，也是為了讓自己的生活更有意義。";

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() {
        assertEquals(new TextFileDecoder.Decoded(SIMPLIFIED, "UTF-8"),
                TextFileDecoder.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_8)));
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        assertEquals(SIMPLIFIED, TextFileDecoder.decode(withBom).text());
    }

    @Test
    void readsUtf16InBothByteOrders() {
        byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE));
        byte[] big = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TRADITIONAL.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(new TextFileDecoder.Decoded(SIMPLIFIED, "UTF-16LE"), TextFileDecoder.decode(little));
        assertEquals(new TextFileDecoder.Decoded(TRADITIONAL, "UTF-16BE"), TextFileDecoder.decode(big));
    }

    @Test
    void tellsGb18030FromBig5() {
        assertEquals(new TextFileDecoder.Decoded(SIMPLIFIED, "GB18030"),
                TextFileDecoder.decode(SIMPLIFIED.getBytes(Charset.forName("GB18030"))));
        assertEquals(new TextFileDecoder.Decoded(SIMPLIFIED, "GB18030"),
                TextFileDecoder.decode(SIMPLIFIED.getBytes(Charset.forName("GBK"))));
        assertEquals(new TextFileDecoder.Decoded(TRADITIONAL, "Big5"),
                TextFileDecoder.decode(TRADITIONAL.getBytes(Charset.forName("Big5"))));
        // Traditional text saved as GB18030 is GB18030, not Big5.
        assertEquals(new TextFileDecoder.Decoded(TRADITIONAL, "GB18030"),
                TextFileDecoder.decode(TRADITIONAL.getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void rejectsBinaryDataAsNotText() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + (i >> 3));
        }
        ArticleRejected rejected = assertThrows(ArticleRejected.class, () -> TextFileDecoder.decode(binary));
        assertEquals(ArticleRejected.Reason.NOT_TEXT, rejected.reason());
        assertTrue(rejected.getMessage().contains("not a text file"), rejected.getMessage());
        // A PNG header followed by zeros: valid as bytes in several encodings, but full of control characters.
        byte[] png = ByteBuffer.allocate(512).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).array();
        assertEquals(ArticleRejected.Reason.NOT_TEXT,
                assertThrows(ArticleRejected.class, () -> TextFileDecoder.decode(png)).reason());
    }

    @Test
    void theCommonCharacterShareSeparatesRightFromWrongDecodings() {
        byte[] gb = SIMPLIFIED.getBytes(Charset.forName("GB18030"));
        String wrong = new String(gb, Charset.forName("Big5"));
        assertTrue(TextFileDecoder.commonShare(SIMPLIFIED) > 0.4, "right: " + TextFileDecoder.commonShare(SIMPLIFIED));
        assertTrue(TextFileDecoder.commonShare(wrong) < 0.2, "wrong: " + TextFileDecoder.commonShare(wrong));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }
}
