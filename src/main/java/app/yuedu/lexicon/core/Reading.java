package app.yuedu.lexicon.core;

import java.util.List;

/**
 * How a word of a sentence is read, and what the dictionary says about it.
 *
 * @param token the word in the sentence
 * @param pinyinNumbered its reading in CEDICT's style, e.g. {@code "fa1 zhan3"}, {@code "Tuo1 ka3 ye1 fu1"}
 * @param inDictionary whether CC-CEDICT has the word (in either script)
 * @param entries the CEDICT entries for the word with this reading (empty if not in the dictionary)
 * @param characterHints for a word CEDICT lacks, each character's reading and commonest gloss; otherwise empty
 */
public record Reading(Token token, String pinyinNumbered, boolean inDictionary, List<DictionaryEntry> entries,
        List<CharacterHint> characterHints) {

    public Reading {
        entries = List.copyOf(entries);
        characterHints = List.copyOf(characterHints);
    }

    /** The reading with tone marks, e.g. {@code "fāzhǎn"}, {@code "Xī'ān"}. */
    public String pinyin() {
        return Pinyin.toMarked(pinyinNumbered);
    }

    /** The syllables of the reading, for tone colouring. */
    public List<Syllable> syllables() {
        return Pinyin.syllables(pinyinNumbered);
    }

    /** The glosses of all {@link #entries()}, in order; empty for a word CEDICT lacks. */
    public List<String> glosses() {
        return entries.stream().flatMap(e -> e.glosses().stream()).toList();
    }
}
