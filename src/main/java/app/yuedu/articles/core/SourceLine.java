package app.yuedu.articles.core;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-blank line of the raw text, with what the reflow needs to know about its layout.
 *
 * @param text         the line with its spaces compacted (see {@link ChineseText#compactSpaces})
 * @param indent       how many space characters (ASCII, ideographic, tab...) opened the line
 * @param strongIndent whether the indent is unmistakable: an ideographic space, a tab, or two or more
 *                     spaces, rather than the single stray space PDF extraction may leave before a number
 * @param blankBefore  whether one or more blank lines separate it from the previous non-blank line
 * @param metadata     the dateline or byline the whole line consists of, or null
 * @param width        how wide {@code text} sets, counting a wide (CJK) character as 2 and any other as 1
 */
record SourceLine(String text, int indent, boolean strongIndent, boolean blankBefore,
                  ArticleMetadata.Found metadata, int width) {

    boolean isMetadata() {
        return metadata != null;
    }

    boolean isIndented() {
        return indent > 0;
    }

    /**
     * Whether the indent surely marks a paragraph: a strong one, or a single space before CJK text (a
     * single space before a digit or a Latin letter is as likely the PDF's space around a number).
     */
    boolean hasParagraphIndent() {
        return strongIndent || (indent > 0 && ChineseText.isWide(text.charAt(0)));
    }

    /**
     * Splits raw text into its non-blank lines. Accepts every line ending (LF, CRLF, CR, form feed as
     * PDF tools put between pages, NEL, and the Unicode line and paragraph separators); a form feed is a
     * page break, not a paragraph break, so it does not count as a blank line.
     */
    static List<SourceLine> read(String raw) {
        List<SourceLine> lines = new ArrayList<>();
        int n = raw.length();
        int lineStart = 0;
        boolean blankBefore = false;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? raw.charAt(i) : '\n';
            if (!isLineBreak(c)) {
                continue;
            }
            SourceLine line = lineOf(raw, lineStart, i, blankBefore);
            if (line != null) {
                lines.add(line);
                blankBefore = false;
            } else if (!lines.isEmpty() && c != '\f') {
                blankBefore = true;
            }
            if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
                i++;
            }
            lineStart = i + 1;
        }
        return lines;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static SourceLine lineOf(String raw, int from, int to, boolean blankBefore) {
        int indent = 0;
        boolean strong = false;
        int i = from;
        for (; i < to; i++) {
            char c = raw.charAt(i);
            if (ChineseText.isSpace(c)) {
                indent++;
                strong |= c == '\u3000' || c == '\t';
            } else if (!ChineseText.isInvisible(c)) {
                break;
            }
        }
        String text = ChineseText.compactSpaces(raw, i, to);
        if (text.isEmpty()) {
            return null;
        }
        ArticleMetadata.Found metadata = ArticleMetadata.mayBeMetadataLine(text)
                ? ArticleMetadata.matchLine(collapseSpaces(raw, i, to))
                : null;
        return new SourceLine(text, indent, strong || indent >= 2, blankBefore, metadata, widthOf(text));
    }

    /**
     * The line trimmed, with each run of spaces made one ASCII space: metadata is matched on this form
     * because a byline's spaces separate names ({@code 本报记者 张三 李四}).
     */
    private static String collapseSpaces(String raw, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (ChineseText.isSpace(c)) {
                space = out.length() > 0;
            } else if (!ChineseText.isInvisible(c)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int widthOf(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += ChineseText.isWide(text.charAt(i)) ? 2 : 1;
        }
        return width;
    }
}
