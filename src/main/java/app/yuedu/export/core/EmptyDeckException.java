package app.yuedu.export.core;

/** Thrown instead of writing a package or file without a single note. */
public class EmptyDeckException extends DeckExportException {

    public EmptyDeckException(String deckName) {
        super("The deck \"" + deckName + "\" has no words to export. Add words to it first.");
    }
}
