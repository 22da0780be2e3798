package app.yuedu.articles;

import app.yuedu.articles.core.ArticleMiner;
import app.yuedu.articles.core.ArticleTextCheck;
import app.yuedu.articles.core.MinedArticle;
import app.yuedu.articles.core.SentenceSplitter;
import app.yuedu.articles.core.VocabularyCorrections;
import app.yuedu.lexicon.Lexicon;
import app.yuedu.lexicon.SegmentationOverride;
import app.yuedu.lexicon.WordOverride;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/** Checks article text and mines it with the lexicon and the stored overrides of a scope (a class). */
@ApplicationScoped
public class ArticleMining {

    @Inject
    Lexicon lexicon;

    @Inject
    ArticleConfig config;

    @Inject
    MeterRegistry registry;

    /**
     * @return the text, when it can be an article
     * @throws app.yuedu.articles.core.ArticleRejected when the text cannot be an article, saying why
     */
    public String check(String text) {
        return new ArticleTextCheck(config.maxBytes()).check(text);
    }

    /** Mines text that passed {@link #check(String)} with the global segmentation overrides. */
    public MinedArticle mine(String checked, String title) {
        return mine(checked, title, SegmentationOverride.GLOBAL_SCOPE);
    }

    /**
     * Mines text that passed {@link #check(String)} with the segmentation and word overrides of {@code scopeKey}
     * (and the global segmentation overrides).
     */
    public MinedArticle mine(String checked, String title, String scopeKey) {
        String stage = SegmentationOverride.GLOBAL_SCOPE.equals(scopeKey) ? "seed" : "publish";
        return corrections(scopeKey).apply(timed(stage, checked, title, scopeKey));
    }

    /**
     * Mines with the segmentation overrides of {@code scopeKey} but without its word corrections, for a preview
     * that shows which words the corrections change.
     *
     * @throws app.yuedu.articles.core.ArticleRejected when the text cannot be an article, saying why
     */
    public MinedArticle mineSegmented(String text, String title, String scopeKey) {
        return timed("draft", text, title, scopeKey);
    }

    /**
     * Mines and records the time in {@code yuedu_articles_mining_seconds} and the text's length in
     * {@code yuedu_articles_mined_characters}, tagged with the stage: a seed, the preview of an uploaded draft, or
     * the article a teacher publishes. Rejected texts are not timed.
     */
    private MinedArticle timed(String stage, String text, String title, String scopeKey) {
        Timer.Sample sample = Timer.start(registry);
        String checked = check(text);
        MinedArticle mined = new ArticleMiner(lexicon.segmenter(scopeKey), lexicon.readings(), lexicon.ranking(),
                new SentenceSplitter(config.longSentence())).mine(checked, title);
        sample.stop(Timer.builder("yuedu.articles.mining").description("Time to mine an article's text")
                .tag("stage", stage).register(registry));
        DistributionSummary.builder("yuedu.articles.mined.characters").description("Characters of mined articles")
                .baseUnit("characters").tag("stage", stage).register(registry).record(checked.length());
        return mined;
    }

    /** The word corrections stored for a scope. */
    public VocabularyCorrections corrections(String scopeKey) {
        Map<String, VocabularyCorrections.Correction> byWord = new HashMap<>();
        for (WordOverride override : WordOverride.listByScope(scopeKey)) {
            byWord.put(override.word, new VocabularyCorrections.Correction(override.dropped, override.gloss,
                    override.pinyin));
        }
        return new VocabularyCorrections(byWord);
    }
}
