package app.yuedu.scheduling.core;

import java.time.Duration;

/**
 * The short interval text Anki shows above its answer buttons: "45s", "10m", "1.5h", "4d", "3.2mo", "1.1y".
 * The unit is the largest that fits (a month is 365/12 days, a year 365 days); seconds, minutes and days are
 * rounded to whole numbers, hours, months and years to one decimal, dropped when it is zero.
 */
public final class IntervalLabel {

    private static final double MINUTE = 60;
    private static final double HOUR = 60 * MINUTE;
    private static final double DAY = 24 * HOUR;
    private static final double MONTH = 30.417 * DAY;
    private static final double YEAR = 365 * DAY;

    private IntervalLabel() {}

    /** The label for a wait of this length, e.g. the time from now until a previewed card's due time. */
    public static String of(Duration interval) {
        double seconds = interval.toMillis() / 1000.0;
        double size = Math.abs(seconds);
        if (size < MINUTE) {
            return whole(seconds) + "s";
        } else if (size < HOUR) {
            return whole(seconds / MINUTE) + "m";
        } else if (size < DAY) {
            return oneDecimal(seconds / HOUR) + "h";
        } else if (size < MONTH) {
            return whole(seconds / DAY) + "d";
        } else if (size < YEAR) {
            return oneDecimal(seconds / MONTH) + "mo";
        }
        return oneDecimal(seconds / YEAR) + "y";
    }

    private static String whole(double amount) {
        return Long.toString(roundHalfAwayFromZero(amount));
    }

    private static String oneDecimal(double amount) {
        long tenths = roundHalfAwayFromZero(amount * 10);
        String sign = tenths < 0 ? "-" : "";
        long size = Math.abs(tenths);
        return size % 10 == 0 ? sign + size / 10 : sign + size / 10 + "." + size % 10;
    }

    private static long roundHalfAwayFromZero(double amount) {
        return (long) Math.signum(amount) * Math.round(Math.abs(amount));
    }
}
