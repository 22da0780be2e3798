package app.yuedu.export;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.TestUsers;
import app.yuedu.articles.Article;
import app.yuedu.articles.Deck;
import app.yuedu.articles.Note;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class ExportResourceTest {

    static final String SEED_DECK = "携手构建更加紧密的中国—中亚命运共同体";

    @TempDir
    Path tmp;

    static RequestSpecification signedIn() {
        return TestUsers.signIn("exporter").request();
    }

    static long seedDeckId() {
        return signedIn().get("/api/decks").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '" + SEED_DECK + "' }.id");
    }

    static long learnableNotes(long deckId) {
        return QuarkusTransaction.requiringNew().call(
                () -> Note.count("deck.id = ?1 and knownByDefault = false", deckId));
    }

    @Test
    void apkgIsAnAnkiPackageOfTheDecksWords() throws Exception {
        long deck = seedDeckId();
        var response = signedIn().get("/decks/" + deck + "/export.apkg").then().statusCode(200)
                .contentType(ExportResource.APKG_TYPE)
                .header("Content-Disposition", containsString("attachment; filename="))
                .header("Content-Disposition", containsString(
                        "filename=\"xieshou-goujian-gengjia-jinmi-de-zhongguo-zhongya-mingyun.apkg\"")).extract();
        Map<String, byte[]> entries = unzip(response.asByteArray());
        assertEquals(java.util.List.of("collection.anki21", "media"), java.util.List.copyOf(entries.keySet()));
        assertEquals("{}", new String(entries.get("media"), StandardCharsets.UTF_8));

        try (Connection db = open(entries.get("collection.anki21"))) {
            long notes = learnableNotes(deck);
            assertTrue(notes > 100, "the seed deck has a few hundred words, not " + notes);
            assertEquals(notes, count(db, "select count(*) from notes"));
            assertEquals(notes, count(db, "select count(*) from cards where ord = 0"), "one recognition card each");
            assertEquals(0, count(db, "select count(*) from revlog"), "a clean deck has no history");
            assertEquals(0, count(db, "select count(*) from cards where type <> 0"), "every card is new");

            String[] summit = fields(db, "峰会");
            assertEquals("峰会", summit[0]);
            assertEquals("峰會", summit[1]);
            assertTrue(summit[2].contains(">fēng<") && summit[2].contains(">huì<"), summit[2]);
            assertTrue(summit[3].contains("summit"), summit[3]);
            assertTrue(summit[5].contains("峰会") && summit[5].length() > 6, "its sentence: " + summit[5]);
            assertTrue(summit[6].contains("fēnghuì"), "sentence pinyin: " + summit[6]);
            assertTrue(summit[7].contains(SEED_DECK), "source: " + summit[7]);
        }
    }

    @Test
    void twoDownloadsAreByteIdenticalAndShareTheTextExportsGuids() throws Exception {
        long deck = seedDeckId();
        byte[] first = download("/decks/" + deck + "/export.apkg");
        byte[] second = download("/decks/" + deck + "/export.apkg");
        assertArrayEquals(first, second);

        String text = signedIn().get("/decks/" + deck + "/export.txt").then().statusCode(200).extract().asString();
        String summitLine = text.lines().filter(line -> line.startsWith("峰会\t")).findFirst().orElseThrow();
        String[] columns = summitLine.split("\t", -1);
        try (Connection db = open(unzip(first).get("collection.anki21"))) {
            assertEquals(guid(db, "峰会"), columns[columns.length - 1], "the text file names the package's note");
        }
    }

    @Test
    void textExportHasAnkisHeaderAndOneLinePerWord() {
        long deck = seedDeckId();
        var response = signedIn().get("/decks/" + deck + "/export.txt").then().statusCode(200)
                .contentType(containsString("text/plain"))
                .header("Content-Disposition", containsString(".txt")).extract();
        String text = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("#separator:tab\n#html:true\n"), text.substring(0, 60));
        assertTrue(text.contains("#deck:" + SEED_DECK + "\n"));
        long lines = text.lines().filter(line -> !line.startsWith("#")).count();
        assertEquals(learnableNotes(deck), lines);
        String summit = text.lines().filter(line -> line.startsWith("峰会\t")).findFirst().orElseThrow();
        assertTrue(summit.startsWith("峰会\tfēnghuì\t") && summit.contains("summit"), summit);
    }

    @Test
    void deckPageOffersBothDownloads() {
        long deck = seedDeckId();
        signedIn().get("/decks/" + deck).then().statusCode(200)
                .body(containsString("href=\"/decks/" + deck + "/export.apkg\""))
                .body(containsString("href=\"/decks/" + deck + "/export.txt\""));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        long deck = seedDeckId();
        for (String format : new String[] {"apkg", "txt"}) {
            RestAssured.given().redirects().follow(false).get("/decks/" + deck + "/export." + format)
                    .then().statusCode(302).header("Location", containsString("/login"));
        }
    }

    @Test
    void unknownDeckIsAFriendly404() {
        signedIn().get("/decks/999999/export.apkg").then().statusCode(404)
                .body(containsString("There is no deck 999999")).body(not(containsString("Exception")));
        signedIn().get("/decks/999999/export.txt").then().statusCode(404);
    }

    @Test
    void deckWithoutWordsToLearnIsAClearErrorNotAnEmptyFile() {
        long deck = deckWithOnlyKnownWords();
        for (String format : new String[] {"apkg", "txt"}) {
            signedIn().get("/decks/" + deck + "/export." + format).then().statusCode(409)
                    .contentType(containsString("text/html"))
                    .body(containsString("has no words to export"))
                    .body(not(containsString("Exception")));
        }
        signedIn().get("/decks/" + deck).then().statusCode(200).body(not(containsString("export.apkg")));
    }

    /** A deck whose one note is a function word that counts as known: nothing to export. */
    static long deckWithOnlyKnownWords() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Article article = new Article();
            article.title = "只有的";
            article.slug = "only-de";
            article.contentHash = (java.util.UUID.randomUUID() + "" + java.util.UUID.randomUUID()).replace("-", "");
            article.originalText = "的。";
            // Public like a seed article, so that any signed-in user may see (and try to export) the deck.
            article.source = "seeds/only-known-words.txt";
            article.charCount = 2;
            article.createdAt = Instant.parse("2025-03-01T00:00:00Z");
            article.persist();
            app.yuedu.articles.Sentence sentence = new app.yuedu.articles.Sentence();
            sentence.article = article;
            sentence.position = 0;
            sentence.paragraph = 0;
            sentence.text = "的。";
            sentence.clauseStarts = "0";
            sentence.tokens = "";
            sentence.persist();
            Deck deck = new Deck();
            deck.article = article;
            deck.name = "只有的";
            deck.openToAll = true;
            deck.createdAt = article.createdAt;
            deck.persist();
            Note note = new Note();
            note.deck = deck;
            note.word = "的";
            note.traditional = "的";
            note.pinyin = "de5";
            note.glosses = "of";
            note.classifiers = "";
            note.inDictionary = true;
            note.knownByDefault = true;
            note.exampleSentence = sentence;
            note.persist();
            return deck.id;
        });
    }

    static byte[] download(String path) {
        return signedIn().get(path).then().statusCode(200).extract().asByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    Connection open(byte[] collection) throws Exception {
        Path file = Files.createTempFile(tmp, "collection", ".anki21");
        Files.write(file, collection);
        return org.sqlite.JDBC.createConnection("jdbc:sqlite:" + file, new java.util.Properties());
    }

    static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The note's fields, found by its sort field (Simplified). */
    static String[] fields(Connection db, String word) throws Exception {
        return noteColumn(db, word, "flds").split("\u001f", -1);
    }

    static String guid(Connection db, String word) throws Exception {
        return noteColumn(db, word, "guid");
    }

    private static String noteColumn(Connection db, String word, String column) throws Exception {
        try (PreparedStatement query = db.prepareStatement("select " + column + " from notes where sfld = ?")) {
            query.setString(1, word);
            try (ResultSet result = query.executeQuery()) {
                assertTrue(result.next(), word + " is in the package");
                return result.getString(1);
            }
        }
    }
}
