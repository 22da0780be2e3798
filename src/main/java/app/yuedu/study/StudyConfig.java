package app.yuedu.study;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the study feature ({@code yuedu.study.*}). */
@ConfigMapping(prefix = "yuedu.study")
public interface StudyConfig {

    /**
     * A word counts as known once one of the student's cards for it has a stability above this many days: at that
     * stability FSRS expects the word to be recalled three weeks after the last review.
     */
    @WithDefault("21")
    double knownStabilityDays();
}
