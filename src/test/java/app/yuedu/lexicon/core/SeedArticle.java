package app.yuedu.lexicon.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed article as running text, and data shared by the lexicon tests (loaded once). */
final class SeedArticle {

    static final Dictionary DICTIONARY = Dictionary.loadDefault();

    /**
     * The article with its hard line breaks removed, as well as the spaces the layout put around digits
     * ("将于 6月" → "将于6月"); it has no other spaces inside sentences.
     */
    static final String TEXT = load();

    private SeedArticle() {
    }

    private static String load() {
        try {
            String raw = Files.readString(Path.of("seeds/000_62ae10bd87667f17.txt"));
            return raw.replaceAll("[\\s\\u3000]+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence of the article that contains {@code fragment}, up to and including its 。！ or ；. */
    static String sentenceWith(String fragment) {
        int at = TEXT.indexOf(fragment);
        if (at < 0) {
            throw new IllegalArgumentException("not in the seed: " + fragment);
        }
        int start = at;
        while (start > 0 && "。！；".indexOf(TEXT.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < TEXT.length() && "。！；".indexOf(TEXT.charAt(end)) < 0) {
            end++;
        }
        return TEXT.substring(start, Math.min(TEXT.length(), end + 1));
    }
}
