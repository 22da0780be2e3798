package app.yuedu.articles;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of article ingestion ({@code yuedu.articles.*}). */
@ConfigMapping(prefix = "yuedu.articles")
public interface ArticleConfig {

    /** Largest article text accepted, in bytes of UTF-8. */
    @WithDefault("1048576")
    long maxBytes();

    /** Sentences longer than this many characters also get clause boundaries for a short context. */
    @WithDefault("60")
    int longSentence();
}
