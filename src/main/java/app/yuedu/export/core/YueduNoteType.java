package app.yuedu.export.core;

import java.time.Instant;
import java.util.List;

/**
 * The "Yuedu Chinese" note type: its fields, its three card templates and its stylesheet, and its entry in the
 * collection's {@code models} JSON (schema 11).
 *
 * <p>The field list and the template list are the same for every deck: Anki updates notes of an existing note
 * type only while its fields and templates match, so a per-deck template list (Cloze only in some decks) would
 * make Anki fork the note type. A deck without cloze simply leaves SentenceCloze empty, and Anki makes no card
 * from a template whose front renders empty.
 */
final class YueduNoteType {

    static final String NAME = "Yuedu Chinese";

    static final List<String> FIELDS = List.of(
            "Simplified", "Traditional", "Pinyin", "Meaning", "HSK", "Sentence", "SentencePinyin", "Source",
            "SentenceCloze");
    static final int SIMPLIFIED = 0;
    static final int MEANING = 3;
    static final int SENTENCE_CLOZE = 8;

    /**
     * When the templates and stylesheet below last changed; the note type's {@code mod}. Anki replaces a note
     * type it already has only with a newer one, so bump this with every change here, and a user's own edits
     * (made later) survive re-imports of unchanged templates.
     */
    static final Instant REVISED_AT = Instant.parse("2026-11-25T00:00:00Z");

    private static final String DETAILS = """
            <div class="pinyin">{{Pinyin}}</div>
            {{#Traditional}}<div class="traditional">{{Traditional}}</div>{{/Traditional}}
            <div class="meaning">{{Meaning}}</div>
            {{#Sentence}}<div class="sentence">{{Sentence}}</div>{{/Sentence}}
            {{#SentencePinyin}}<div class="sentence-pinyin">{{SentencePinyin}}</div>{{/SentencePinyin}}
            <div class="footer">{{#HSK}}<span class="hsk">HSK {{HSK}}</span>{{/HSK}} \
            {{#Source}}<span class="source">{{Source}}</span>{{/Source}}</div>""";

    static final String RECOGNITION_FRONT = "<div class=\"word\">{{Simplified}}</div>";
    static final String RECOGNITION_BACK = "{{FrontSide}}\n<hr id=\"answer\">\n" + DETAILS;
    static final String RECALL_FRONT = "<div class=\"prompt\">{{Meaning}}</div>";
    static final String RECALL_BACK = "{{FrontSide}}\n<hr id=\"answer\">\n<div class=\"word\">{{Simplified}}</div>\n"
            + DETAILS.replace("<div class=\"meaning\">{{Meaning}}</div>\n", "");
    static final String CLOZE_FRONT = """
            {{#SentenceCloze}}<div class="sentence">{{SentenceCloze}}</div>
            <div class="prompt hint">{{Meaning}}</div>{{/SentenceCloze}}""";
    static final String CLOZE_BACK = """
            {{#SentenceCloze}}<div class="sentence">{{SentenceCloze}}</div>
            <hr id="answer">
            <div class="word">{{Simplified}}</div>
            <div class="pinyin">{{Pinyin}}</div>
            <div class="meaning">{{Meaning}}</div>
            <div class="sentence">{{Sentence}}</div>
            {{#SentencePinyin}}<div class="sentence-pinyin">{{SentencePinyin}}</div>{{/SentencePinyin}}{{/SentenceCloze}}""";

