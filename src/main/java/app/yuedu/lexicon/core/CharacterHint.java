package app.yuedu.lexicon.core;

/**
 * What one character of a word contributes, for words CC-CEDICT lacks (命运共同体, 班列, a foreign name):
 * shown instead of inventing a gloss for the whole word.
 *
 * @param character the character
 * @param pinyinNumbered its reading in this word, e.g. {@code "ban1"}
 * @param gloss the first gloss of its CEDICT entry for that reading, or "" if CEDICT has none
 */
public record CharacterHint(String character, String pinyinNumbered, String gloss) {

    /** The reading with its tone mark. */
    public String pinyin() {
        return Pinyin.toMarked(pinyinNumbered);
    }
}
