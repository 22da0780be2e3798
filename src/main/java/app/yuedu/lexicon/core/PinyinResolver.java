package app.yuedu.lexicon.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Chooses the reading of each word of a segmented sentence, with its dictionary entries.
 *
 * <p>Order of sources, most trusted first:
 * <ol>
 *   <li>CC-CEDICT, when it gives the word one reading (lowercase entries for common words, capitalised
 *       ones for names; entries that only point elsewhere are ignored when others exist);</li>
 *   <li>when CEDICT gives several readings (长 cháng/zhǎng) or lacks the word, HanLP's pinyin for the whole
 *       sentence, which picks readings by context; a CEDICT reading equal to HanLP's wins, otherwise the
 *       first CEDICT reading is kept;</li>
 *   <li>for a word CEDICT lacks, each HanLP syllable is checked against the readings pinyin4j lists for
 *       its character; one that the character cannot have is replaced by the character's own CEDICT
 *       reading, and pinyin4j's first reading is the last resort.</li>
 * </ol>
 * Words CEDICT lacks get {@link CharacterHint}s rather than a gloss.
 *
 * <p>Immutable and thread-safe.
 */
public final class PinyinResolver {

    /** Distinct words remembered; an article has a few thousand, so this holds several at once. */
    static final int REMEMBERED_WORDS = 20_000;

    private final Dictionary dictionary;
    /**
     * What CEDICT says of words seen recently, one map for words read as names and one for ordinary words, keyed by
     * the token's own string (whose hash is then computed once and reused by the caller's tallies): a word occurs
     * many times in an article and decoding and filtering its entries each time cost as much as segmenting.
     * Cleared when full, which keeps memory bounded.
     */
    private final Map<String, Candidates> wordCandidates = new ConcurrentHashMap<>();
    private final Map<String, Candidates> nameCandidates = new ConcurrentHashMap<>();

    /**
     * A word's preferred entries, and their reading when they all share one (most words), so the common case
     * needs no choice at all.
     */
    private record Candidates(List<DictionaryEntry> entries, Set<String> readings, String onlyReading) {
        static final Candidates NONE = new Candidates(List.of(), Set.of(), null);

        static Candidates of(List<DictionaryEntry> entries) {
            if (entries.isEmpty()) {
                return NONE;
            }
            Set<String> readings = new LinkedHashSet<>();
            for (DictionaryEntry entry : entries) {
                readings.add(entry.pinyinNumbered());
            }
            // CEDICT order is kept: on a tie the earliest reading wins.
            return new Candidates(List.copyOf(entries), java.util.Collections.unmodifiableSet(readings),
                    readings.size() == 1 ? readings.iterator().next() : null);
        }
    }

