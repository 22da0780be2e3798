package app.yuedu.articles.core;

import java.util.Objects;

/**
 * Thrown by {@link ArticleTextCheck} when a submitted text cannot become an article. The message is
 * written for the person who submitted it: it says what is wrong and how to fix it, and can be shown
 * as the form error as it is.
 */
public final class ArticleRejected extends RuntimeException {

    /** Why a text was rejected. */
    public enum Reason {
        /** Nothing but whitespace, or nothing at all. */
        EMPTY,
        /** Not a single Han character. */
        NO_CHINESE,
        /** More UTF-8 bytes than the configured limit. */
        TOO_LARGE,
        /** Bytes that are not UTF-8, typically a GBK or UTF-16 file. */
        INVALID_UTF8,
        /** A file that is not text in any encoding we read: a binary file with a text file's name. */
        NOT_TEXT,
        /** A file type we cannot read (only .txt, .docx and .pdf are). */
        UNSUPPORTED_TYPE,
        /** A damaged file, or one built to exhaust the server (a zip bomb). */
        DAMAGED_FILE,
        /** A password-protected file. */
        PROTECTED_FILE
    }

    private final Reason reason;

    public ArticleRejected(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
