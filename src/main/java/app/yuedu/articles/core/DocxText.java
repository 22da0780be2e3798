package app.yuedu.articles.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word .docx file: the paragraphs of {@code word/document.xml}, one per line. Reads the zip with
 * the JDK alone and defends against zip bombs: it stops at {@value #MAX_ENTRIES} entries, at
 * {@code maxUncompressedBytes} inflated in all, and when the file inflates more than {@value #MAX_RATIO} times
 * its size (ordinary documents stay far below all three). The XML parser resolves no DTD or external entity.
 */
public final class DocxText {

    static final int MAX_ENTRIES = 1_000;
    static final int MAX_RATIO = 100;
    private static final String DOCUMENT = "word/document.xml";
    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final long maxUncompressedBytes;

    /** @param maxUncompressedBytes the most bytes the whole file may inflate to */
    public DocxText(long maxUncompressedBytes) {
        this.maxUncompressedBytes = maxUncompressedBytes;
    }

    /** @throws ArticleRejected when the file is no .docx, is damaged, or is a zip bomb */
    public String extract(byte[] file) {
        long budget = Math.min(maxUncompressedBytes, (long) file.length * MAX_RATIO);
        byte[] document = null;
        int entries = 0;
        long inflated = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb();
                }
                ByteArrayOutputStream kept = DOCUMENT.equals(entry.getName()) ? new ByteArrayOutputStream() : null;
                byte[] buffer = new byte[8192];
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > budget) {
                        throw bomb();
                    }
                    if (kept != null) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (kept != null) {
                    document = kept.toByteArray();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw damaged();
        }
        if (document == null) {
            throw damaged();
        }
        return paragraphs(new ByteArrayInputStream(document));
    }

    private static String paragraphs(InputStream xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(xml);
            boolean inText = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && WORD_NS.equals(reader.getNamespaceURI())) {
                    switch (reader.getLocalName()) {
                        case "t" -> inText = true;
                        case "tab" -> text.append('\t');
                        case "br", "cr" -> text.append('\n');
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && WORD_NS.equals(reader.getNamespaceURI())) {
                    if ("t".equals(reader.getLocalName())) {
                        inText = false;
                    } else if ("p".equals(reader.getLocalName())) {
                        text.append('\n');
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    text.append(reader.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw damaged();
        }
        return text.toString();
    }

    private static ArticleRejected bomb() {
        return new ArticleRejected(ArticleRejected.Reason.DAMAGED_FILE, "The .docx file unpacks to far more data"
                + " than a document holds (it looks like a zip bomb), so it was not read. Save the document again"
                + " from your word processor, or paste its text.");
    }

    private static ArticleRejected damaged() {
        return new ArticleRejected(ArticleRejected.Reason.DAMAGED_FILE, "The .docx file is damaged or is not a"
                + " Word document. Save it again from your word processor (as .docx), or paste its text.");
    }
}
