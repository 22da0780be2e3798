package app.yuedu.export.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a deck as an Anki package ({@code .apkg}): a zip holding {@code collection.anki21}, a SQLite
 * collection in schema 11, and {@code media}, the JSON map of media files ({@code {}}: Yuedu notes have none).
 * This is the "legacy" package format that Anki 2.1.x and every later Anki, AnkiDroid and AnkiMobile import;
 * the newer zstd {@code collection.anki21b} format is left out because older clients cannot read it.
 *
 * <p>The notes are read from an iterator and written one by one to a temporary SQLite file, which is then
 * streamed into the zip, so memory stays flat however large the deck. The output is byte-for-byte the same for
 * the same input: ids and GUIDs are derived from the input (see {@link StableIds}), timestamps come from the
 * deck's and notes' {@code modifiedAt}, and the zip entries carry the deck's time.
 *
 * <p>{@link #cleanDeck()} writes a teacher's deck: every card new, whatever progress the notes carry.
 * {@link #withProgress()} also writes the students' card states and review logs; Anki keeps them when the user
 * ticks "Import any learning progress" (Anki 2.1.55+; older versions always import them). Anki never overwrites
 * the scheduling of cards it already has, and updates a note it already has (same GUID and note type) only when
 * the note's {@code modifiedAt} is newer.
 */
public final class ApkgWriter {

    /** Name of the collection inside the package; Anki 2.1 reads it in preference to {@code collection.anki2}. */
    public static final String COLLECTION_ENTRY = "collection.anki21";
    public static final String MEDIA_ENTRY = "media";
    /** Zip timestamps cannot go earlier than 1980 (DOS time). */
    private static final LocalDateTime EARLIEST_ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final boolean includeProgress;

    private ApkgWriter(boolean includeProgress) {
        this.includeProgress = includeProgress;
    }

    /** A writer for a teacher's deck: notes and new cards only. */
    public static ApkgWriter cleanDeck() {
        return new ApkgWriter(false);
    }

    /** A writer for a student's export: cards keep their scheduling and review history. */
    public static ApkgWriter withProgress() {
        return new ApkgWriter(true);
    }

    /** What was written. */
    public record Summary(int notes, int cards, int reviews) {}

    /**
     * Writes the deck's notes, in the stream's order, as a package to {@code out} (left open), and closes the
     * stream (a database cursor, say) when done; see {@link #write(ExportDeck, Iterator, OutputStream)}.
     */
    public Summary write(ExportDeck deck, Stream<ExportNote> notes, OutputStream out) {
        try (notes) {
            return write(deck, notes.iterator(), out);
        }
    }

    /**
     * Writes the deck's notes, in the iterator's order (it decides the order of new cards), as a package to
     * {@code out}, which is left open.
     *
     * @throws EmptyDeckException when there is no note, before anything is written
     * @throws DuplicateNoteException when two notes share a word, before anything is written to {@code out}
     */
    public Summary write(ExportDeck deck, Iterator<ExportNote> notes, OutputStream out) {
        String deckName = deck.ankiDeckName();
        if (!notes.hasNext()) {
            throw new EmptyDeckException(deckName);
        }
        Path collection = null;
        try {
            collection = Files.createTempFile("yuedu-export-", ".anki21");
            Summary summary = writeCollection(deck, deckName, notes, collection);
            writeZip(deck.modifiedAt(), collection, out);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Anki package", e);
        } catch (SQLException e) {
            throw new DeckExportException("Could not write the Anki collection: " + e.getMessage(), e);
        } finally {
            deleteQuietly(collection);
        }
    }

    private Summary writeCollection(ExportDeck deck, String deckName, Iterator<ExportNote> notes, Path file)
            throws SQLException {
        StableIds ids = new StableIds(deck);
        long deckId = ids.deckId();
        long noteTypeId = ids.noteTypeId();
        try (CollectionFile collection = new CollectionFile(file)) {
            int index = 0;
            while (notes.hasNext()) {
                ExportNote note = notes.next();
                if (index >= StableIds.MAX_NOTES) {
                    throw new DeckExportException("A package holds at most " + StableIds.MAX_NOTES + " notes.");
                }
                NoteContent content = NoteContent.of(deck, note);
                String guid = ids.noteGuid(content.plainWord());
                if (!collection.claimGuid(guid)) {
                    throw new DuplicateNoteException(deckName, content.plainWord());
                }
                long noteId = ids.noteId(index);
                int position = index + 1;
                collection.addNote(noteId, guid, noteTypeId, note.modifiedAt(), content,
                        ids.fieldChecksum(content.plainWord()));
                Map<CardTemplate, ExportCard> progress = includeProgress ? byTemplate(note.cards()) : Map.of();
                for (CardTemplate template : CardTemplate.values()) {
                    if (!content.hasCard(template)) {
                        continue;
                    }
                    long cardId = ids.cardId(index, template);
                    ExportCard card = progress.get(template);
                    if (card == null) {
                        collection.addNewCard(cardId, noteId, deckId, template, note.modifiedAt(), position);
                    } else {
                        collection.addStudiedCard(cardId, noteId, deckId, card, note.modifiedAt(), position);
                    }
                }
                index++;
            }
            collection.finish(deck.modifiedAt(),
                    CollectionJson.conf(deckId, noteTypeId, index + 1L),
                    CollectionJson.models(ids, deckId),
                    CollectionJson.decks(deckEntries(deck, deckName, ids)),
                    CollectionJson.deckConfigs());
            return new Summary(collection.notes(), collection.cards(), collection.reviews());
        }
    }

    private static Map<CardTemplate, ExportCard> byTemplate(List<ExportCard> cards) {
        Map<CardTemplate, ExportCard> byTemplate = new EnumMap<>(CardTemplate.class);
        for (ExportCard card : cards) {
            byTemplate.put(card.template(), card);
        }
        return byTemplate;
    }

    /**
     * The Default deck (every collection has it), the parents a {@code ::} name implies (Anki would otherwise
     * create them with ids of its own) and the deck itself.
     */
    private static List<CollectionJson.DeckEntry> deckEntries(ExportDeck deck, String deckName, StableIds ids) {
        long mod = deck.modifiedAt().getEpochSecond();
        List<CollectionJson.DeckEntry> entries = new ArrayList<>();
        entries.add(new CollectionJson.DeckEntry(CollectionJson.DEFAULT_ID, "Default", "", 0));
        String[] components = deckName.split("::");
        StringBuilder parent = new StringBuilder();
        for (int i = 0; i < components.length - 1; i++) {
            parent.append(i == 0 ? "" : "::").append(components[i]);
            entries.add(new CollectionJson.DeckEntry(ids.parentDeckId(parent.toString()), parent.toString(), "", mod));
        }
        entries.add(new CollectionJson.DeckEntry(ids.deckId(), deckName, Html.fromText(deck.description()), mod));
        return entries;
    }

    private static void writeZip(Instant modifiedAt, Path collection, OutputStream out) throws IOException {
        LocalDateTime time = LocalDateTime.ofInstant(modifiedAt, ZoneOffset.UTC);
        if (time.isBefore(EARLIEST_ZIP_TIME)) {
            time = EARLIEST_ZIP_TIME;
        }
        ZipOutputStream zip = new ZipOutputStream(new NonClosingOutputStream(out), StandardCharsets.UTF_8);
        // SQLite pages compress 6:1 even at the fastest level; the default level takes three times as long
        // for 8% less
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(entry(COLLECTION_ENTRY, time));
        try (InputStream in = Files.newInputStream(collection)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
        zip.putNextEntry(entry(MEDIA_ENTRY, time));
        zip.write("{}".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** An entry with a local DOS time only: {@code setTime} would depend on the JVM's time zone. */
    private static ZipEntry entry(String name, LocalDateTime time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
        } catch (IOException ignored) {
            // a leftover temp file is not worth failing an export that succeeded
        }
    }

    /** Lets the zip be finished without closing the caller's stream. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
