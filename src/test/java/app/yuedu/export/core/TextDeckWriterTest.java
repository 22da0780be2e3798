package app.yuedu.export.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDeckWriterTest {

    @TempDir
    Path tmp;

    private static List<String> lines(ExportDeck deck, List<ExportNote> notes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = new TextDeckWriter().write(deck, notes.stream(), out);
        assertEquals(notes.size(), written);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\n"));
        return List.of(text.split("\n"));
    }

    @Test
    void headerTellsAnkiHowToReadTheFile() {
        List<String> lines = lines(SampleDeck.deck(), SampleDeck.notes());
        assertEquals(List.of(
                "#separator:tab",
                "#html:true",
                "#notetype:Yuedu Chinese",
                "#deck:Yuedu::峰会新闻",
                "#columns:Simplified\tPinyin\tMeaning\tTraditional\tHSK\tSentence\tSentencePinyin\tSource"
                        + "\tSentenceCloze\tTags\tGUID",
                "#tags column:10",
                "#guid column:11"), lines.subList(0, 7));
        assertEquals(7 + 3, lines.size());
    }

    @Test
    void rowsStartWithHeadwordPinyinDefinitionAndCarryTheApkgGuid() throws Exception {
        List<String> lines = lines(SampleDeck.deck(), SampleDeck.notes());
        String[] summit = lines.get(7).split("\t", -1);
        assertEquals(11, summit.length);
        assertEquals("峰会", summit[0]);
        assertEquals("fēnghuì", summit[1]);
        assertEquals("summit; summit meeting", summit[2]);
        assertEquals("峰會", summit[3]);
        assertEquals("6", summit[4]);
        assertEquals("g20-summit HSK6 politics yuedu", summit[9]);

        ByteArrayOutputStream apkg = new ByteArrayOutputStream();
        ApkgWriter.cleanDeck().write(SampleDeck.deck(), SampleDeck.notes().iterator(), apkg);
        try (ApkgContents contents = ApkgContents.open(apkg.toByteArray(), tmp)) {
            Map<String, Object> note = contents.row("select guid from notes where sfld = '峰会'");
            assertEquals(note.get("guid"), summit[10], "text and package update the same note");
        }
        assertEquals("Hángzhōu", lines.get(9).split("\t", -1)[1]);
    }

    @Test
    void fieldsAreEscapedAndNeverBreakTheLine() {
        ExportNote tricky = new ExportNote("#1", "", List.of(), List.of("a<b & \"c\"", "line\nbreak\tand tab"),
                0, "", "", "", List.of(), SampleDeck.MODIFIED);
        List<String> lines = lines(SampleDeck.deck(), List.of(tricky));
        assertEquals(8, lines.size());
        String[] row = lines.get(7).split("\t", -1);
        assertEquals(11, row.length);
        assertEquals("&#35;1", row[0], "a line starting with # would be skipped as a comment");
        assertEquals("a&lt;b &amp; &quot;c&quot;; line<br>break and tab", row[2]);
    }

    @Test
    void emptyDeckIsAnError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(EmptyDeckException.class,
                () -> new TextDeckWriter().write(SampleDeck.deck(), Collections.emptyIterator(), out));
        assertEquals(0, out.size());
    }
}
