package app.yuedu.articles;

import app.yuedu.articles.core.ArticleRejected;
import app.yuedu.articles.core.DocxText;
import app.yuedu.articles.core.TextFileDecoder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** Reads the text out of an uploaded .txt, .docx or .pdf file. */
@ApplicationScoped
public class UploadedFiles {

    @Inject
    UploadConfig config;

    /**
     * @param fileName the name the browser sent, which decides the type
     * @throws ArticleRejected when the file is too large, of another type, damaged, protected or not text
     */
    public String text(String fileName, byte[] bytes) {
        if (bytes.length > config.maxBytes()) {
            throw new ArticleRejected(ArticleRejected.Reason.TOO_LARGE, String.format(Locale.ROOT,
                    "The file is too large: %.1f MB, the limit is %.1f MB. Split the article into shorter ones,"
                            + " or paste its text.", bytes.length / 1048576.0, config.maxBytes() / 1048576.0));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".txt")) {
            return TextFileDecoder.decode(bytes).text();
        }
        if (name.endsWith(".docx")) {
            return new DocxText(config.maxUnpackedBytes()).extract(bytes);
        }
        if (name.endsWith(".pdf")) {
            return PdfText.extract(bytes);
        }
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? "a file without an extension" : "\"" + name.substring(dot) + "\" files";
        throw new ArticleRejected(ArticleRejected.Reason.UNSUPPORTED_TYPE, "Yuedu cannot read " + type
                + ". Upload a .txt, .docx or .pdf file, or paste the article's text.");
    }
}
