package app.yuedu.web;

import app.yuedu.lexicon.core.Pinyin;
import app.yuedu.lexicon.core.Syllable;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.List;

/** Pinyin display in templates: {@code {word.pinyin.toneMarks}} and tone-coloured {@code {word.pinyin.toneHtml}}. */
@TemplateExtension
public class PinyinExtensions {

    /** Numbered pinyin ("feng1 hui4") with tone marks ("fēnghuì"). */
    static String toneMarks(String numbered) {
        return numbered == null || numbered.isEmpty() ? "" : Pinyin.toMarked(numbered);
    }

    /**
     * Numbered pinyin as tone-marked syllables, each in a span of class t1–t5 for tone colours. Safe to print raw:
     * every piece of text is HTML-escaped here.
     */
    public static RawString toneHtml(String numbered) {
        if (numbered == null || numbered.isEmpty()) {
            return new RawString("");
        }
        List<Syllable> syllables = Pinyin.syllables(numbered);
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < syllables.size(); i++) {
            Syllable syllable = syllables.get(i);
            // Pinyin.join decides where an apostrophe goes (Xī'ān); reuse it on the pair.
            String piece = i == 0 ? syllable.marked()
                    : Pinyin.join(List.of(syllables.get(i - 1), syllable)).substring(syllables.get(i - 1).marked().length());
            if (syllable.isPinyin()) {
                html.append("<span class=\"t").append(syllable.tone() == 0 ? 5 : syllable.tone()).append("\">")
                        .append(escape(piece)).append("</span>");
            } else {
                html.append(escape(piece));
            }
        }
        return new RawString(html.toString());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
