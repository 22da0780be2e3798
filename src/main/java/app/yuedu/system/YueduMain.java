package app.yuedu.system;

import app.yuedu.export.DeckExportFiles;
import app.yuedu.export.ExportConfig;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;

/**
 * The entry point. Without arguments it runs the web application until it is stopped. With
 * {@code export <deck id | article slug | all> [directory]} it exports decks into {@code deck-exports/} (or the
 * directory given), then exits: 0 when done, 2 for a wrong command line.
 */
@QuarkusMain
public class YueduMain implements QuarkusApplication {

    @Inject
    DeckExportFiles deckExportFiles;

    @Inject
    ExportConfig exportConfig;

    public static void main(String... args) {
        Quarkus.run(YueduMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (!args[0].equals("export") || args.length < 2 || args.length > 3) {
            System.err.println("Usage: export <deck id | article slug | all> [directory]");
            return 2;
        }
        Path directory = Path.of(args.length == 3 ? args[2] : exportConfig.directory());
        try {
            List<Path> files = deckExportFiles.exportInto(directory, args[1]);
            files.forEach(file -> System.out.println(file));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
