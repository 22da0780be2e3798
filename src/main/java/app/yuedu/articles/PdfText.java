package app.yuedu.articles;

import app.yuedu.articles.core.ArticleRejected;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF with Apache PDFBox, in reading order as PDFBox sorts it. The article reflow then joins the
 * hard-wrapped lines, as it does for the seed article, which came out of a PDF.
 */
final class PdfText {

    private PdfText() {
    }

    /** @throws ArticleRejected when the PDF is damaged, password-protected, or holds no text */
    static String extract(byte[] file) {
        try (PDDocument document = Loader.loadPDF(file)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            if (text.isBlank()) {
                throw new ArticleRejected(ArticleRejected.Reason.EMPTY, "The PDF holds no text, only images (it"
                        + " was probably scanned). Upload a PDF with selectable text, or paste the article's text.");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new ArticleRejected(ArticleRejected.Reason.PROTECTED_FILE, "The PDF is protected by a password."
                    + " Save a copy without the password (or copy its text) and upload that instead.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ArticleRejected rejected) {
                throw rejected;
            }
            throw new ArticleRejected(ArticleRejected.Reason.DAMAGED_FILE, "The PDF file is damaged or is not a"
                    + " PDF, so its text could not be read. Save it again, or paste the article's text.");
        }
    }
}
