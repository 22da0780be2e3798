package app.yuedu.lexicon.core;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Corrections to the automatic segmentation, typically kept by a teacher per deployment.
 *
 * @param forcedWords words that must stay one token wherever they occur (a name the segmenter cuts up)
 * @param splitWords words that must be split into smaller dictionary words (an over-long compound)
 */
public record SegmentationOverrides(Set<String> forcedWords, Set<String> splitWords) {

    /** No corrections. */
    public static final SegmentationOverrides NONE = new SegmentationOverrides(Set.of(), Set.of());

    public SegmentationOverrides {
        forcedWords = Set.copyOf(forcedWords);
        splitWords = Set.copyOf(splitWords);
    }

    /**
     * Reads lines of the form {@code +托卡耶夫} (keep whole) and {@code -社会发展} (split). Blank lines and
     * lines starting with {@code #} are ignored; surrounding white space is trimmed.
     *
     * @throws IllegalArgumentException for a line that starts with neither + nor -
     */
    public static SegmentationOverrides parse(List<String> lines) {
        Set<String> forced = new LinkedHashSet<>();
        Set<String> split = new LinkedHashSet<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String word = line.substring(1).strip();
            if (word.isEmpty()) {
                continue;
            }
            switch (line.charAt(0)) {
                case '+' -> forced.add(word);
                case '-' -> split.add(word);
                default -> throw new IllegalArgumentException("override must start with + or -: " + raw);
            }
        }
        return new SegmentationOverrides(forced, split);
    }

    /** Whether there is nothing to correct. */
    public boolean isEmpty() {
        return forcedWords.isEmpty() && splitWords.isEmpty();
    }
}
