package app.yuedu.export.core;

import java.text.Normalizer;

/** Turns plain text into the HTML of an Anki field. */
final class Html {

    private Html() {}

    /**
     * Plain text cleaned for a field: NFC (as Anki normalises fields), no control characters (U+001F separates
     * fields in Anki's notes table), no-break spaces as plain spaces (Anki turns them into spaces when it
     * decodes entities for the checksum, so keeping them would make the checksum depend on escaping), trimmed.
     */
    static String cleanText(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(c == '\t' ? ' ' : '\n');
            } else if (c == '\r') {
                if (i + 1 >= nfc.length() || nfc.charAt(i + 1) != '\n') {
                    out.append('\n');
                }
            } else if (c == '\u00a0') {
                out.append(' ');
            } else if (c >= 0x20 && c != 0x7f) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** Escapes already {@link #cleanText cleaned} text so it shows as text; line breaks become {@code <br>}. */
    static String escape(String cleaned) {
        StringBuilder out = null;
        for (int i = 0; i < cleaned.length(); i++) {
            String replacement = switch (cleaned.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\n' -> "<br>";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(cleaned.length() + 16).append(cleaned, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(cleaned.charAt(i));
                }
            }
        }
        return out == null ? cleaned : out.toString();
    }

    /** Cleans and escapes plain text in one step. */
    static String fromText(String text) {
        return escape(cleanText(text));
    }
}
