package app.yuedu.export.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The fields and tags of one note as they go into Anki, in the order of {@link YueduNoteType#FIELDS}: plain
 * text escaped, pinyin wrapped in tone spans, the cloze sentence built when the deck asks for it.
 */
record NoteContent(String plainWord, List<String> fields, List<String> tags) {

    static final String CLOZE_BLANK = "<span class=\"cloze-blank\">[...]</span>";

    static NoteContent of(ExportDeck deck, ExportNote note) {
        String word = Html.cleanText(note.word());
        String sentence = Html.cleanText(note.sentence());
        List<String> fields = new ArrayList<>(YueduNoteType.FIELDS.size());
        fields.add(Html.escape(word));
        fields.add(Html.fromText(note.traditional()));
        fields.add(pinyinHtml(note.pinyin()));
        fields.add(meaning(note.glosses()));
        fields.add(note.hskLevel() == 0 ? "" : Integer.toString(note.hskLevel()));
        fields.add(Html.escape(sentence));
        fields.add(Html.fromText(note.sentencePinyin()));
        fields.add(Html.fromText(note.source()));
        fields.add(deck.clozeEnabled() ? sentenceCloze(sentence, word) : "");
        return new NoteContent(word, List.copyOf(fields), tags(deck, note));
    }

    String field(int index) {
        return fields.get(index);
    }

    /** The fields joined with U+001F, Anki's {@code notes.flds}. */
    String joinedFields() {
        return String.join("\u001f", fields);
    }

    /** Whether the note has a card for this template: Anki only keeps cards whose front is not empty. */
    boolean hasCard(CardTemplate template) {
        return switch (template) {
            case RECOGNITION -> true;
            case RECALL -> !field(YueduNoteType.MEANING).isEmpty();
            case CLOZE -> !field(YueduNoteType.SENTENCE_CLOZE).isEmpty();
        };
    }

    /** Tags as Anki's {@code notes.tags} holds them: space-separated with a space at each end. */
    String ankiTags() {
        return tags.isEmpty() ? "" : " " + String.join(" ", tags) + " ";
    }

    static String pinyinHtml(List<PinyinSyllable> syllables) {
        StringBuilder html = new StringBuilder();
        boolean first = true;
        for (PinyinSyllable syllable : syllables) {
            String text = Html.fromText(syllable.text());
            if (text.isEmpty()) {
                continue;
            }
            if (!first && syllable.startsWithVowelNeedingApostrophe()) {
                html.append('\'');
            }
            if (syllable.tone() == 0) {
                html.append(text);
            } else {
                html.append("<span class=\"tone").append(syllable.tone()).append("\">").append(text).append("</span>");
            }
            first = false;
        }
        return html.toString();
    }

    /** The reading as plain text, for the text export. */
    static String pinyinText(List<PinyinSyllable> syllables) {
        StringBuilder text = new StringBuilder();
        for (PinyinSyllable syllable : syllables) {
            String cleaned = Html.cleanText(syllable.text());
            if (cleaned.isEmpty()) {
                continue;
            }
            if (text.length() > 0 && syllable.startsWithVowelNeedingApostrophe()) {
                text.append('\'');
            }
            text.append(cleaned);
        }
        return text.toString();
    }

    private static String meaning(List<String> glosses) {
        List<String> kept = new ArrayList<>(glosses.size());
        for (String gloss : glosses) {
            String escaped = Html.fromText(gloss);
            if (!escaped.isEmpty()) {
                kept.add(escaped);
            }
        }
        return String.join("; ", kept);
    }

    /** The sentence with every occurrence of the word blanked, or empty when the word is not in it. */
    private static String sentenceCloze(String sentence, String word) {
        if (sentence.isEmpty() || !sentence.contains(word)) {
            return "";
        }
        StringBuilder cloze = new StringBuilder();
        int from = 0;
        for (int at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, from)) {
            cloze.append(Html.escape(sentence.substring(from, at))).append(CLOZE_BLANK);
            from = at + word.length();
        }
        return cloze.append(Html.escape(sentence.substring(from))).toString();
    }

    /**
     * {@code yuedu}, the HSK level and the article's slug, then the extra tags: white space inside a tag becomes
     * {@code _} (Anki splits tags on it), control characters go, duplicates (ignoring case, as Anki does) are
     * dropped, and the list is sorted so the output does not depend on the caller's order.
     */
    private static List<String> tags(ExportDeck deck, ExportNote note) {
        TreeMap<String, String> byLowerCase = new TreeMap<>();
        List<String> candidates = new ArrayList<>();
        candidates.add("yuedu");
        if (note.hskLevel() > 0) {
            candidates.add("HSK" + note.hskLevel());
        }
        candidates.add(deck.slug());
        candidates.addAll(note.extraTags());
        for (String candidate : candidates) {
            String tag = cleanTag(candidate);
            if (!tag.isEmpty()) {
                byLowerCase.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
            }
        }
        return List.copyOf(byLowerCase.values());
    }

    static String cleanTag(String tag) {
        String cleaned = Html.cleanText(tag);
        StringBuilder out = new StringBuilder(cleaned.length());
        boolean inSpace = false;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (space) {
                if (!inSpace) {
                    out.append('_');
                }
            } else if (c != '"') {
                out.append(c);
            }
            inSpace = space;
        }
        return out.toString();
    }
}