    /**
     * Tone colours after Pleco's defaults (red, orange, green, blue, grey), lightened in night mode. Anki
     * desktop puts {@code nightMode} and {@code night_mode} on the card's body, AnkiMobile {@code nightMode},
     * older AnkiDroid {@code night_mode}: every night rule names both.
     */
    static final String CSS = """
            .card {
              font-family: "Noto Sans", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif;
              font-size: 20px;
              line-height: 1.5;
              text-align: center;
              color: #1d1d1f;
              background-color: #fffdf7;
              padding: 0 12px;
            }
            .word {
              font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif;
              font-size: 64px;
              line-height: 1.2;
            }
            .traditional { font-size: 28px; color: #6b6b6b; }
            .pinyin { font-size: 28px; margin: 6px 0; }
            .prompt { font-size: 26px; }
            .hint { font-size: 18px; color: #6b6b6b; }
            .meaning { font-size: 22px; margin: 8px 0; }
            .sentence { font-size: 26px; margin-top: 16px; }
            .sentence-pinyin { font-size: 16px; color: #6b6b6b; }
            .cloze-blank { color: #1c5dd6; font-weight: bold; }
            .footer { font-size: 13px; color: #8a8a8a; margin-top: 18px; }
            .hsk { border: 1px solid currentColor; border-radius: 4px; padding: 0 4px; margin-right: 6px; }
            .tone1 { color: #e30000; }
            .tone2 { color: #d97800; }
            .tone3 { color: #1e9b3b; }
            .tone4 { color: #1c5dd6; }
            .tone5 { color: #777777; }
            .nightMode.card, .night_mode.card, .nightMode .card, .night_mode .card {
              color: #e6e6e6;
              background-color: #1e1e1e;
            }
            .nightMode .traditional, .night_mode .traditional,
            .nightMode .hint, .night_mode .hint,
            .nightMode .sentence-pinyin, .night_mode .sentence-pinyin { color: #a8a8a8; }
            .nightMode .cloze-blank, .night_mode .cloze-blank { color: #7fb0ff; }
            .nightMode .tone1, .night_mode .tone1 { color: #ff6b6b; }
            .nightMode .tone2, .night_mode .tone2 { color: #ffb347; }
            .nightMode .tone3, .night_mode .tone3 { color: #6fdc8c; }
            .nightMode .tone4, .night_mode .tone4 { color: #7fb0ff; }
            .nightMode .tone5, .night_mode .tone5 { color: #b0b0b0; }
            """;

    private static final String LATEX_PRE = """
            \\documentclass[12pt]{article}
            \\special{papersize=3in,5in}
            \\usepackage[utf8]{inputenc}
            \\usepackage{amssymb,amsmath}
            \\pagestyle{empty}
            \\setlength{\\parindent}{0in}
            \\begin{document}
            """;
    private static final String LATEX_POST = "\\end{document}";

    private YueduNoteType() {}

    static String qfmt(CardTemplate template) {
        return switch (template) {
            case RECOGNITION -> RECOGNITION_FRONT;
            case RECALL -> RECALL_FRONT;
            case CLOZE -> CLOZE_FRONT;
        };
    }

    static String afmt(CardTemplate template) {
        return switch (template) {
            case RECOGNITION -> RECOGNITION_BACK;
            case RECALL -> RECALL_BACK;
            case CLOZE -> CLOZE_BACK;
        };
    }

    /** The field a template's front cannot do without (Anki 2.1's {@code req}, read by older clients). */
    private static int requiredField(CardTemplate template) {
        return switch (template) {
            case RECOGNITION -> SIMPLIFIED;
            case RECALL -> MEANING;
            case CLOZE -> SENTENCE_CLOZE;
        };
    }

    /** The note type as one entry of the {@code models} JSON object (schema 11). */
    static void writeModel(Json json, StableIds ids, long deckId) {
        json.beginObject()
                .field("id", ids.noteTypeId())
                .field("name", NAME)
                .field("type", 0)
                .field("mod", REVISED_AT.getEpochSecond())
                .field("usn", -1)
                .field("sortf", SIMPLIFIED)
                .field("did", deckId);
        json.key("tmpls").beginArray();
        for (CardTemplate template : CardTemplate.values()) {
            json.beginObject()
                    .field("name", template.ankiName())
                    .field("ord", template.ankiOrd())
                    .field("qfmt", qfmt(template))
                    .field("afmt", afmt(template))
                    .field("bqfmt", "")
                    .field("bafmt", "")
                    .key("did").nullValue()
                    .field("bfont", "")
                    .field("bsize", 0)
                    .field("id", ids.templateId(template))
                    .endObject();
        }
        json.endArray();
        json.key("flds").beginArray();
        for (int ord = 0; ord < FIELDS.size(); ord++) {
            json.beginObject()
                    .field("name", FIELDS.get(ord))
                    .field("ord", ord)
                    .field("sticky", false)
                    .field("rtl", false)
                    .field("font", "Arial")
                    .field("size", 20)
                    .field("description", "")
                    .field("plainText", false)
                    .field("collapsed", false)
                    .field("excludeFromSearch", false)
                    .field("id", ids.fieldId(FIELDS.get(ord)))
                    .endObject();
        }
        json.endArray();
        json.field("css", CSS)
                .field("latexPre", LATEX_PRE)
                .field("latexPost", LATEX_POST)
                .field("latexsvg", false);
        json.key("req").beginArray();
        for (CardTemplate template : CardTemplate.values()) {
            json.beginArray()
                    .value(template.ankiOrd())
                    .value("all")
                    .beginArray().value(requiredField(template)).endArray()
                    .endArray();
        }
        json.endArray();
        json.key("tags").beginArray().endArray();
        json.key("vers").beginArray().endArray();
        json.endObject();
    }
}
