package app.yuedu.articles;

import app.yuedu.articles.core.ArticleMiner;
import app.yuedu.articles.core.ArticleTextCheck;
import app.yuedu.articles.core.MinedArticle;
import app.yuedu.articles.core.SentenceSplitter;
import app.yuedu.lexicon.Lexicon;
import app.yuedu.lexicon.SegmentationOverride;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Checks article text and mines it with the lexicon and the stored segmentation overrides. */
@ApplicationScoped
public class ArticleMining {

    @Inject
    Lexicon lexicon;

    @Inject
    ArticleConfig config;

    /**
     * @return the text, when it can be an article
     * @throws app.yuedu.articles.core.ArticleRejected when the text cannot be an article, saying why
     */
    public String check(String text) {
        return new ArticleTextCheck(config.maxBytes()).check(text);
    }

    /** Mines text that passed {@link #check(String)}. */
    public MinedArticle mine(String checked, String title) {
        ArticleMiner miner = new ArticleMiner(lexicon.segmenter(SegmentationOverride.GLOBAL_SCOPE),
                lexicon.readings(), lexicon.ranking(), new SentenceSplitter(config.longSentence()));
        return miner.mine(checked, title);
    }
}
