package app.yuedu.export.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans a deck name the way Anki normalises it on import, so the name written into the package is the name
 * the user will see: each {@code ::}-separated component is NFC-normalised, loses its control characters and is
 * trimmed of white space and colons; an empty component becomes {@code blank}. Double quotes are dropped as
 * well: Anki before 2.1.28 (and AnkiDroid builds of that time) removed them from deck names, and a quote in a
 * deck name breaks {@code deck:"..."} searches.
 */
public final class AnkiDeckName {

    /** Used when nothing printable is left of the name. */
    public static final String FALLBACK = "Yuedu";

    private AnkiDeckName() {}

    public static String clean(String name) {
        if (name == null || name.isBlank()) {
            return FALLBACK;
        }
        List<String> components = new ArrayList<>();
        for (String component : Normalizer.normalize(name, Normalizer.Form.NFC).split("::", -1)) {
            components.add(cleanComponent(component));
        }
        String cleaned = String.join("::", components);
        return components.stream().allMatch("blank"::equals) ? FALLBACK : cleaned;
    }

    private static String cleanComponent(String component) {
        StringBuilder kept = new StringBuilder(component.length());
        component.codePoints()
                .filter(c -> !(c < 0x20 || c == 0x7f || c == '"'))
                .forEach(kept::appendCodePoint);
        int start = 0;
        int end = kept.length();
        while (start < end && isTrimmed(kept.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(kept.charAt(end - 1))) {
            end--;
        }
        return start == end ? "blank" : kept.substring(start, end);
    }

    private static boolean isTrimmed(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ':';
    }
}
