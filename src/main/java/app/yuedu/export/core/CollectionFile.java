package app.yuedu.export.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sqlite.JDBC;

/**
 * Writes an Anki collection in schema 11 (the {@code collection.anki21} of a legacy package, which every Anki
 * since 2.1 imports) into a SQLite file, one note at a time.
 *
 * <p>The file is the same for the same calls: SQLite lays out pages deterministically for one sequence of
 * statements; the journal is off (no WAL, whose header carries random salts), nothing is vacuumed, and every
 * value written comes from the input.
 */
final class CollectionFile implements AutoCloseable {

    /**
     * The collection's creation time ({@code crt}): review cards are due this many days after it. A fixed day
     * long before any Yuedu review, since a streamed export cannot look for the earliest due date first; Anki
     * shifts due days by the difference between this collection's "today" and the importing one's.
     */
    static final Instant CREATED = Instant.parse("2020-01-01T04:00:00Z");
    private static final int BATCH = 1_000;
    private static final int FACTOR_DEFAULT = 2500;

    private static final String[] SCHEMA = {
        """
        create table col (id integer primary key, crt integer not null, mod integer not null,
          scm integer not null, ver integer not null, dty integer not null, usn integer not null,
          ls integer not null, conf text not null, models text not null, decks text not null,
          dconf text not null, tags text not null)""",
        """
        create table notes (id integer primary key, guid text not null, mid integer not null,
          mod integer not null, usn integer not null, tags text not null, flds text not null,
          sfld integer not null, csum integer not null, flags integer not null, data text not null)""",
        """
        create table cards (id integer primary key, nid integer not null, did integer not null,
          ord integer not null, mod integer not null, usn integer not null, type integer not null,
          queue integer not null, due integer not null, ivl integer not null, factor integer not null,
          reps integer not null, lapses integer not null, left integer not null, odue integer not null,
          odid integer not null, flags integer not null, data text not null)""",
        """
        create table revlog (id integer primary key, cid integer not null, usn integer not null,
          ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
          time integer not null, type integer not null)""",
        "create table graves (usn integer not null, oid integer not null, type integer not null)",
    };

    /** Anki's indexes, created after the rows so they are built once, in order. */
    private static final String[] INDEXES = {
        "create index ix_notes_usn on notes (usn)",
        "create index ix_cards_usn on cards (usn)",
        "create index ix_revlog_usn on revlog (usn)",
        "create index ix_cards_nid on cards (nid)",
        "create index ix_cards_sched on cards (did, queue, due)",
        "create index ix_revlog_cid on revlog (cid)",
        "create index ix_notes_csum on notes (csum)",
    };

    private final Connection db;
    private final PreparedStatement insertNote;
    private final PreparedStatement insertNewCard;
    private final PreparedStatement insertCard;
    private final PreparedStatement insertReview;
    private final PreparedStatement rememberGuid;
    private final PreparedStatement nextFreeReviewId;
    private int pendingRows;
    private int notes;
    private int cards;
    private int reviews;

