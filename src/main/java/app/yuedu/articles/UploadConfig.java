package app.yuedu.articles;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of article uploads ({@code yuedu.upload.*}). */
@ConfigMapping(prefix = "yuedu.upload")
public interface UploadConfig {

    /**
     * Largest uploaded file, in bytes. Keep {@code quarkus.http.limits.max-body-size} above twice this value:
     * a body up to twice the limit gets the upload form back with a message, a larger one the 413 page.
     */
    @WithDefault("2097152")
    long maxBytes();

    /** Most bytes a .docx file may unpack to; more is treated as a zip bomb. */
    @WithDefault("52428800")
    long maxUnpackedBytes();

    /** Longest title accepted, in characters. */
    @WithDefault("200")
    int maxTitle();

    /** A draft claimed by a miner for longer than this is given to another one (its instance probably died). */
    @WithDefault("PT2M")
    java.time.Duration staleClaim();

    /** How many sentences the preview shows. */
    @WithDefault("300")
    int previewSentences();
}
