package app.yuedu.study.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.yuedu.scheduling.core.DayBoundary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StudyDayTest {

    private static final DayBoundary SHANGHAI = DayBoundary.anki(ZoneId.of("Asia/Shanghai"));

    @Test
    void theDayRunsFromFourAmToFourAmLocalTime() {
        // 02:30 in Shanghai on 2 March is still the study day of 1 March
        StudyDay day = StudyDay.of(SHANGHAI, Instant.parse("2026-03-01T18:30:00Z"));
        assertEquals(LocalDate.of(2026, 3, 1), day.date());
        assertEquals(Instant.parse("2026-02-28T20:00:00Z"), day.start());
        assertEquals(Instant.parse("2026-03-01T20:00:00Z"), day.end());
        assertEquals(LocalDate.of(2026, 3, 2), StudyDay.of(SHANGHAI, day.end()).date());
    }

    @Test
    void aDaylightSavingDayIsTwentyThreeHoursLong() {
        // Clocks go forward at 02:00 on 29 March 2026, inside the study day that started at 04:00 on 28 March
        DayBoundary berlin = DayBoundary.anki(ZoneId.of("Europe/Berlin"));
        StudyDay day = StudyDay.of(berlin, Instant.parse("2026-03-28T12:00:00Z"));
        assertEquals(23 * 3600, day.end().getEpochSecond() - day.start().getEpochSecond());
    }
}
