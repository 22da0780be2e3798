package app.yuedu.scheduling.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Labels as Anki prints them on its answer buttons (cases from Anki's own tests and its scheduler). */
class IntervalLabelTest {

    @Test
    void secondsMinutesAndDaysAreWhole() {
        assertEquals("30s", IntervalLabel.of(Duration.ofSeconds(30)));
        assertEquals("1m", IntervalLabel.of(Duration.ofSeconds(70)));
        assertEquals("1m", IntervalLabel.of(Duration.ofMinutes(1)));
        assertEquals("6m", IntervalLabel.of(Duration.ofMinutes(6)));
        assertEquals("10m", IntervalLabel.of(Duration.ofMinutes(10)));
        assertEquals("1d", IntervalLabel.of(Duration.ofDays(1)));
        assertEquals("4d", IntervalLabel.of(Duration.ofDays(4)));
        assertEquals("30d", IntervalLabel.of(Duration.ofDays(30)));
    }

    @Test
    void hoursMonthsAndYearsShowOneDecimal() {
        assertEquals("1h", IntervalLabel.of(Duration.ofHours(1)));
        assertEquals("1.5h", IntervalLabel.of(Duration.ofMinutes(90)));
        assertEquals("1mo", IntervalLabel.of(Duration.ofDays(31)));
        assertEquals("1.5mo", IntervalLabel.of(Duration.ofDays(45)));
        assertEquals("3.2mo", IntervalLabel.of(Duration.ofDays(97)));
        assertEquals("12mo", IntervalLabel.of(Duration.ofDays(364)));
        assertEquals("1y", IntervalLabel.of(Duration.ofDays(365)));
        assertEquals("1.1y", IntervalLabel.of(Duration.ofDays(400)));
        assertEquals("100y", IntervalLabel.of(Duration.ofDays(36500)));
    }
}