    CollectionFile(Path file) throws SQLException {
        Properties options = new Properties();
        // sqlite-jdbc otherwise runs a query for the generated key after every insert
        options.setProperty("jdbc.get_generated_keys", "false");
        // Straight from the driver, not through DriverManager: DriverManager only hands out drivers registered
        // by the caller's class loader, and inside Quarkus (or a test JVM that also ran Quarkus) the driver may
        // have been registered by another one, giving "No suitable driver".
        db = JDBC.createConnection("jdbc:sqlite:" + file.toAbsolutePath(), options);
        try {
            createSchema();
            insertNote = db.prepareStatement("insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
            // type 0 (new), queue 0, due = position, the rest zero: fewer values to bind for the common case
            insertNewCard = db.prepareStatement(
                    "insert into cards values (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '{}')");
            insertCard = db.prepareStatement(
                    "insert into cards values (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)");
            insertReview = db.prepareStatement("insert or ignore into revlog values (?, ?, -1, ?, ?, ?, ?, ?, ?)");
            rememberGuid = db.prepareStatement("insert or ignore into temp.seen_guid values (?)");
            nextFreeReviewId = db.prepareStatement("select min(r.id) + 1 from revlog r where r.id >= ? "
                    + "and not exists (select 1 from revlog n where n.id = r.id + 1)");
        } catch (SQLException e) {
            db.close(); // closes the statements prepared so far
            throw e;
        }
    }

    private void createSchema() throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("pragma page_size = 4096");
            statement.execute("pragma journal_mode = off");
            statement.execute("pragma synchronous = off");
            statement.execute("pragma locking_mode = exclusive");
            // 16 MB of page cache (native memory, not heap) keeps index builds off the disk up to ~10^5 notes;
            // larger sorts spill to temporary files, so memory stays bounded for any deck size
            statement.execute("pragma cache_size = -16000");
            db.setAutoCommit(false);
            for (String table : SCHEMA) {
                statement.execute(table);
            }
            // Lives in the temp database, not in the collection file.
            statement.execute("create temp table seen_guid (guid text primary key) without rowid");
        }
    }

    /** False when the package already holds a note with this GUID. */
    boolean claimGuid(String guid) throws SQLException {
        rememberGuid.setString(1, guid);
        return rememberGuid.executeUpdate() == 1;
    }

    /** A note; {@code checksum} is {@link StableIds#fieldChecksum} of its first field. */
    void addNote(long id, String guid, long noteTypeId, Instant modifiedAt, NoteContent content, long checksum)
            throws SQLException {
        insertNote.setLong(1, id);
        insertNote.setString(2, guid);
        insertNote.setLong(3, noteTypeId);
        insertNote.setLong(4, modifiedAt.getEpochSecond());
        insertNote.setString(5, content.ankiTags());
        insertNote.setString(6, content.joinedFields());
        insertNote.setString(7, content.plainWord());
        insertNote.setLong(8, checksum);
        insertNote.addBatch();
        notes++;
        countRow();
    }

    /** A card that was never studied, at {@code position} in the new-card queue. */
    void addNewCard(long id, long noteId, long deckId, CardTemplate template, Instant modifiedAt, int position)
            throws SQLException {
        insertNewCard.setLong(1, id);
        insertNewCard.setLong(2, noteId);
        insertNewCard.setLong(3, deckId);
        insertNewCard.setInt(4, template.ankiOrd());
        insertNewCard.setLong(5, modifiedAt.getEpochSecond());
        insertNewCard.setLong(6, position);
        insertNewCard.addBatch();
        cards++;
        countRow();
    }

    /** A card with the student's progress, and its review history. */
    void addStudiedCard(long id, long noteId, long deckId, ExportCard progress, Instant modifiedAt, int position)
            throws SQLException {
        CardPhase phase = progress.phase();
        bindCard(id, noteId, deckId, progress.template(), modifiedAt);
        insertCard.setInt(6, phase.ankiType);
        insertCard.setInt(7, progress.suspended() ? -1 : queue(phase));
        insertCard.setLong(8, due(progress, position));
        insertCard.setInt(9, phase == CardPhase.REVIEW || phase == CardPhase.RELEARNING ? progress.intervalDays() : 0);
        insertCard.setInt(10, phase == CardPhase.NEW ? 0
                : progress.easeFactorPermille() > 0 ? progress.easeFactorPermille() : FACTOR_DEFAULT);
        insertCard.setInt(11, progress.reps());
        insertCard.setInt(12, progress.lapses());
        insertCard.setInt(13, phase == CardPhase.LEARNING || phase == CardPhase.RELEARNING
                ? progress.remainingSteps() : 0);
        insertCard.setString(14, cardData(progress));
        insertCard.addBatch();
        cards++;
        countRow();
        for (ExportReview review : progress.reviews()) {
            addReview(id, review);
        }
    }

    private void bindCard(long id, long noteId, long deckId, CardTemplate template, Instant modifiedAt)
            throws SQLException {
        insertCard.setLong(1, id);
        insertCard.setLong(2, noteId);
        insertCard.setLong(3, deckId);
        insertCard.setInt(4, template.ankiOrd());
        insertCard.setLong(5, modifiedAt.getEpochSecond());
    }

    private static int queue(CardPhase phase) {
        return switch (phase) {
            case NEW -> 0;
            case LEARNING, RELEARNING -> 1;
            case REVIEW -> 2;
        };
    }

    /**
     * Anki's {@code due} means a different thing per queue: the position for new cards, a Unix time in seconds
     * for (re)learning cards, a day number counted from {@link #CREATED} for review cards.
     */
    private static long due(ExportCard progress, int position) {
        return switch (progress.phase()) {
            case NEW -> position;
            case LEARNING, RELEARNING -> progress.due().getEpochSecond();
            case REVIEW -> Math.floorDiv(progress.due().getEpochSecond() - CREATED.getEpochSecond(), 86_400L);
        };
    }

    /** The card's {@code data} JSON with the rounding Anki applies (4, 3 and 2 places for s, d and dr). */
    private static String cardData(ExportCard progress) {
        Json json = new Json().beginObject();
        FsrsMemoryState memory = progress.memoryState();
        if (memory != null) {
            json.key("s").value(memory.stability(), 4);
            json.key("d").value(memory.difficulty(), 3);
            if (memory.desiredRetention() != null) {
                json.key("dr").value(memory.desiredRetention(), 2);
            }
            if (memory.decay() != null) {
                json.key("decay").value(memory.decay(), 3);
            }
        }
        if (progress.lastReviewedAt() != null) {
            json.field("lrt", progress.lastReviewedAt().getEpochSecond());
        }
        return json.endObject().toString();
    }

    /**
     * A review keyed by its time in milliseconds. Two reviews in the same millisecond would share a key; the
     * later one moves on by a millisecond, the way Anki itself avoids the clash.
     */
    private void addReview(long cardId, ExportReview review) throws SQLException {
        insertReview.setLong(2, cardId);
        insertReview.setInt(3, review.rating());
        insertReview.setLong(4, ankiInterval(review.interval()));
        insertReview.setLong(5, ankiInterval(review.lastInterval()));
        insertReview.setLong(6, review.fsrsDifficulty() != null
                ? Math.round(((review.fsrsDifficulty() - 1.0) / 9.0 + 0.1) * 1000.0)
                : review.easeFactorPermille());
        insertReview.setLong(7, Math.min(review.timeTaken().toMillis(), Integer.MAX_VALUE));
        insertReview.setInt(8, review.kind().ankiType);
        long id = review.reviewedAt().toEpochMilli();
        insertReview.setLong(1, id);
        if (insertReview.executeUpdate() == 0) {
            insertReview.setLong(1, firstFreeReviewIdAfter(id));
            insertReview.executeUpdate();
        }
        reviews++;
    }

    /** The first id after the run of taken ids that starts at {@code id}. */
    private long firstFreeReviewIdAfter(long id) throws SQLException {
        nextFreeReviewId.setLong(1, id);
        try (ResultSet free = nextFreeReviewId.executeQuery()) {
            free.next();
            return free.getLong(1);
        }
    }

    /** Anki stores intervals of a day or more in days, shorter ones as negative seconds. */
    static long ankiInterval(Duration interval) {
        long seconds = interval.getSeconds();
        if (seconds >= 86_400) {
            return Math.round(seconds / 86_400.0);
        }
        return -seconds;
    }

    private void countRow() throws SQLException {
        if (++pendingRows >= BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        insertNote.executeBatch();
        insertNewCard.executeBatch();
        insertCard.executeBatch();
        pendingRows = 0;
    }

    /** Writes the {@code col} row and the indexes, and commits. */
    void finish(Instant modifiedAt, String conf, String models, String decks, String deckConfigs)
            throws SQLException {
        flush();
        try (PreparedStatement col = db.prepareStatement(
                "insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
            col.setLong(1, CREATED.getEpochSecond());
            col.setLong(2, modifiedAt.toEpochMilli());
            col.setLong(3, modifiedAt.toEpochMilli());
            col.setString(4, conf);
            col.setString(5, models);
            col.setString(6, decks);
            col.setString(7, deckConfigs);
            col.executeUpdate();
        }
        try (Statement statement = db.createStatement()) {
            for (String index : INDEXES) {
                statement.execute(index);
            }
        }
        db.commit();
    }

    int notes() {
        return notes;
    }

    int cards() {
        return cards;
    }

    int reviews() {
        return reviews;
    }

    @Override
    public void close() throws SQLException {
        List<SQLException> failures = new ArrayList<>();
        for (AutoCloseable resource : new AutoCloseable[] {insertNote, insertNewCard, insertCard, insertReview, rememberGuid, nextFreeReviewId, db}) {
            try {
                resource.close();
            } catch (SQLException e) {
                failures.add(e);
            } catch (Exception e) {
                failures.add(new SQLException(e));
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
