package app.yuedu.lexicon;

import app.yuedu.lexicon.core.WordSegmenter;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the dictionary and HanLP's models in the background once the HTTP server listens, so the first page is
 * served at once and the first mining or review does not wait for them either. Starting later than that, not
 * with the application, leaves the start-up and the first page the CPU (on two cores the load took a quarter of
 * a second off the first page).
 */
@ApplicationScoped
public class LexiconWarmUp {

    private static final Logger LOG = Logger.getLogger(LexiconWarmUp.class);

    @Inject
    Lexicon lexicon;

    @ConfigProperty(name = "yuedu.lexicon.warm-up", defaultValue = "true")
    boolean enabled;

    void onHttpServerStart(@ObservesAsync HttpServerStart event) {
        if (!enabled) {
            return;
        }
        Thread loader = new Thread(() -> {
            long started = System.nanoTime();
            lexicon.dictionary();
            WordSegmenter.warmUp();
            LOG.infof("Lexicon ready in %d ms (%d dictionary entries)", (System.nanoTime() - started) / 1_000_000,
                    lexicon.dictionary().size());
        }, "lexicon-warm-up");
        loader.setDaemon(true);
        loader.start();
    }
}
