package app.yuedu.export.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One word of the deck, as plain text (the writers escape it).
 *
 * @param word the simplified form; with the deck's identity it fixes the note's GUID, so it must be unique
 *     within a deck
 * @param traditional the traditional form (may equal {@code word}, or be empty)
 * @param pinyin the reading, one entry per syllable
 * @param glosses the meanings, shown joined by "; "
 * @param hskLevel HSK level 1–9, or 0 when the word is in no HSK list
 * @param sentence an example sentence from the article containing the word, or empty
 * @param sentencePinyin the sentence's reading, or empty
 * @param source where the sentence comes from (the article's title), or empty
 * @param extraTags further tags besides {@code yuedu}, the HSK level and the article's slug
 * @param modifiedAt when the note last changed: Anki updates a note it already has only when this is newer
 * @param cards a student's progress, at most one per card template; templates without progress get a new
 *     card; progress for a card the note does not have (Recall without glosses, Cloze without a sentence
 *     containing the word or in a deck without cloze) is left out
 */
public record ExportNote(
        String word,
        String traditional,
        List<PinyinSyllable> pinyin,
        List<String> glosses,
        int hskLevel,
        String sentence,
        String sentencePinyin,
        String source,
        List<String> extraTags,
        Instant modifiedAt,
        List<ExportCard> cards) {

    public ExportNote {
        ExportDeck.requireText(word, "word");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        if (hskLevel < 0 || hskLevel > 9) {
            throw new IllegalArgumentException("hskLevel must be 0..9, was " + hskLevel);
        }
        traditional = traditional == null ? "" : traditional;
        pinyin = pinyin == null ? List.of() : List.copyOf(pinyin);
        glosses = glosses == null ? List.of() : List.copyOf(glosses);
        sentence = sentence == null ? "" : sentence;
        sentencePinyin = sentencePinyin == null ? "" : sentencePinyin;
        source = source == null ? "" : source;
        extraTags = extraTags == null ? List.of() : List.copyOf(extraTags);
        cards = cards == null ? List.of() : List.copyOf(cards);
    }

    /** A note without progress, as a teacher's deck carries it. */
    public ExportNote(
            String word,
            String traditional,
            List<PinyinSyllable> pinyin,
            List<String> glosses,
            int hskLevel,
            String sentence,
            String sentencePinyin,
            String source,
            List<String> extraTags,
            Instant modifiedAt) {
        this(word, traditional, pinyin, glosses, hskLevel, sentence, sentencePinyin, source, extraTags,
                modifiedAt, List.of());
    }

    /** This note carrying a student's progress on its cards. */
    public ExportNote withCards(List<ExportCard> progress) {
        return new ExportNote(word, traditional, pinyin, glosses, hskLevel, sentence, sentencePinyin, source,
                extraTags, modifiedAt, progress);
    }
}
