package app.yuedu.lexicon.core;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits Chinese text into tokens whose words are, as far as possible, CC-CEDICT headwords, so that each
 * can become a flashcard.
 *
 * <p>How: HanLP's Viterbi segmenter with person-name recognition (portable 1.8.6; F1 0.890 on the PKU
 * bakeoff test set) proposes words. A lattice over each run of Chinese characters then lets CEDICT
 * correct it:
 * <ul>
 *   <li>neighbouring HanLP words (up to four) whose concatenation is a CEDICT headword are joined
 *       (国家|主席 → 国家主席, 张|骞 → 张骞), but only along HanLP's boundaries, so a word HanLP found is
 *       never cut to make another (新|增长点 cannot become 新增|长点). Grammar words (particles,
 *       prepositions, conjunctions, locatives, adverbs, 是) never join, and numerals and measure words
 *       only join into names;</li>
 *   <li>a HanLP word CEDICT lacks may be cut into CEDICT words (社会发展 → 社会|发展), or lose a first
 *       character or a locative ending (新世纪 → 新|世纪, 会上 → 会|上 so that 峰|会 can join). It stays
 *       whole when cutting would leave stray characters (共建, 旅游局, 银杏树, 董越), since then HanLP's word
 *       is the better study unit; numbers and dates HanLP found (二十五日) are never cut;</li>
 *   <li>runs of single characters used for foreign names (托|卡|耶|夫) are joined into one name, and so
 *       are names around a middle dot (菲德尔·卡斯特罗).</li>
 * </ul>
 * The lattice picks the cheapest path: a CEDICT word costs 1, a single character 1.4 (2.0 when cut from
 * inside an unknown word) and a whole HanLP word missing from CEDICT 2.5, so two CEDICT words beat one
 * unknown word, which beats single characters. The constants were tuned on the PKU test set
 * ({@code bench/segmentation}).
 *
 * <p>Digits, Latin letters, punctuation and spaces become their own tokens ("6月" → NUMBER 6, WORD 月).
 * Traditional text is segmented through a simplified copy, as HanLP only knows simplified words.
 * Finally {@link SegmentationOverrides} are applied: split words first, then forced words.
 *
 * <p>HanLP is initialised once per JVM, quietly, on first use. Instances are immutable and
 * {@link #segment(String)} is safe to call from several threads.
 */
public final class WordSegmenter {

    /** How far to join words that CEDICT lists as one headword. */
    public enum Granularity {
        /**
         * Join any CEDICT headword, including compounds of two words (国家主席, 各族人民, 一带一路): each
         * flashcard is a dictionary entry. The PKU standard splits such compounds, so F1 drops by ~0.01.
         */
        DICTIONARY_WORDS,
        /**
         * Only join where at most one of the joined pieces is longer than one character (张|骞, 峰|会,
         * 托卡耶夫), which repairs HanLP without merging compounds; closest to the PKU standard.
         */
        FINE
    }

    private static final double WORD_COST = 1.0;
    private static final double CHARACTER_COST = 1.4;
    private static final double CUT_CHARACTER_COST = 1.4;
    private static final double INNER_CUT_COST = 2.0;
    private static final double UNKNOWN_WORD_COST = 2.5;
    /** Endings a learner and the PKU standard both treat as words of their own (基础|上, 新|的). */
    private static final String CLITICS = "上下中里内外前后们时的地得了着过";
    /** First letters of HanLP natures for grammar words; see {@link #isGrammar}. */
    private static final String GRAMMAR_NATURES = "upcfyeowd";
    private static final int MAX_JOINED_PIECES = 4;
    private static final int MAX_ARC_LENGTH = 12;

    private final Dictionary dictionary;
    private final SegmentationOverrides overrides;
    private final Granularity granularity;

    /** A segmenter without overrides that keeps dictionary words whole. */
    public WordSegmenter(Dictionary dictionary) {
        this(dictionary, SegmentationOverrides.NONE);
    }

    /** A segmenter that keeps dictionary words whole ({@link Granularity#DICTIONARY_WORDS}). */
    public WordSegmenter(Dictionary dictionary, SegmentationOverrides overrides) {
        this(dictionary, overrides, Granularity.DICTIONARY_WORDS);
    }

    /** A segmenter with corrections and a choice of how far to join dictionary compounds. */
    public WordSegmenter(Dictionary dictionary, SegmentationOverrides overrides, Granularity granularity) {
        this.dictionary = dictionary;
        this.overrides = overrides;
        this.granularity = granularity;
    }

    /** Forces HanLP to load now (about a second) instead of on the first {@link #segment(String)}. */
    public static void warmUp() {
        HanLpRuntime.segment("预热");
    }

    /** HanLP's own segmentation, as words in order, for comparison in benchmarks. */
    public static List<String> hanLpWords(String text) {
        List<String> words = new ArrayList<>();
        for (Term term : HanLpRuntime.segment(text)) {
            words.add(term.word);
        }
        return words;
    }

    /** Segments {@code text}; the tokens cover it completely and in order. */
    public List<Token> segment(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text.isEmpty()) {
            return tokens;
        }
        List<Piece> pieces = pieces(text);
        int i = 0;
        while (i < pieces.size()) {
            Piece piece = pieces.get(i);
            if (piece.kind != CharClass.HAN) {
                tokens.add(new Token(text.substring(piece.start, piece.end), piece.kind.tokenKind, piece.start));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < pieces.size() && pieces.get(j).kind == CharClass.HAN) {
                j++;
            }
            boolean afterNumber = i > 0 && pieces.get(i - 1).kind == CharClass.DIGIT;
            segmentRun(text, mergeTransliterations(text, pieces.subList(i, j)), afterNumber, tokens);
            i = j;
        }
        tokens = joinNamesAroundDots(text, tokens);
        if (!overrides.isEmpty()) {
            tokens = OverrideApplier.apply(text, tokens, overrides, dictionary);
        }
        return tokens;
    }

    /** A foreign full name is written with a middle dot (菲德尔·卡斯特罗) and is one proper noun. */
    private static List<Token> joinNamesAroundDots(String text, List<Token> tokens) {
        List<Token> result = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int last = i;
            while (last + 2 < tokens.size() && tokens.get(last).kind() == TokenKind.PROPER_NOUN
                    && isNameDot(tokens.get(last + 1)) && tokens.get(last + 2).kind() == TokenKind.PROPER_NOUN) {
                last += 2;
            }
            if (last > i) {
                if (result == null) {
                    result = new ArrayList<>(tokens.subList(0, i));
                }
                int end = tokens.get(last).end();
                result.add(new Token(text.substring(token.start(), end), TokenKind.PROPER_NOUN, token.start()));
                i = last;
            } else if (result != null) {
                result.add(token);
            }
        }
        return result == null ? tokens : result;
    }

    private static boolean isNameDot(Token token) {
        return token.text().length() == 1 && "·・‧•".indexOf(token.text().charAt(0)) >= 0;
    }

    // ---- pieces: HanLP terms cut at changes of character class ----

    /** Character classes that decide token kinds; HAN includes the numeral zero ○/〇. */
    enum CharClass {
        HAN(TokenKind.WORD), DIGIT(TokenKind.NUMBER), LATIN(TokenKind.LATIN), SPACE(TokenKind.SPACE),
        OTHER(TokenKind.PUNCTUATION);

        final TokenKind tokenKind;

        CharClass(TokenKind tokenKind) {
            this.tokenKind = tokenKind;
        }
    }

    /** A stretch of text [start, end) of one class, with HanLP's part of speech ("" if none). */
    record Piece(int start, int end, CharClass kind, String nature) {
        int length() {
            return end - start;
        }
    }

    /**
     * HanLP's words cut by character class. HanLP's model is trained on simplified text and tags unknown
     * traditional characters as punctuation, so it reads a simplified copy when the text has characters
     * only traditional headwords use (and the conversion keeps every offset, as character-by-character
     * conversion does); the tokens keep the original text.
     */
    private List<Piece> pieces(String text) {
        String simplified = dictionary.hasTraditionalOnlyCharacters(text) ? HanLpRuntime.toSimplified(text) : text;
        String source = simplified.length() == text.length() ? simplified : text;
        List<Piece> pieces = new ArrayList<>();
        int pos = 0;
        for (Term term : HanLpRuntime.segment(source)) {
            String word = term.word;
            int at = source.startsWith(word, pos) ? pos : source.indexOf(word, pos);
            if (at < 0) {
                continue; // HanLP never rewrites text with normalisation off; skip defensively
            }
            if (at > pos) {
                cutByClass(text, pos, at, "", pieces);
            }
            cutByClass(text, at, at + word.length(), term.nature == null ? "" : term.nature.toString(), pieces);
            pos = at + word.length();
        }
        if (pos < text.length()) {
            cutByClass(text, pos, text.length(), "", pieces);
        }
        return pieces;
    }

    private static void cutByClass(String text, int start, int end, String nature, List<Piece> out) {
        int i = start;
        while (i < end) {
            CharClass kind = classOf(text, i);
            int j = i + Character.charCount(text.codePointAt(i));
            while (j < end) {
                CharClass next = classOf(text, j);
                if (next != kind && !(kind == CharClass.DIGIT && isNumberSeparator(text, j, end))) {
                    break;
                }
                j += Character.charCount(text.codePointAt(j));
            }
            if (kind == CharClass.OTHER || kind == CharClass.SPACE) {
                // each punctuation mark is its own token, except runs of the same mark (……, ——)
                j = i + Character.charCount(text.codePointAt(i));
                while (j < end && text.codePointAt(j) == text.codePointAt(i)) {
                    j += Character.charCount(text.codePointAt(j));
                }
            }
            out.add(new Piece(i, j, kind, kind == CharClass.HAN ? nature : ""));
            i = j;
        }
    }

    /** A decimal point or thousands separator between digits belongs to the number. */
    private static boolean isNumberSeparator(String text, int at, int end) {
        char c = text.charAt(at);
        return (c == '.' || c == ',' || c == '．') && at + 1 < end && at > 0
                && classOf(text, at + 1) == CharClass.DIGIT && classOf(text, at - 1) == CharClass.DIGIT;
    }

    static CharClass classOf(String text, int at) {
        int c = text.codePointAt(at);
        if (c >= 0x4E00 && c <= 0x9FFF) {
            return CharClass.HAN; // the common CJK block, without a script lookup
        }
        if (c == '○' || c == '〇' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                && Character.isLetter(c)) {
            return CharClass.HAN;
        }
        if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
            return CharClass.DIGIT;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return CharClass.SPACE;
        }
        if (Character.isLetter(c)) {
            return CharClass.LATIN; // Latin, Greek, Cyrillic, kana: not Chinese vocabulary either way
        }
        return CharClass.OTHER;
    }

    // ---- foreign names spelt with single characters ----

    /**
     * Joins runs of at least three characters, cut by HanLP into single characters (or short name
     * pieces), when every character is one HanLP's transliterated-name dictionary uses (托, 卡, 耶, 夫).
     */
    private List<Piece> mergeTransliterations(String text, List<Piece> run) {
        List<Piece> result = new ArrayList<>(run.size());
        int i = 0;
        while (i < run.size()) {
            int j = i;
            int chars = 0;
            while (j < run.size() && isTransliterationPiece(text, run.get(j))) {
                chars += run.get(j).length();
                j++;
            }
            if (j - i >= 2 && chars >= 3) {
                result.add(new Piece(run.get(i).start, run.get(j - 1).end, CharClass.HAN, "nrf"));
                i = j;
            } else {
                result.add(run.get(i));
                i++;
            }
        }
        return result;
    }

    private boolean isTransliterationPiece(String text, Piece piece) {
        if (piece.length() > 2) {
            return false;
        }
        if (piece.length() == 2 && !piece.nature.startsWith("nr")) {
            return false;
        }
        for (int k = piece.start; k < piece.end; k++) {
            if (!HanLpRuntime.isTransliterationCharacter(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    // ---- the lattice ----

    private void segmentRun(String text, List<Piece> run, boolean afterNumber, List<Token> out) {
        int base = run.get(0).start;
        int n = run.get(run.size() - 1).end - base;
        int[] pieceAt = new int[n];
        boolean[] cuttable = new boolean[n + 1];
        boolean[] known = new boolean[run.size()];
        int[] pieceFlags = new int[run.size()];
        for (int p = 0; p < run.size(); p++) {
            Piece piece = run.get(p);
            pieceFlags[p] = dictionary.headwordFlags(text, piece.start, piece.end);
            // Numbers and dates (二十五日, 十二月: natures m, t) are kept as HanLP found them.
            boolean isKnown = piece.length() == 1 || piece.nature.equals("nrf")
                    || piece.nature.startsWith("m") || piece.nature.startsWith("t")
                    || pieceFlags[p] != 0;
            known[p] = isKnown;
            for (int k = piece.start; k < piece.end; k++) {
                pieceAt[k - base] = p;
                cuttable[k - base] = k == piece.start || !isKnown;
            }
        }
        cuttable[n] = true;

        double[] cost = new double[n + 1];
        int[] from = new int[n + 1];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        for (int i = 0; i < n; i++) {
            if (!cuttable[i] || cost[i] == Double.POSITIVE_INFINITY) {
                continue;
            }
            int firstPiece = pieceAt[i];
            // Arcs longer than one piece must be CEDICT words; skip them when no word starts here.
            boolean wordMayStart = dictionary.mayStartWord(text, base + i);
            Piece startPiece = run.get(firstPiece);
            for (int j = i + 1; j <= n && j - i <= MAX_ARC_LENGTH; j++) {
                if (!cuttable[j]) {
                    continue;
                }
                boolean onePiece = startPiece.start == base + i && startPiece.end == base + j;
                if (j - i > 1 && !onePiece && !wordMayStart) {
                    continue;
                }
                int lastPiece = pieceAt[j - 1];
                if (lastPiece - firstPiece + 1 > MAX_JOINED_PIECES) {
                    break;
                }
                double arc = arcCost(text, run, known, base, i, j, firstPiece, lastPiece);
                if (afterNumber && firstPiece == 0 && lastPiece > 0 && run.get(0).length() == 1) {
                    arc = Double.POSITIVE_INFINITY; // 6月|16日|至 — a unit after digits (日, 月, 年) stays alone
                }
                if (cost[i] + arc < cost[j]) {
                    cost[j] = cost[i] + arc;
                    from[j] = i;
                }
            }
        }
        int[] cuts = new int[n + 1];
        int count = 0;
        for (int j = n; j > 0; j = from[j]) {
            cuts[count++] = j;
        }
        int start = 0;
        for (int c = count - 1; c >= 0; c--) {
            int end = cuts[c];
            out.add(token(text, run, pieceFlags, base + start, base + end, pieceAt[start], pieceAt[end - 1]));
            start = end;
        }
    }

    private double arcCost(String text, List<Piece> run, boolean[] known, int base, int i, int j, int firstPiece,
            int lastPiece) {
        Piece first = run.get(firstPiece);
        if (firstPiece == lastPiece && first.start == base + i && first.end == base + j) {
            if (!known[firstPiece]) {
                return UNKNOWN_WORD_COST;
            }
            return j - i == 1 ? CHARACTER_COST : WORD_COST;
        }
        if (j - i == 1) {
            // A character cut out of a word CEDICT lacks: cheap at its start (新|世纪, 省|人大) or as a
            // locative or plural ending (基础|上, 朋友|们), unless it also begins or ends a CEDICT word there
            // (银杏树 is not 银|杏树); dear elsewhere, so 旅游局 and 关键性 stay whole.
            int at = base + i;
            boolean atStart = first.start == at && !(at + 2 <= first.end && dictionary.contains(text, at, at + 2));
            boolean clitic = first.end == at + 1 && CLITICS.indexOf(text.charAt(at)) >= 0
                    && !(at - 1 >= first.start && dictionary.contains(text, at - 1, at + 1));
            // A person name HanLP guessed but CEDICT does not know is cut freely: when it holds a CEDICT
            // word (扬帆但, 国元首) the guess was wrong.
            boolean guessedName = first.nature.startsWith("nr");
            return atStart || clitic || guessedName ? CUT_CHARACTER_COST : INNER_CUT_COST;
        }
        int partial = 0;
        boolean onlyCharactersBesidesPartial = true;
        boolean counting = false;
        int longPieces = 0;
        for (int p = firstPiece; p <= lastPiece; p++) {
            Piece piece = run.get(p);
            if (isGrammar(piece) && j - i < 4) {
                return Double.POSITIVE_INFINITY; // idioms are exempt: 常来|常|往 → 常来常往
            }
            counting |= isCounting(piece);
            if (piece.length() > 1) {
                longPieces++;
            }
            if (piece.start < base + i || piece.end > base + j) {
                partial++;
            } else if (piece.length() > 1) {
                onlyCharactersBesidesPartial = false;
            }
        }
        // Cutting into a word CEDICT lacks is allowed to repair HanLP around single characters (峰|会上 →
        // 峰会|上), not to pull a syllable off a good word (更多|平台 must not give 更|多平台).
        if (partial > 1 || (partial == 1 && !onlyCharactersBesidesPartial)) {
            return Double.POSITIVE_INFINITY;
        }
        if (longPieces > 1 && granularity == Granularity.FINE) {
            return Double.POSITIVE_INFINITY;
        }
        int flags = dictionary.headwordFlags(text, base + i, base + j);
        if ((flags & Dictionary.COMMON) != 0 && !counting) {
            return WORD_COST;
        }
        // A numeral or measure word only joins into a name (HanLP tags the 张 of 张|骞 as a measure word);
        // 一|次 and 几|个 stay apart as in the PKU standard.
        return (flags & Dictionary.NAME) != 0 ? WORD_COST : Double.POSITIVE_INFINITY;
    }

    /**
     * Grammar words never join neighbours, even where CEDICT lists the combination (一定|要, 在|此,
     * 历史|上, 大|和): particles (u), prepositions (p), conjunctions (c), locatives (f), modal
     * particles (y), interjections (e), onomatopoeia (o), adverbs (d), the copula 是 (vshi) and
     * punctuation (w). Measured on the PKU test set, each of these joins was wrong far more often than
     * right.
     */
    private static boolean isGrammar(Piece piece) {
        String nature = piece.nature;
        if (nature.isEmpty()) {
            return false;
        }
        if (nature.equals("vshi")) {
            return true;
        }
        return GRAMMAR_NATURES.indexOf(nature.charAt(0)) >= 0;
    }


    /** Measure words (q…) and single-character numerals (m) as HanLP tags them. */
    private static boolean isCounting(Piece piece) {
        return piece.nature.startsWith("q") || (piece.nature.startsWith("m") && piece.length() == 1);
    }

    private Token token(String text, List<Piece> run, int[] pieceFlags, int start, int end, int firstPiece,
            int lastPiece) {
        Piece piece = run.get(firstPiece);
        boolean wholePiece = firstPiece == lastPiece && piece.start == start && piece.end == end;
        int flags = wholePiece ? pieceFlags[firstPiece] : dictionary.headwordFlags(text, start, end);
        // HanLP's place tag (ns) also sits on ordinary two-character words (时间|长河), so an unknown
        // place needs three characters to count as a name.
        boolean taggedName = wholePiece && isNameNature(piece.nature)
                && !(piece.nature.equals("ns") && piece.length() < 3);
        TokenKind kind = kindOf(flags, taggedName ? TokenKind.PROPER_NOUN : TokenKind.WORD);
        return new Token(text.substring(start, end), kind, start);
    }

    /**
     * PROPER_NOUN when CEDICT knows the word only with capitalised readings, WORD when it has a lowercase
     * one, else {@code fallback}; entries that merely refer elsewhere (西安: "see 西安市") count when there
     * is nothing else.
     */
    static TokenKind kindOf(int headwordFlags, TokenKind fallback) {
        int common = Dictionary.COMMON;
        int name = Dictionary.NAME;
        if ((headwordFlags & (common | name)) == 0) {
            common = Dictionary.REFERENCE_COMMON;
            name = Dictionary.REFERENCE_NAME;
        }
        if ((headwordFlags & common) != 0) {
            return TokenKind.WORD;
        }
        return (headwordFlags & name) != 0 ? TokenKind.PROPER_NOUN : fallback;
    }

    /** HanLP's tags for names of people (nr, nrf, nrj), places (ns, nsf) and organisations (nt…). */
    static boolean isNameNature(String nature) {
        return nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt");
    }

    Dictionary dictionary() {
        return dictionary;
    }
}
