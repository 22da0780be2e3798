package app.yuedu.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample in {@code deck-exports/} is what the command line writes for the seed article, and an export made
 * now, on a freshly mined database, is byte for byte the same: nothing in it depends on database ids or on
 * when the article was mined. After a deliberate change to the exported content (or an upgrade of sqlite-jdbc,
 * whose version SQLite writes into the collection's header), regenerate the sample with the README's export
 * command.
 */
@QuarkusTest
class DeckExportSampleTest {

    static final Path SAMPLES = Path.of("deck-exports");

    @Inject
    DeckExportFiles files;

    @Inject
    DeckExports exports;

    @TempDir
    Path tmp;

    @Test
    void seedDeckExportsToTheCommittedSampleByteForByte() throws Exception {
        String slug = seedSlug();
        List<Path> written = files.exportInto(tmp, slug);
        assertEquals(List.of(tmp.resolve(slug + ".apkg"), tmp.resolve(slug + ".txt")), written);
        for (Path file : written) {
            Path sample = SAMPLES.resolve(file.getFileName());
            assertTrue(Files.exists(sample), "missing sample " + sample + "; run the README's export command");
            assertArrayEquals(Files.readAllBytes(sample), Files.readAllBytes(file),
                    file.getFileName() + " differs from the committed sample");
        }
        assertTrue(Files.list(tmp).allMatch(file -> !file.toString().endsWith(".part")), "no partial file left");
    }

    @Test
    void sampleReadsAsAnkiReadsItWithAReaderWeDidNotWrite() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("scripts", "anki", "node_modules", "sql.js")),
                "sql.js is not installed: run `npm --prefix scripts/anki install` to include this check");
        String slug = seedSlug();
        long notes = QuarkusTransaction.requiringNew().call(() -> exports.all().stream()
                .filter(deck -> deck.fileStem().equals(slug)).findFirst().orElseThrow().noteCount());
        Process check = new ProcessBuilder("node", "scripts/anki/check-apkg.mjs",
                SAMPLES.resolve(slug + ".apkg").toString(), "--notes", String.valueOf(notes), "--show", "峰会")
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(60, TimeUnit.SECONDS), "check script timed out");
        assertEquals(0, check.exitValue(), output);
        assertTrue(output.contains("Pinyin: fēnghuì"), output);
    }

    @Test
    void unknownSelectorIsRefusedWithAMessage() {
        var refused = assertThrows(IllegalArgumentException.class, () -> files.exportInto(tmp, "no-such-article"));
        assertTrue(refused.getMessage().contains("No deck matches \"no-such-article\""), refused.getMessage());
    }

    private String seedSlug() {
        return QuarkusTransaction.requiringNew().call(() -> exports.all().stream()
                .filter(deck -> deck.deck().name().equals(ExportResourceTest.SEED_DECK))
                .findFirst().orElseThrow().fileStem());
    }
}