    /** A resolver reading words from {@code dictionary} (usually {@link Dictionary#loadDefault()}). */
    public PinyinResolver(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * Readings for the vocabulary tokens (WORD and PROPER_NOUN) of {@code tokens}, in order. The tokens'
     * offsets must refer to {@code sentence}, as {@link WordSegmenter#segment(String)} gives them; the
     * "sentence" may as well be a paragraph or a whole article (HanLP reads it once, on first need).
     */
    public List<Reading> resolve(String sentence, List<Token> tokens) {
        List<Reading> readings = new ArrayList<>();
        SentencePinyin context = new SentencePinyin(sentence);
        for (Token token : tokens) {
            if (token.isVocabulary()) {
                readings.add(resolve(token, context));
            }
        }
        return readings;
    }

    /** Reading of a single word without sentence context (HanLP then reads the word alone). */
    public Reading resolve(Token token) {
        return resolve(token, new SentencePinyin(token.text(), token.start()));
    }

    private Reading resolve(Token token, SentencePinyin context) {
        String word = token.text();
        boolean name = token.kind() == TokenKind.PROPER_NOUN;
        Candidates candidates = candidatesOf(word, name);
        if (candidates.onlyReading() != null) {
            return new Reading(token, candidates.onlyReading(), true, candidates.entries(), List.of());
        }
        if (!candidates.entries().isEmpty()) {
            String chosen = closestTo(context.syllables(token), candidates.readings());
            List<DictionaryEntry> entries = new ArrayList<>();
            for (DictionaryEntry entry : candidates.entries()) {
                if (entry.pinyinNumbered().equals(chosen)) {
                    entries.add(entry);
                }
            }
            return new Reading(token, chosen, true, entries, List.of());
        }
        List<String> fromContext = context.syllables(token);
        List<String> syllables = new ArrayList<>();
        List<CharacterHint> hints = new ArrayList<>();
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            String syllable = checkedSyllable(character, fromContext.get(i));
            syllables.add(syllable);
            hints.add(new CharacterHint(character, syllable, glossFor(character, syllable)));
            i += Character.charCount(codePoint);
        }
        syllables.removeIf(String::isEmpty);
        String numbered = String.join(" ", syllables);
        if (name && !numbered.isEmpty()) {
            numbered = Character.toUpperCase(numbered.charAt(0)) + numbered.substring(1);
        }
        return new Reading(token, numbered, false, List.of(), hints);
    }

    /** The preferred entries of a word read as a name or as an ordinary word; empty when CEDICT lacks it. */
    private Candidates candidatesOf(String word, boolean name) {
        Map<String, Candidates> remembered = name ? nameCandidates : wordCandidates;
        Candidates candidates = remembered.get(word);
        if (candidates == null) {
            List<DictionaryEntry> all = dictionary.lookup(word);
            candidates = all.isEmpty() ? Candidates.NONE : Candidates.of(preferred(all, name));
            if (remembered.size() >= REMEMBERED_WORDS) {
                remembered.clear();
            }
            remembered.put(word, candidates);
        }
        return candidates;
    }

    /**
     * The CEDICT reading sharing most syllables with HanLP's reading of the sentence (all of them, as a
     * rule); the earliest in CEDICT order on a tie.
     */
    private static String closestTo(List<String> fromContext, Set<String> readings) {
        String best = null;
        int bestScore = -1;
        for (String reading : readings) {
            String[] syllables = normalise(reading).split(" ");
            int score = 0;
            for (int k = 0; k < syllables.length && k < fromContext.size(); k++) {
                if (syllables[k].equals(normalise(fromContext.get(k)))) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = reading;
                bestScore = score;
            }
        }
        return best;
    }

    /** Entries of the right case (names capitalised), skipping mere cross-references when possible. */
    private static List<DictionaryEntry> preferred(List<DictionaryEntry> all, boolean name) {
        List<DictionaryEntry> useful = all.stream().filter(e -> !e.isOnlyCrossReference()).toList();
        if (useful.isEmpty()) {
            useful = all;
        }
        List<DictionaryEntry> rightCase = useful.stream().filter(e -> e.properNoun() == name).toList();
        return rightCase.isEmpty() ? useful : rightCase;
    }

    /** HanLP's syllable if the character can be read so, else its CEDICT reading, else pinyin4j's. */
    private String checkedSyllable(String character, String syllable) {
        List<String> possible = possibleReadings(character);
        String normalised = normalise(syllable);
        if (!normalised.isEmpty() && !normalised.startsWith("none")) {
            for (String reading : possible) {
                if (reading.equals(normalised) || (normalised.endsWith("5") && stripTone(reading).equals(
                        stripTone(normalised)))) {
                    return normalised;
                }
            }
            if (possible.isEmpty()) {
                return normalised; // nothing to check against
            }
        }
        String lookedUp = character.equals("○") ? "〇" : character; // the circle often stands in for 〇 ling2
        for (DictionaryEntry entry : preferred(dictionary.lookup(lookedUp), false)) {
            return entry.pinyinNumbered().toLowerCase(Locale.ROOT);
        }
        if (!possible.isEmpty()) {
            return possible.get(0);
        }
        return normalised.startsWith("none") ? "" : normalised; // no reading known anywhere
    }

    private static List<String> possibleReadings(String character) {
        if (character.length() != 1) {
            return List.of();
        }
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(character.charAt(0));
        return readings == null ? List.of() : List.of(readings);
    }

    private String glossFor(String character, String syllable) {
        List<DictionaryEntry> entries = dictionary.lookup(character.equals("○") ? "〇" : character);
        String fallback = "";
        for (DictionaryEntry entry : preferred(entries, false)) {
            if (normalise(entry.pinyinNumbered()).equals(syllable)) {
                return entry.firstGloss();
            }
            if (fallback.isEmpty()) {
                fallback = entry.firstGloss();
            }
        }
        return fallback;
    }

    /** Lowercase, ü written as CEDICT's u:, so HanLP's "lv4" equals CEDICT's "lu:4". */
    static String normalise(String numbered) {
        return numbered.toLowerCase(Locale.ROOT).replace("ü", "u:").replace("v", "u:");
    }

    private static String stripTone(String syllable) {
        return syllable.replaceAll("[0-9]", "");
    }

    /** HanLP's per-character pinyin of a sentence, computed on first need. */
    private static final class SentencePinyin {
        private final String sentence;
        private final int offset;
        private List<com.hankcs.hanlp.dictionary.py.Pinyin> pinyin;

        SentencePinyin(String sentence) {
            this(sentence, 0);
        }

        SentencePinyin(String sentence, int offset) {
            this.sentence = sentence;
            this.offset = offset;
        }

        /** HanLP's numbered syllables for the token's characters (one per char), e.g. [chang2, yuan3]. */
        List<String> syllables(Token token) {
            if (pinyin == null) {
                pinyin = HanLpRuntime.pinyin(sentence);
            }
            List<String> result = new ArrayList<>();
            int from = token.start() - offset;
            for (int i = from; i < from + token.text().length(); i++) {
                if (i >= 0 && i < pinyin.size()) {
                    result.add(pinyin.get(i).toString());
                } else {
                    result.add("");
                }
            }
            return result;
        }
    }
}
