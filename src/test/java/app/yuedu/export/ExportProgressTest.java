package app.yuedu.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.User;
import app.yuedu.articles.Note;
import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.CardType;
import app.yuedu.scheduling.ReviewLog;
import app.yuedu.scheduling.core.CardPhase;
import app.yuedu.scheduling.core.CardState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A student's package carries their progress; a teacher's is the clean deck. */
@QuarkusTest
class ExportProgressTest {

    static final Instant FIRST_REVIEW = Instant.parse("2026-11-01T08:00:00Z");
    static final Instant SECOND_REVIEW = Instant.parse("2026-11-04T08:00:00Z");
    static final Instant DUE = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void studentsPackageCarriesTheirCardStatesAndReviewsAndTeachersDoesNot() throws Exception {
        var student = TestUsers.signIn("progress-student");
        long deck = ExportResourceTest.seedDeckId();
        studySummit(student.username(), deck);

        byte[] studentsPackage = student.request().get("/decks/" + deck + "/export.apkg").then().statusCode(200)
                .extract().asByteArray();
        try (Connection db = open(studentsPackage)) {
            Map<String, Object> card = row(db, "select c.* from cards c join notes n on n.id = c.nid"
                    + " where n.sfld = '峰会' and c.ord = 0");
            assertEquals(2, ((Number) card.get("type")).intValue(), "a review card");
            assertEquals(2, ((Number) card.get("queue")).intValue());
            long crt = ((Number) row(db, "select crt from col").get("crt")).longValue();
            long dueDay = ((Number) card.get("due")).longValue();
            assertEquals(LocalDate.parse("2026-11-20"), LocalDate.ofEpochDay(Math.floorDiv(crt, 86_400) + dueDay));
            assertEquals(16, ((Number) card.get("ivl")).intValue());
            assertEquals(2, ((Number) card.get("reps")).intValue());
            JsonNode data = new ObjectMapper().readTree((String) card.get("data"));
            assertEquals(15.5, data.get("s").asDouble(), 1e-9);
            assertEquals(4.25, data.get("d").asDouble(), 1e-9);
            assertEquals(SECOND_REVIEW.getEpochSecond(), data.get("lrt").asLong());

            long cardId = ((Number) card.get("id")).longValue();
            assertEquals(2, count(db, "select count(*) from revlog where cid = " + cardId));
            assertEquals(2, count(db, "select count(*) from revlog"), "only the student's reviews");
            assertEquals(FIRST_REVIEW.toEpochMilli(), count(db, "select min(id) from revlog"));
            assertEquals(0, count(db, "select count(*) from cards where type <> 0 and id <> " + cardId),
                    "cards the student has not studied stay new");
        }

        byte[] teachersPackage = TestUsers.signIn(TestUsers.ADMIN).request()
                .get("/decks/" + deck + "/export.apkg").then().statusCode(200).extract().asByteArray();
        try (Connection db = open(teachersPackage)) {
            assertEquals(0, count(db, "select count(*) from revlog"));
            assertEquals(0, count(db, "select count(*) from cards where type <> 0"));
        }
        assertFalse(java.util.Arrays.equals(studentsPackage, teachersPackage));
        checkWithIndependentReader(studentsPackage);
        assertArrayEquals(studentsPackage, student.request().get("/decks/" + deck + "/export.apkg").then()
                .statusCode(200).extract().asByteArray(), "the same progress exports to the same bytes");
    }

    @Test
    void deckPageOffersStudentsTheirProgressAndTeachersTheCleanDeck() {
        long deck = ExportResourceTest.seedDeckId();
        TestUsers.signIn("progress-student").request().get("/decks/" + deck).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Anki deck (.apkg) with your progress"));
        TestUsers.signIn(TestUsers.ADMIN).request().get("/decks/" + deck).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Anki deck (.apkg)</a>"));
    }

    /** sql.js reads the student's package as Anki would: cards and review log included. */
    void checkWithIndependentReader(byte[] apkg) throws Exception {
        if (!Files.isDirectory(Path.of("scripts", "anki", "node_modules", "sql.js"))) {
            return; // checked in CI, where .ci/run installs sql.js; ApkgCheckScriptTest reports the skip
        }
        Path file = tmp.resolve("student.apkg");
        Files.write(file, apkg);
        Process check = new ProcessBuilder("node", "scripts/anki/check-apkg.mjs", file.toString(), "--revlog", "2")
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(check.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), output);
    }

    /** The student's recognition card of 峰会, reviewed twice: now a review card due on 20 November. */
    static void studySummit(String username, long deckId) {
        QuarkusTransaction.requiringNew().run(() -> {
            long userId = User.findByUsername(username).orElseThrow().id;
            Note summit = Note.find("deck.id = ?1 and word = ?2", deckId, "峰会").firstResult();
            if (Card.count("userId = ?1 and noteId = ?2", userId, summit.id) > 0) {
                return;
            }
            CardState fresh = CardState.newCard(FIRST_REVIEW);
            CardState learning = new CardState(Instant.parse("2026-11-01T08:10:00Z"), 2.3, 5.0, 0, 0, 1, 1, 0,
                    CardPhase.LEARNING, FIRST_REVIEW);
            CardState review = new CardState(DUE, 15.5, 4.25, 3, 16, 0, 2, 0, CardPhase.REVIEW, SECOND_REVIEW);
            Card card = new Card();
            card.userId = userId;
            card.deckId = deckId;
            card.noteId = summit.id;
            card.cardType = CardType.RECOGNITION;
            card.apply(review);
            card.persist();
            log(card, 3, FIRST_REVIEW, fresh, learning);
            log(card, 3, SECOND_REVIEW, learning, review);
        });
    }

    private static void log(Card card, int rating, Instant at, CardState before, CardState after) {
        ReviewLog entry = new ReviewLog();
        entry.userId = card.userId;
        entry.deckId = card.deckId;
        entry.cardId = card.id;
        entry.rating = rating;
        entry.reviewedAt = at;
        entry.timeSpentMs = 4200;
        entry.desiredRetention = 0.9;
        entry.before = ReviewLog.StoredState.of(before);
        entry.after = ReviewLog.StoredState.of(after);
        entry.persist();
    }

    Connection open(byte[] apkg) throws Exception {
        Path file = Files.createTempFile(tmp, "collection", ".anki21");
        Files.write(file, ExportResourceTest.unzip(apkg).get("collection.anki21"));
        return org.sqlite.JDBC.createConnection("jdbc:sqlite:" + file, new java.util.Properties());
    }

    static Map<String, Object> row(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                row.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
            }
            return row;
        }
    }

    static long count(Connection db, String sql) throws Exception {
        return ExportResourceTest.count(db, sql);
    }
}
