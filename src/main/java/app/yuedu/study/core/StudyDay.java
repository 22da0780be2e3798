package app.yuedu.study.core;

import app.yuedu.scheduling.core.DayBoundary;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The study day an instant falls on, with its start and end, under a {@link DayBoundary} (4 am in the learner's
 * zone in the product). Daily limits count from {@link #start()}; cards scheduled in days are due until {@link
 * #end()}.
 */
public record StudyDay(LocalDate date, Instant start, Instant end) {

    public static StudyDay of(DayBoundary boundary, Instant now) {
        LocalDate date = boundary.dayOf(now);
        return new StudyDay(date, startOf(boundary, date), startOf(boundary, date.plusDays(1)));
    }

    private static Instant startOf(DayBoundary boundary, LocalDate date) {
        return date.atTime(boundary.rolloverHour(), 0).atZone(boundary.zone()).toInstant();
    }
}
