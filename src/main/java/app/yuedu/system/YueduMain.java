package app.yuedu.system;

import app.yuedu.export.DeckExportFiles;
import app.yuedu.export.ExportConfig;
import app.yuedu.study.CardAudit;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;

/**
 * The entry point. Without arguments it runs the web application until it is stopped. With
 * {@code export <deck id | article slug | all> [directory]} it exports decks into {@code deck-exports/} (or the
 * directory given), then exits: 0 when done, 2 for a wrong command line. With {@code verify-cards} it replays
 * every card's review log and prints each card that differs from its replay: exit 0 when all agree, 1 if any
 * differs.
 */
@QuarkusMain
public class YueduMain implements QuarkusApplication {

    @Inject
    DeckExportFiles deckExportFiles;

    @Inject
    ExportConfig exportConfig;

    @Inject
    CardAudit cardAudit;

    /** Mismatching cards printed in full; the rest are counted. */
    static final int MISMATCHES_SHOWN = 50;

    public static void main(String... args) {
        Quarkus.run(YueduMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (args[0].equals("verify-cards") && args.length == 1) {
            return verifyCards();
        }
        if (!args[0].equals("export") || args.length < 2 || args.length > 3) {
            System.err.println("Usage: export <deck id | article slug | all> [directory]");
            System.err.println("       verify-cards");
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

    private int verifyCards() {
        long started = System.nanoTime();
        CardAudit.Report report = cardAudit.auditAll();
        report.mismatches().stream().limit(MISMATCHES_SHOWN).forEach(mismatch -> mismatch.problems().forEach(
                problem -> System.out.println("card " + mismatch.cardId() + " (user " + mismatch.userId() + ", deck "
                        + mismatch.deckId() + "): " + problem)));
        if (report.mismatches().size() > MISMATCHES_SHOWN) {
            System.out.println("... and " + (report.mismatches().size() - MISMATCHES_SHOWN) + " more cards");
        }
        System.out.println("verify-cards: " + report.cards() + " cards, " + report.reviews() + " reviews replayed, "
                + report.mismatches().size() + " cards differ from their review log ("
                + (System.nanoTime() - started) / 1_000_000 + " ms)");
        return report.mismatches().isEmpty() ? 0 : 1;
    }
}
