package app.yuedu.articles.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Turns the raw text of a Chinese article, as pasted or extracted from a PDF, into clean paragraphs and
 * metadata.
 *
 * <h2>Two layouts</h2>
 * The text is read in one of two ways, chosen by looking at how its lines end:
 * <ul>
 *   <li><b>Plain</b>: when most lines (metadata lines aside) end a sentence (。！？…, a closing quote or
 *   bracket after them, or a colon), lines are not hard-wrapped: every line is a paragraph and blank
 *   lines only separate them. This is how articles copied from a web page look.</li>
 *   <li><b>Hard-wrapped</b>: otherwise lines are pieces of paragraphs cut at the page width, as PDF
 *   extraction gives them, sometimes inside a word (托卡 / 耶夫). Lines are joined without a space,
 *   except one space between two Latin words or numbers. A new paragraph starts at a line that is
 *   indented with an ideographic space, a tab or two or more spaces; at a line indented with a single
 *   space when the line before ends a sentence (a single space in front of a number mid-sentence is
 *   extraction noise); and at a blank line when blank lines are rare (when most lines are separated by
 *   blank lines, as in the seed article, they carry no meaning).</li>
 * </ul>
 *
 * <h2>Paragraphs from line widths</h2>
 * A PDF often marks paragraphs only by layout: justified lines all set to the column width, the first
 * line of a paragraph shorter by its indent, the last one shorter where the text runs out. When a
 * hard-wrapped text marks no paragraph inside its body by indents or blank lines, has at least
 * {@value #MIN_LINES_FOR_WIDTHS} lines and most of them within two CJK characters of the median width
 * (the column width), a paragraph break is also put after a line that ends a sentence when that line
 * falls short of the column by {@value #SHORT_BY} or more (width counts a CJK character as 2, anything
 * else as 1), or when the next line falls that short without ending a sentence itself (its indent
 * shows). A sentence that happens to end at the full width followed by a full line stays in its paragraph.
 * Lines that start with digits or Latin letters set narrower than they count, so they can hide a first
 * line indent: such breaks are missed, never invented.
 *
 * <h2>Metadata</h2>
 * Dateline and byline lines ({@link ArticleMetadata}) are recognised in a block at the start or at the
 * end of the text, together with at most one headline: up to three short lines (one in plain layout)
 * without sentence punctuation, joined. At the end a headline is only taken next to a dateline or
 * byline, and only when the line before it ends a sentence or is metadata, so the last wrapped line of
 * the body is never mistaken for it. At the start of a hard-wrapped text a headline must be unindented
 * and followed by metadata, an indented line, or a meaningful blank line. A line wholly in brackets is
 * never a headline. A dateline in brackets or followed by a bracketed byline at the start of the first
 * paragraph is cut off into the metadata. The wire copy's end mark （完）, on its own line in the
 * metadata block or at the end of the last paragraph, is dropped.
 *
 * <h2>Spaces and characters</h2>
 * Spaces next to a CJK character or punctuation are dropped (PDF extraction puts them around numbers:
 * "于 6月" becomes "于6月"); a run of spaces between two narrow characters becomes one space ("Belt and
 * Road", "COVID 19"). No-break and typographic spaces count as spaces; zero-width spaces and byte order
 * marks are dropped. Every other character of the body is kept, in order.
 *
 * <p>Runs in time linear in the text: one pass to split lines, bounded regular expressions only on
 * short lines, one pass to join them. Instances are immutable and thread-safe.
 */
public final class ArticleReflow {

    /** Longest line a headline may have; longer lines are body text. */
    static final int MAX_HEADLINE_LINE = 40;
    /** Longest headline, after joining its lines. */
    static final int MAX_HEADLINE = 64;
    /** Most lines a wrapped headline may span. */
    static final int MAX_HEADLINE_LINES = 3;
    /** Fewest body lines from which a column width is trusted. */
    static final int MIN_LINES_FOR_WIDTHS = 8;
    /** How much narrower than the column (in half-width units) a line must be to count as short. */
    static final int SHORT_BY = 4;
    /** How far from the median width (in half-width units) a full line may be: justification squeezes punctuation. */
    static final int COLUMN_TOLERANCE = 4;

    public ReflowedArticle reflow(String raw) {
        Objects.requireNonNull(raw, "raw");
        List<SourceLine> lines = SourceLine.read(raw);
        Layout layout = Layout.of(lines);
        Metadata meta = new Metadata();

        int end = meta.scanEnd(lines, layout);
        int start = meta.scanStart(lines, end, layout);
        List<String> paragraphs = layout.plain
                ? onePerLine(lines, start, end)
                : joinWrapped(lines, start, end, layout);
        meta.cutDatelinePrefix(paragraphs);
        cutEndMark(paragraphs);
        return new ReflowedArticle(raw, meta.headline, meta.dateline, meta.byline, paragraphs);
    }

    private static void cutEndMark(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        int lastIndex = paragraphs.size() - 1;
        String last = paragraphs.get(lastIndex);
        int length = ArticleMetadata.withoutEndMark(last);
        if (length == 0) {
            paragraphs.remove(lastIndex);
        } else if (length < last.length()) {
            paragraphs.set(lastIndex, last.substring(0, length));
        }
    }

    private static List<String> onePerLine(List<SourceLine> lines, int start, int end) {
        List<String> paragraphs = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            paragraphs.add(lines.get(i).text());
        }
        return paragraphs;
    }

    private static List<String> joinWrapped(List<SourceLine> lines, int start, int end, Layout layout) {
        int column = columnWidth(lines, start, end, layout);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        SourceLine previous = null;
        for (int i = start; i < end; i++) {
            SourceLine line = lines.get(i);
            if (previous != null && (startsParagraph(line, previous, layout) || startsParagraph(line, previous, column))) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
            ChineseText.appendCompacted(paragraph, line.text(), 0, line.text().length());
            previous = line;
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    private static boolean startsParagraph(SourceLine line, SourceLine previous, Layout layout) {
        return line.strongIndent()
                || (line.isIndented() && ChineseText.endsParagraphLike(previous.text()))
                || (layout.blankLinesBreak && line.blankBefore());
    }

    /** The break the column width shows, see "Paragraphs from line widths" above; never with column 0. */
    private static boolean startsParagraph(SourceLine line, SourceLine previous, int column) {
        if (column == 0 || !ChineseText.endsParagraphLike(previous.text())) {
            return false;
        }
        int shortLine = column - SHORT_BY;
        return previous.width() <= shortLine
                || (line.width() <= shortLine && !ChineseText.endsParagraphLike(line.text()));
    }

    /**
     * The column width of a hard-wrapped body that marks no paragraphs of its own, or 0 when the widths
     * should not be used: too few lines, widths too uneven, or paragraphs already marked.
     */
    private static int columnWidth(List<SourceLine> lines, int start, int end, Layout layout) {
        if (layout.blankLinesBreak || end - start < MIN_LINES_FOR_WIDTHS) {
            return 0;
        }
        int[] widths = new int[end - start];
        for (int i = start; i < end; i++) {
            SourceLine line = lines.get(i);
            if (i > start && startsParagraph(line, lines.get(i - 1), layout)) {
                return 0;
            }
            widths[i - start] = line.width();
        }
        int[] sorted = widths.clone();
        Arrays.sort(sorted);
        int median = sorted[sorted.length / 2];
        int near = 0;
        for (int width : widths) {
            if (Math.abs(width - median) <= COLUMN_TOLERANCE) {
                near++;
            }
        }
        return near * 2 > widths.length ? median : 0;
    }

    /** Which of the two layouts the text has, and whether its blank lines mean anything. */
    private record Layout(boolean plain, boolean blankLinesBreak) {

        static Layout of(List<SourceLine> lines) {
            int counted = 0;
            int ending = 0;
            int blanks = 0;
            for (int i = 0; i < lines.size(); i++) {
                SourceLine line = lines.get(i);
                if (i > 0 && line.blankBefore()) {
                    blanks++;
                }
                if (!line.isMetadata()) {
                    counted++;
                    if (ChineseText.endsParagraphLike(line.text())) {
                        ending++;
                    }
                }
            }
            int gaps = lines.size() - 1;
            return new Layout(ending * 2 > counted, blanks > 0 && blanks * 2 < gaps);
        }
    }

    /** The metadata found so far; each field is set once, by the first block that has it. */
    private static final class Metadata {
        String headline;
        String dateline;
        String byline;

        /**
         * Takes the metadata block at the end of the text.
         *
         * @return the index after the last body line
         */
        int scanEnd(List<SourceLine> lines, Layout layout) {
            String headlineFound = null;
            String datelineFound = null;
            String bylineFound = null;
            boolean sawMetadata = false;
            int i = lines.size() - 1;
            while (i >= 0) {
                SourceLine line = lines.get(i);
                if (line.isMetadata()) {
                    sawMetadata = true;
                    datelineFound = first(datelineFound, line.metadata().dateline());
                    bylineFound = first(bylineFound, line.metadata().byline());
                    headlineFound = first(headlineFound, line.metadata().headline());
                    i--;
                    continue;
                }
                if (headlineFound != null) {
                    break;
                }
                int top = headlineTop(lines, i, layout);
                if (top < 0 || !(top == 0 || lines.get(top - 1).isMetadata()
                        || ChineseText.endsParagraphLike(lines.get(top - 1).text()))) {
                    break;
                }
                headlineFound = joinLines(lines, top, i + 1);
                i = top - 1;
            }
            if (!sawMetadata) {
                return lines.size();
            }
            headline = headlineFound;
            dateline = datelineFound;
            byline = bylineFound;
            return i + 1;
        }

        /**
         * Takes the metadata block at the start of the text, before {@code end}.
         *
         * @return the index of the first body line
         */
        int scanStart(List<SourceLine> lines, int end, Layout layout) {
            int i = 0;
            while (i < end) {
                SourceLine line = lines.get(i);
                if (line.isMetadata()) {
                    dateline = first(dateline, line.metadata().dateline());
                    byline = first(byline, line.metadata().byline());
                    headline = first(headline, line.metadata().headline());
                    i++;
                    continue;
                }
                if (headline != null || (!layout.plain && line.isIndented())) {
                    break;
                }
                int after = headlineBottom(lines, i, end, layout);
                if (after < 0 || after >= end || !endsHeadline(lines.get(after), layout)) {
                    break;
                }
                headline = joinLines(lines, i, after);
                i = after;
            }
            return i;
        }

        private static boolean endsHeadline(SourceLine next, Layout layout) {
            return layout.plain || next.isMetadata() || next.hasParagraphIndent()
                    || (layout.blankLinesBreak && next.blankBefore());
        }

        /** Cuts a dateline (and bracketed byline) prefix off the first paragraph, if no dateline was found yet. */
        void cutDatelinePrefix(List<String> paragraphs) {
            if (dateline != null || paragraphs.isEmpty()) {
                return;
            }
            String first = paragraphs.get(0);
            ArticleMetadata.Found found = ArticleMetadata.matchPrefix(first);
            if (found == null) {
                return;
            }
            dateline = found.dateline();
            byline = first(byline, found.byline());
            String rest = first.substring(found.end());
            if (rest.isEmpty()) {
                paragraphs.remove(0);
            } else {
                paragraphs.set(0, rest);
            }
        }

        /** The first line of a headline ending at {@code bottom}, scanning upwards, or -1 when there is none. */
        private static int headlineTop(List<SourceLine> lines, int bottom, Layout layout) {
            int limit = layout.plain ? 1 : MAX_HEADLINE_LINES;
            int length = 0;
            int top = bottom + 1;
            while (top > 0 && bottom - top + 1 < limit && isHeadlineLine(lines.get(top - 1))
                    && length + lines.get(top - 1).text().length() <= MAX_HEADLINE) {
                top--;
                length += lines.get(top).text().length();
            }
            return top <= bottom ? top : -1;
        }

        /** The index after a headline starting at {@code top}, or -1 when there is none. */
        private static int headlineBottom(List<SourceLine> lines, int top, int end, Layout layout) {
            int limit = layout.plain ? 1 : MAX_HEADLINE_LINES;
            int length = 0;
            int after = top;
            while (after < end && after - top < limit && isHeadlineLine(lines.get(after))
                    && (after == top || layout.plain || !lines.get(after).isIndented())
                    && length + lines.get(after).text().length() <= MAX_HEADLINE) {
                length += lines.get(after).text().length();
                after++;
            }
            return after > top ? after : -1;
        }

        /** A short line with no sentence punctuation, no trailing comma or colon, not wholly in brackets. */
        private static boolean isHeadlineLine(SourceLine line) {
            String text = line.text();
            if (line.isMetadata() || text.length() > MAX_HEADLINE_LINE
                    || (isOpeningBracket(text.charAt(0)) && ChineseText.isCloser(text.charAt(text.length() - 1)))) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (ChineseText.isSentenceEnd(c) || c == '；' || c == ';') {
                    return false;
                }
            }
            char last = text.charAt(text.length() - 1);
            return "，、：,:".indexOf(last) < 0 && !ChineseText.isEllipsis(last);
        }

        private static boolean isOpeningBracket(char c) {
            return c == '（' || c == '(' || c == '【' || c == '[' || c == '［' || c == '〔';
        }

        private static String joinLines(List<SourceLine> lines, int from, int to) {
            StringBuilder joined = new StringBuilder();
            for (int i = from; i < to; i++) {
                String text = lines.get(i).text();
                ChineseText.appendCompacted(joined, text, 0, text.length());
            }
            return joined.toString();
        }

        private static String first(String current, String candidate) {
            return current != null ? current : candidate;
        }
    }
}
