package app.yuedu.export.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads a written package with {@code scripts/anki/check-apkg.mjs}, a checker Yuedu did not base on its own
 * reader: Node's zlib and sql.js (SQLite compiled to WebAssembly). Skipped, with a message, where Node or the
 * script's dependencies are missing; {@code npm --prefix scripts/anki install} brings them.
 */
class ApkgCheckScriptTest {

    private static final Path SCRIPT = Path.of("scripts", "anki", "check-apkg.mjs");

    @TempDir
    Path tmp;

    @Test
    void independentReaderAcceptsTheStudentsPackage() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("scripts", "anki", "node_modules", "sql.js")),
                "sql.js is not installed: run `npm --prefix scripts/anki install` to include this check");
        assumeTrue(nodeAvailable(), "node is not on the PATH: skipping the independent package check");

        Path apkg = tmp.resolve("summit.apkg");
        try (OutputStream out = Files.newOutputStream(apkg)) {
            ApkgWriter.withProgress().write(SampleDeck.deck(),
                    List.of(SampleDeck.studiedSummit(), SampleDeck.hold(), SampleDeck.hangzhou()).iterator(), out);
        }
        Result result = run("node", SCRIPT.toString(), apkg.toString(),
                "--notes", "3", "--cards", "7", "--revlog", "4", "--show", "峰会");
        assertEquals(0, result.exitCode, result.output);
        assertTrue(result.output.contains("Pinyin: fēnghuì"), result.output);
        assertTrue(result.output.contains("Meaning: summit; summit meeting"), result.output);
        assertTrue(result.output.contains("OK: the package reads as Anki reads it"), result.output);
    }

    @Test
    void independentReaderNoticesAWrongCount() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("scripts", "anki", "node_modules", "sql.js")),
                "sql.js is not installed: run `npm --prefix scripts/anki install` to include this check");
        assumeTrue(nodeAvailable(), "node is not on the PATH: skipping the independent package check");

        Path apkg = tmp.resolve("summit.apkg");
        try (OutputStream out = Files.newOutputStream(apkg)) {
            ApkgWriter.cleanDeck().write(SampleDeck.deck(), SampleDeck.notes().iterator(), out);
        }
        Result result = run("node", SCRIPT.toString(), apkg.toString(), "--notes", "4");
        assertEquals(1, result.exitCode, result.output);
        assertTrue(result.output.contains("notes: 3, expected 4"), result.output);
    }

    private record Result(int exitCode, String output) {}

    private static Result run(String... command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "check script timed out");
        return new Result(process.exitValue(), output);
    }

    private static boolean nodeAvailable() {
        try {
            return run("node", "--version").exitCode == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
