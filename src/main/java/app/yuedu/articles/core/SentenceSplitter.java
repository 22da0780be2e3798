package app.yuedu.articles.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts reflowed paragraphs into sentences, and long sentences into clauses.
 *
 * <h2>Sentences</h2>
 * A sentence ends after a run of 。！？ (full or half width, so {@code ？！} and {@code !!} are one end),
 * together with the closing quotes and brackets that follow: {@code …符合人民期盼。”} is one sentence
 * with its {@code ”}. A sentence is also ended by an ellipsis ({@code ……}, {@code ⋯⋯} or {@code ...}) when
 * more text follows, it stands outside any quotation, and the next character is not a comma, colon or
 * semicolon: in news copy such as {@code …激发合作新活力……中国同中亚国家坚持共同发展…} the ellipsis closes an
 * enumeration and a new sentence starts, whereas inside a quotation it is usually a hesitation
 * ({@code “我……我不知道。”}). A semicolon never ends a sentence. Text after the last end is a sentence too.
 *
 * <h2>Clauses</h2>
 * A sentence longer than the long-sentence threshold (default {@value #DEFAULT_LONG_SENTENCE} characters)
 * is cut after each ；. A piece still longer than the threshold is cut further after ，or ：into as few
 * clauses as keep each about the threshold long, at the commas nearest to even shares, so clauses stay
 * readable phrases rather than a full clause and a stub. A piece without such punctuation stays whole.
 *
 * <p>Paragraphs are expected as {@link ArticleReflow} makes them, without line breaks. Instances are
 * immutable and thread-safe.
 */
public final class SentenceSplitter {

    /** Default length, in characters, above which a sentence is cut into clauses. */
    public static final int DEFAULT_LONG_SENTENCE = 60;

    private static final int SHORTEST_THRESHOLD = 10;

    private final int longSentence;

    public SentenceSplitter() {
        this(DEFAULT_LONG_SENTENCE);
    }

    /** @param longSentence length in characters above which a sentence is cut into clauses (at least 10) */
    public SentenceSplitter(int longSentence) {
        if (longSentence < SHORTEST_THRESHOLD) {
            throw new IllegalArgumentException("long-sentence threshold must be at least " + SHORTEST_THRESHOLD
                    + " characters, was " + longSentence);
        }
        this.longSentence = longSentence;
    }

    /** The sentences of an article body, numbered across all its paragraphs. */
    public List<Sentence> split(List<String> paragraphs) {
        List<Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            addSentences(sentences, paragraphs.get(p), p);
        }
        return sentences;
    }

    /** The sentences of a single paragraph, which gets paragraph index 0. */
    public List<Sentence> split(String paragraph) {
        return split(List.of(paragraph));
    }

    private void addSentences(List<Sentence> sentences, String paragraph, int paragraphIndex) {
        int n = paragraph.length();
        int start = 0;
        int quoteDepth = 0;
        int i = 0;
        while (i < n) {
            char c = paragraph.charAt(i);
            if (ChineseText.isOpeningQuote(c)) {
                quoteDepth++;
                i++;
                continue;
            }
            if (ChineseText.isClosingQuote(c)) {
                quoteDepth = Math.max(0, quoteDepth - 1);
                i++;
                continue;
            }
            boolean stop = ChineseText.isSentenceEnd(c);
            if (!stop && ellipsisLength(paragraph, i) == 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < n) {
                int ellipsis = ellipsisLength(paragraph, end);
                if (ellipsis > 0) {
                    end += ellipsis;
                } else if (ChineseText.isSentenceEnd(paragraph.charAt(end))) {
                    stop = true;
                    end++;
                } else {
                    break;
                }
            }
            while (end < n && ChineseText.isCloser(paragraph.charAt(end))) {
                if (ChineseText.isClosingQuote(paragraph.charAt(end))) {
                    quoteDepth = Math.max(0, quoteDepth - 1);
                }
                end++;
            }
            if (stop || endsSentenceAfterEllipsis(paragraph, start, i, end, quoteDepth)) {
                add(sentences, paragraph, start, end, paragraphIndex);
                start = end;
            }
            i = end;
        }
        add(sentences, paragraph, start, n, paragraphIndex);
    }

    private static boolean endsSentenceAfterEllipsis(String paragraph, int start, int ellipsisStart, int end,
                                                     int quoteDepth) {
        if (quoteDepth > 0 || end >= paragraph.length() || isBlank(paragraph, start, ellipsisStart)) {
            return false;
        }
        return "，、；：,;:".indexOf(paragraph.charAt(end)) < 0;
    }

    /** Length of the ellipsis starting at {@code i} (…, ⋯ or three or more dots), or 0. */
    private static int ellipsisLength(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n && ChineseText.isEllipsis(text.charAt(j))) {
            j++;
        }
        if (j > i) {
            return j - i;
        }
        while (j < n && text.charAt(j) == '.') {
            j++;
        }
        return j - i >= 3 ? j - i : 0;
    }

    private void add(List<Sentence> sentences, String paragraph, int from, int to, int paragraphIndex) {
        while (from < to && ChineseText.isSpace(paragraph.charAt(from))) {
            from++;
        }
        while (to > from && ChineseText.isSpace(paragraph.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return;
        }
        String text = paragraph.substring(from, to);
        sentences.add(new Sentence(text, paragraphIndex, sentences.size(), from, clausesOf(text)));
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!ChineseText.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Cuts a sentence into clauses as the class comment describes; a short sentence is one clause. */
    List<Clause> clausesOf(String sentence) {
        if (sentence.length() <= longSentence) {
            return List.of(new Clause(sentence, 0));
        }
        List<Integer> cuts = new ArrayList<>();
        int pieceStart = 0;
        for (int cut : cutsAfter(sentence, 0, sentence.length(), "；;")) {
            cutLongPiece(sentence, pieceStart, cut, cuts);
            cuts.add(cut);
            pieceStart = cut;
        }
        cutLongPiece(sentence, pieceStart, sentence.length(), cuts);

        List<Clause> clauses = new ArrayList<>(cuts.size() + 1);
        int from = 0;
        for (int cut : cuts) {
            clauses.add(new Clause(sentence.substring(from, cut), from));
            from = cut;
        }
        clauses.add(new Clause(sentence.substring(from), from));
        return clauses;
    }

    /**
     * Adds to {@code cuts} the comma and colon cuts a piece longer than the threshold needs: as few
     * clauses as keep each near the threshold, each cut at the candidate nearest to an even share, so
     * the clauses come out balanced rather than one full clause and a stub.
     */
    private void cutLongPiece(String sentence, int from, int to, List<Integer> cuts) {
        int length = to - from;
        if (length <= longSentence) {
            return;
        }
        List<Integer> candidates = cutsAfter(sentence, from, to, "，：,:");
        int clauseCount = (length + longSentence - 1) / longSentence;
        int previous = from;
        int k = 0;
        for (int j = 1; j < clauseCount && k < candidates.size(); j++) {
            int ideal = from + (int) ((long) length * j / clauseCount);
            while (k + 1 < candidates.size() && Math.abs(candidates.get(k + 1) - ideal) <= Math.abs(candidates.get(k) - ideal)) {
                k++;
            }
            int cut = candidates.get(k++);
            if (cut > previous) {
                cuts.add(cut);
                previous = cut;
            }
        }
    }

    /**
     * Offsets just after each of the given punctuation marks in {@code [from, to)} (and the closing
     * quotes or brackets right after it), excluding {@code to} itself.
     */
    private static List<Integer> cutsAfter(String sentence, int from, int to, String marks) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (marks.indexOf(sentence.charAt(i)) < 0) {
                continue;
            }
            int cut = i + 1;
            while (cut < to && ChineseText.isCloser(sentence.charAt(cut))) {
                cut++;
            }
            if (cut < to) {
                cuts.add(cut);
            }
            i = cut - 1;
        }
        return cuts;
    }
}
