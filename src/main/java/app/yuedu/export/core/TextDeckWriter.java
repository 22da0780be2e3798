package app.yuedu.export.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a deck as UTF-8, tab-separated text, one note a line, after the header lines Anki's text importer
 * reads ({@code #separator}, {@code #html}, {@code #notetype}, {@code #deck}, {@code #columns},
 * {@code #tags column}, {@code #guid column}).
 *
 * <p>Columns, in order: 1 Simplified, 2 Pinyin, 3 Meaning, 4 Traditional, 5 HSK, 6 Sentence,
 * 7 SentencePinyin, 8 Source, 9 SentenceCloze, 10 Tags, 11 GUID. The first three are what Pleco's flashcard
 * import reads (headword, pinyin, definition) and the first two what Quizlet reads (term, definition); Anki
 * maps the columns to the "Yuedu Chinese" fields by the names in {@code #columns}, and matches notes it already
 * has by the GUID, the same GUID as in the {@code .apkg}. Pinyin is plain text with tone marks, so it reads
 * well everywhere; the tone colours are the package's.
 *
 * <p>Fields are HTML ({@code #html:true}): {@code <}, {@code &} and {@code "} are written as entities, so
 * Anki shows them as typed and no field ever needs CSV quoting; tabs become spaces and line breaks
 * {@code <br>}. Importing into Anki uses the note type of an imported {@code .apkg}; without one, Anki asks
 * which note type and fields to use.
 */
public final class TextDeckWriter {

    static final List<String> COLUMNS = List.of(
            "Simplified", "Pinyin", "Meaning", "Traditional", "HSK", "Sentence", "SentencePinyin", "Source",
            "SentenceCloze", "Tags", "GUID");
    private static final int TAGS_COLUMN = COLUMNS.indexOf("Tags") + 1;
    private static final int GUID_COLUMN = COLUMNS.indexOf("GUID") + 1;

    /** Writes the stream's notes, in order, to {@code out} (left open); closes the stream. */
    public int write(ExportDeck deck, Stream<ExportNote> notes, OutputStream out) {
        try (notes) {
            return write(deck, notes.iterator(), out);
        }
    }

    /**
     * Writes the notes, in order, to {@code out} (flushed, left open), and returns how many.
     *
     * @throws EmptyDeckException when there is no note, before anything is written
     */
    public int write(ExportDeck deck, Iterator<ExportNote> notes, OutputStream out) {
        String deckName = deck.ankiDeckName();
        if (!notes.hasNext()) {
            throw new EmptyDeckException(deckName);
        }
        StableIds ids = new StableIds(deck);
        try {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            text.write("#separator:tab\n");
            text.write("#html:true\n");
            text.write("#notetype:" + YueduNoteType.NAME + "\n");
            text.write("#deck:" + deckName + "\n");
            text.write("#columns:" + String.join("\t", COLUMNS) + "\n");
            text.write("#tags column:" + TAGS_COLUMN + "\n");
            text.write("#guid column:" + GUID_COLUMN + "\n");
            int count = 0;
            while (notes.hasNext()) {
                ExportNote note = notes.next();
                NoteContent content = NoteContent.of(deck, note);
                writeLine(text, List.of(
                        notAComment(content.field(0)),
                        Html.escape(NoteContent.pinyinText(note.pinyin())),
                        content.field(3),
                        content.field(1),
                        content.field(4),
                        content.field(5),
                        content.field(6),
                        content.field(7),
                        content.field(8),
                        String.join(" ", content.tags()),
                        ids.noteGuid(content.plainWord())));
                count++;
            }
            text.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the text export", e);
        }
    }

    /** Anki's reader skips lines starting with {@code #}; the entity keeps such a word a note. */
    private static String notAComment(String firstField) {
        return firstField.startsWith("#") ? "&#35;" + firstField.substring(1) : firstField;
    }

    private static void writeLine(Writer text, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.write('\t');
            }
            text.write(fields.get(i));
        }
        text.write('\n');
    }
}
