package app.yuedu.export.core;

/** A deck that cannot be exported as given; the message says why in words a teacher understands. */
public class DeckExportException extends RuntimeException {

    public DeckExportException(String message) {
        super(message);
    }

    public DeckExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
