package app.yuedu.scheduling.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * When one study day ends and the next begins: at {@code rolloverHour} o'clock on the wall clock of {@code
 * zone}. FSRS counts the days elapsed since a card's last review in such calendar days, not in 24-hour periods,
 * so a card reviewed at 23:50 and again at 00:10 has one elapsed day.
 *
 * <p>ts-fsrs uses UTC midnight ({@link #UTC_MIDNIGHT}); Anki uses 4 am in the learner's zone ({@link
 * #anki(ZoneId)}), so that a late-night session still counts as the same day.
 *
 * @param zone whose wall clock decides the day
 * @param rolloverHour the hour 0–23 at which a new day starts
 */
public record DayBoundary(ZoneId zone, int rolloverHour) {

    /** Days start at midnight UTC, as in ts-fsrs. */
    public static final DayBoundary UTC_MIDNIGHT = new DayBoundary(ZoneOffset.UTC, 0);

    public DayBoundary {
        if (zone == null) {
            throw new IllegalArgumentException("A day boundary needs a time zone");
        }
        if (rolloverHour < 0 || rolloverHour > 23) {
            throw new IllegalArgumentException("The rollover hour is 0 to 23, not " + rolloverHour);
        }
    }

    /** Days start at 4 am in the given zone, as in Anki. */
    public static DayBoundary anki(ZoneId zone) {
        return new DayBoundary(zone, 4);
    }

    /** The study day that the instant belongs to. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDateTime().minusHours(rolloverHour).toLocalDate();
    }

    /** Study days from the day of {@code from} to the day of {@code to}; negative if {@code to} is earlier. */
    public int daysBetween(Instant from, Instant to) {
        return Math.toIntExact(ChronoUnit.DAYS.between(dayOf(from), dayOf(to)));
    }
}
