package app.yuedu.articles.core;

import java.util.List;
import java.util.Objects;

/**
 * An article after {@link ArticleReflow}: the text exactly as given, the metadata found in it, and the
 * body as clean paragraphs (no line breaks, no spurious spaces, no metadata).
 *
 * @param original   the raw text, verbatim (byte order mark, line endings and all)
 * @param headline   the title, joined if it was wrapped, or null when none was recognised
 * @param dateline   the dateline without brackets or spaces, e.g. {@code 新华社北京6月15日电}, or null
 * @param byline     who wrote it, as role and names separated by single spaces, e.g.
 *                   {@code 新华社记者 董越} or {@code 本报记者 张三 李四}, or null
 * @param paragraphs the body paragraphs, in order; never contains a blank paragraph
 */
public record ReflowedArticle(String original, String headline, String dateline, String byline,
                              List<String> paragraphs) {

    public ReflowedArticle {
        Objects.requireNonNull(original, "original");
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body paragraphs joined by blank lines, as plain text to show or store. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
