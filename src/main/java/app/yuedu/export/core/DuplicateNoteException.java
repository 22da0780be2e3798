package app.yuedu.export.core;

/**
 * Two notes of one deck share a word: they would share a GUID, and Anki would merge them into one note.
 */
public class DuplicateNoteException extends DeckExportException {

    public DuplicateNoteException(String deckName, String word) {
        super("The deck \"" + deckName + "\" lists the word " + word + " twice; each word can appear once.");
    }
}
