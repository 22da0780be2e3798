package app.yuedu.export;

import app.yuedu.export.DeckExports.DeckToExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Exports decks into a directory on the server, as {@code <slug>.apkg} and {@code <slug>.txt}: the command
 * line's work (see {@code YueduMain}) and how the sample in {@code deck-exports/} is made.
 */
@ApplicationScoped
public class DeckExportFiles {

    private static final Logger LOG = Logger.getLogger(DeckExportFiles.class);

    @Inject
    DeckExports exports;

    /**
     * Exports the decks {@code selector} names: {@code all}, a deck id, or an article slug. A deck without words
     * to export is reported and skipped. Each file is written beside its final name and moved into place, so a
     * reader never sees half a file.
     *
     * @return the files written
     * @throws IllegalArgumentException when the selector names no deck
     */
    @ActivateRequestContext
    public List<Path> exportInto(Path directory, String selector) {
        List<DeckToExport> decks = select(selector);
        if (decks.isEmpty()) {
            throw new IllegalArgumentException("No deck matches \"" + selector + "\": give a deck id, an article"
                    + " slug or \"all\".");
        }
        List<Path> written = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        try {
            Files.createDirectories(directory);
            for (DeckToExport deck : decks) {
                if (deck.noteCount() == 0) {
                    LOG.warnf("Deck %d (%s) has no words to export; skipped", deck.id(), deck.deck().name());
                    continue;
                }
                // Two articles may share a slug; the later deck gets its id added rather than overwriting.
                String stem = stems.add(deck.fileStem()) ? deck.fileStem() : deck.fileStem() + "-" + deck.id();
                long started = System.nanoTime();
                written.add(write(directory.resolve(stem + ".apkg"), out -> exports.writeApkg(deck, out)));
                long apkgDone = System.nanoTime();
                written.add(write(directory.resolve(stem + ".txt"), out -> exports.writeText(deck, out)));
                LOG.infof("Deck %d exported: %s.apkg in %d ms and %s.txt in %d ms (%d notes)", deck.id(), stem,
                        (apkgDone - started) / 1_000_000, stem, (System.nanoTime() - apkgDone) / 1_000_000,
                        deck.noteCount());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write into " + directory, e);
        }
        return written;
    }

    private List<DeckToExport> select(String selector) {
        String wanted = selector == null ? "" : selector.strip();
        if (wanted.equalsIgnoreCase("all")) {
            return exports.all();
        }
        if (wanted.matches("\\d{1,18}")) {
            return exports.find(Long.parseLong(wanted)).stream().toList();
        }
        return exports.all().stream().filter(deck -> deck.fileStem().equals(wanted)).toList();
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Path write(Path target, Body body) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            body.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
