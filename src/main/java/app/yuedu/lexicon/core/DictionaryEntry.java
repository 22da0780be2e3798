package app.yuedu.lexicon.core;

import java.util.List;

/**
 * One CC-CEDICT entry: a headword with one reading and its senses.
 *
 * @param simplified the simplified form
 * @param traditional the traditional form (equal to {@code simplified} when they do not differ)
 * @param pinyinNumbered the reading exactly as CEDICT writes it, e.g. {@code "feng1 hui4"}, {@code "Xi1 an1"}
 * @param glosses the English senses in CEDICT order, without the "CL:" classifier sense
 * @param classifiers measure words for nouns, readable as {@code "个 gè"}
 * @param properNoun whether the reading is capitalised, which is how CEDICT marks names of people and places
 */
public record DictionaryEntry(String simplified, String traditional, String pinyinNumbered, List<String> glosses,
        List<String> classifiers, boolean properNoun) {

    public DictionaryEntry {
        glosses = List.copyOf(glosses);
        classifiers = List.copyOf(classifiers);
    }

    /** The reading with tone marks, e.g. {@code "fēnghuì"}. */
    public String pinyin() {
        return Pinyin.toMarked(pinyinNumbered);
    }

    /** The first gloss, or an empty string when the entry has none. */
    public String firstGloss() {
        return glosses.isEmpty() ? "" : glosses.get(0);
    }

    /**
     * Whether every sense only points to another entry ("variant of 個|个[ge4]", "erhua variant of …",
     * "see 西安市[Xi1 an1 Shi4]"); such entries are poor sources of a reading or a gloss.
     */
    public boolean isOnlyCrossReference() {
        return glosses.stream().allMatch(Dictionary::isCrossReference);
    }
}
