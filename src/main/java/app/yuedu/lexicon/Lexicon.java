package app.yuedu.lexicon;

import app.yuedu.lexicon.core.Dictionary;
import app.yuedu.lexicon.core.PinyinResolver;
import app.yuedu.lexicon.core.SegmentationOverrides;
import app.yuedu.lexicon.core.WordRanking;
import app.yuedu.lexicon.core.WordSegmenter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable lexicon data of the application (CC-CEDICT, HSK levels and frequencies), loaded once per
 * instance: it is read-only data shipped with the app, not state, so every instance has the same copy.
 * Application-scoped rather than a singleton so that injecting it loads nothing: the data loads on first use,
 * in {@link LexiconWarmUp}'s thread, never on the thread that starts the application.
 */
@ApplicationScoped
public class Lexicon {

    // Loaded in @PostConstruct, not in field initialisers: the client proxy is a subclass, and its constructor
    // would run them too.
    private Dictionary dictionary;
    private WordRanking ranking;
    private PinyinResolver readings;
    private WordSegmenter defaultSegmenter;

    @PostConstruct
    void load() {
        dictionary = Dictionary.loadDefault();
        ranking = WordRanking.loadDefault();
        readings = new PinyinResolver(dictionary);
        defaultSegmenter = new WordSegmenter(dictionary);
    }

    public Dictionary dictionary() {
        return dictionary;
    }

    public WordRanking ranking() {
        return ranking;
    }

    public PinyinResolver readings() {
        return readings;
    }

    /**
     * A segmenter applying the segmentation overrides stored for {@code scopeKey} and the global ones (a class's
     * corrections come on top of the deployment's); the overrides are read from
     * the database on each call so that a correction made through one instance is used by all of them.
     */
    public WordSegmenter segmenter(String scopeKey) {
        List<SegmentationOverride> stored = new ArrayList<>(SegmentationOverride.listByScope(scopeKey));
        if (!SegmentationOverride.GLOBAL_SCOPE.equals(scopeKey)) {
            stored.addAll(SegmentationOverride.listByScope(SegmentationOverride.GLOBAL_SCOPE));
        }
        if (stored.isEmpty()) {
            return defaultSegmenter;
        }
        List<String> lines = new ArrayList<>();
        for (SegmentationOverride override : stored) {
            // The segmenter splits a word into the cheapest shorter dictionary words; split_as is informative.
            lines.add((override.action == SegmentationOverride.Action.JOIN ? "+" : "-") + override.word);
        }
        return new WordSegmenter(dictionary, SegmentationOverrides.parse(lines));
    }
}
