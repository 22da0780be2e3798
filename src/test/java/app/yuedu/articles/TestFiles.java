package app.yuedu.articles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Upload files built in memory for tests. */
final class TestFiles {

    private TestFiles() {
    }

    /**
     * A text PDF of the given lines. No CJK font ships with the test machine, so the font is a bare CID font
     * whose ToUnicode map gives each glyph id its character: enough for text extraction, which is all we test.
     */
    static byte[] chinesePdf(String... lines) {
        Map<Integer, Integer> codeOf = new LinkedHashMap<>();
        StringBuilder content = new StringBuilder("BT /F1 12 Tf 40 800 Td 14 TL\n");
        for (String line : lines) {
            content.append('<');
            line.codePoints().forEach(c -> content.append(String.format("%04X", codeOf.computeIfAbsent(c,
                    k -> codeOf.size() + 1))));
            content.append("> Tj T*\n");
        }
        content.append("ET");
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(codeOf.entrySet());
        for (int start = 0; start < entries.size(); start += 100) {
            List<Map.Entry<Integer, Integer>> chunk = entries.subList(start, Math.min(entries.size(), start + 100));
            cmap.append(chunk.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> entry : chunk) {
                cmap.append(String.format("<%04X> <%04X>%n", entry.getValue(), entry.getKey()));
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap CMapName currentdict /CMapResource defineresource pop end end");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                    + " /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /TestCJK /Encoding /Identity-H /DescendantFonts [6 0 R]"
                    + " /ToUnicode 7 0 R >>",
            stream(content.toString()),
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestCJK /CIDSystemInfo << /Registry (Adobe)"
                    + " /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>",
            stream(cmap.toString()),
            "<< /Type /FontDescriptor /FontName /TestCJK /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0"
                    + " /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n %n", offset).replace("\r", ""));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String stream(String data) {
        return "<< /Length " + data.length() + " >>\nstream\n" + data + "\nendstream";
    }

    /** A PDF that opens only with a password. */
    static byte[] passwordPdf() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
