package app.yuedu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The real Anki review histories the FSRS evaluations read: {@code ../shared/data/anki-review-histories.tsv}, or the
 * file named by the first argument or by {@code YUEDU_ANKI_HISTORIES}. Measurement data, never part of the project.
 */
final class AnkiHistories {

    private static final String DEFAULT_PATH = "../shared/data/anki-review-histories.tsv";

    private AnkiHistories() {}

    /**
     * The file's lines, header first; empty, after saying so, when there is no such file, so a benchmark without the
     * data skips cleanly.
     */
    static Optional<List<String>> lines(String[] args, String benchmark) throws IOException {
        String location = args.length > 0 ? args[0]
                : System.getenv().getOrDefault("YUEDU_ANKI_HISTORIES", DEFAULT_PATH);
        Path data = Path.of(location);
        if (!Files.isReadable(data)) {
            System.out.println(benchmark + " skipped: no review histories at " + data
                    + " (set YUEDU_ANKI_HISTORIES to point at anki-review-histories.tsv)");
            return Optional.empty();
        }
        System.out.println(benchmark + " on " + data);
        return Optional.of(Files.readAllLines(data, StandardCharsets.UTF_8));
    }

    /** A column of comma-separated whole numbers (days or ratings). */
    static int[] ints(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    }
}
