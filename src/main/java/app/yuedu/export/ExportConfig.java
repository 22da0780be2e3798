package app.yuedu.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of deck export ({@code yuedu.export.*}). */
@ConfigMapping(prefix = "yuedu.export")
public interface ExportConfig {

    /**
     * Identifies this installation in every exported package: the Anki note type id and, with each deck's key,
     * the deck id and note GUIDs derive from it. Every instance of one installation must use the same value
     * (the default does), and it must never change once decks have been exported, or Anki imports the next
     * export as new notes instead of updating the ones it has.
     */
    @WithDefault("yuedu")
    String installationId();

    /** Whether packages get a third card per note: the example sentence with the word blanked. */
    @WithDefault("false")
    boolean cloze();

    /** Where the command line ({@code export <deck>}) writes the files, relative to the working directory. */
    @WithDefault("deck-exports")
    String directory();
}
