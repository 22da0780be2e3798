package app.yuedu.study;

import app.yuedu.scheduling.core.Rating;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Reports what students do in a review session once it is stored: a log line naming the user, deck and card, and
 * the counters {@code yuedu_reviews_graded_total{rating}} and {@code yuedu_reviews_undone_total}. Called after
 * the transaction committed, so the numbers count only reviews that are really in the review log.
 */
@ApplicationScoped
public class ReviewActivity {

    private static final Logger LOG = Logger.getLogger(ReviewActivity.class);

    private final Map<Rating, Counter> graded = new EnumMap<>(Rating.class);
    private final Counter undone;

    ReviewActivity(MeterRegistry registry) {
        // Registered up front, so every rating shows (as 0) before the first grade.
        for (Rating rating : Rating.values()) {
            graded.put(rating, Counter.builder("yuedu.reviews.graded").description("Reviews recorded")
                    .tag("rating", name(rating)).register(registry));
        }
        undone = Counter.builder("yuedu.reviews.undone").description("Reviews undone").register(registry);
    }

    void graded(String username, long deckId, long cardId, Rating rating) {
        graded.get(rating).increment();
        LOG.infof("Grade: user=%s deck=%d card=%d rating=%s", username, deckId, cardId, name(rating));
    }

    void undone(String username, long deckId, long reviewId) {
        undone.increment();
        LOG.infof("Undo: user=%s deck=%d review=%d", username, deckId, reviewId);
    }

    private static String name(Rating rating) {
        return rating.name().toLowerCase(Locale.ROOT);
    }
}
