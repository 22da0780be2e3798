package app.yuedu.classes.core;

/**
 * One student's work on a class's decks.
 *
 * @param cardsLearned cards reviewed at least once
 * @param reviews every grade given
 * @param reviewGrades grades given to cards in the review phase (learning steps are not a test of memory)
 * @param reviewAgains of those, how many were Again
 */
public record StudentProgress(long studentId, String name, long cardsLearned, long reviews, long reviewGrades,
                              long reviewAgains) {

    /** The share of review-phase grades that were not Again, or {@code NaN} before the first review. */
    public double retention() {
        return reviewGrades == 0 ? Double.NaN : (double) (reviewGrades - reviewAgains) / reviewGrades;
    }

    /** The retention as "87%", or "–" before the first review. */
    public String retentionText() {
        return reviewGrades == 0 ? "–" : Math.round(retention() * 100) + "%";
    }
}
