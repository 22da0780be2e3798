package app.yuedu.scheduling.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DayBoundaryTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void utcMidnightCountsCalendarDaysNotTwentyFourHourPeriods() {
        Instant lateEvening = Instant.parse("2024-03-01T23:50:00Z");
        Instant justAfterMidnight = Instant.parse("2024-03-02T00:10:00Z");
        assertEquals(1, DayBoundary.UTC_MIDNIGHT.daysBetween(lateEvening, justAfterMidnight));
        assertEquals(0, DayBoundary.UTC_MIDNIGHT.daysBetween(justAfterMidnight, Instant.parse("2024-03-02T23:59:59Z")));
        assertEquals(-1, DayBoundary.UTC_MIDNIGHT.daysBetween(justAfterMidnight, lateEvening));
    }

    @Test
    void ankiDaysStartAtFourInTheLearnersZone() {
        DayBoundary anki = DayBoundary.anki(SHANGHAI);
        // 03:59 Shanghai time still belongs to the previous study day.
        assertEquals(LocalDate.of(2024, 2, 29), anki.dayOf(Instant.parse("2024-02-29T19:59:00Z")));
        assertEquals(LocalDate.of(2024, 3, 1), anki.dayOf(Instant.parse("2024-02-29T20:00:00Z")));
        assertEquals(0, anki.daysBetween(Instant.parse("2024-02-29T15:00:00Z"), Instant.parse("2024-02-29T19:00:00Z")));
    }

    @Test
    void rolloverHourIsAnHourOfTheDay() {
        assertThrows(IllegalArgumentException.class, () -> new DayBoundary(SHANGHAI, 24));
        assertThrows(IllegalArgumentException.class, () -> new DayBoundary(SHANGHAI, -1));
    }
}
