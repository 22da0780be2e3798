package app.yuedu.articles.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

public class DocxTextTest {

    static final long LIMIT = 50L << 20;

    /** A minimal .docx: only word/document.xml matters to the reader, but real files carry more parts. */
    public static byte[] docx(String... paragraphs) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (String paragraph : paragraphs) {
            int half = paragraph.length() / 2;
            xml.append("<w:p><w:pPr><w:jc w:val=\"left\"/></w:pPr><w:r><w:t>").append(paragraph, 0, half)
                    .append("</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">")
                    .append(paragraph.substring(half)).append("</w:t></w:r></w:p>");
        }
        xml.append("</w:body></w:document>");
        return zip(new String[] {"[Content_Types].xml", "<Types/>"}, new String[] {"word/document.xml", xml.toString()});
    }

    static byte[] zip(String[]... entries) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (String[] entry : entries) {
                    zip.putNextEntry(new ZipEntry(entry[0]));
                    zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A zip whose document inflates from a few dozen KB to {@code megabytes} MB. */
    public static byte[] zipBomb(int megabytes) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < megabytes; i++) {
                    zip.write(spaces);
                }
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsParagraphsInOrder() {
        String text = new DocxText(LIMIT).extract(docx("我们一起学习中文。", "老师说，读文章是好办法。"));
        assertEquals("我们一起学习中文。\n老师说，读文章是好办法。\n", text);
    }

    @Test
    void refusesZipBombsByRatioByTotalSizeAndByEntryCount() {
        byte[] bomb = zipBomb(60);
        assertTrue(bomb.length < 2 << 20, "the bomb fits an upload: " + bomb.length);
        ArticleRejected byRatio = assertThrows(ArticleRejected.class, () -> new DocxText(LIMIT).extract(bomb));
        assertEquals(ArticleRejected.Reason.DAMAGED_FILE, byRatio.reason());
        assertTrue(byRatio.getMessage().contains("zip bomb"), byRatio.getMessage());

        assertThrows(ArticleRejected.class, () -> new DocxText(1000).extract(docx("中文".repeat(1000))));

        String[][] many = new String[1001][];
        for (int i = 0; i < many.length; i++) {
            many[i] = new String[] {"part" + i + ".xml", "<x/>"};
        }
        ArticleRejected byCount = assertThrows(ArticleRejected.class, () -> new DocxText(LIMIT).extract(zip(many)));
        assertTrue(byCount.getMessage().contains("zip bomb"), byCount.getMessage());
    }

    @Test
    void refusesFilesThatAreNoWordDocument() {
        assertEquals(ArticleRejected.Reason.DAMAGED_FILE, assertThrows(ArticleRejected.class,
                () -> new DocxText(LIMIT).extract("not a zip".getBytes(StandardCharsets.UTF_8))).reason());
        assertThrows(ArticleRejected.class,
                () -> new DocxText(LIMIT).extract(zip(new String[] {"other.xml", "<x/>"})));
        // An external entity is never resolved.
        byte[] xxe = zip(new String[] {"word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM"
                + " \"file:///etc/passwd\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                + "2006/main\"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>"});
        assertThrows(ArticleRejected.class, () -> new DocxText(LIMIT).extract(xxe));
    }
}
