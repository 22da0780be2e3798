package app.yuedu.study.core;

import app.yuedu.scheduling.core.CardPhase;
import app.yuedu.scheduling.core.CardState;
import java.time.Instant;
import java.util.Optional;

/**
 * A card's scheduling state and the desired retention as the study page showed them, written into the grade form.
 * With it a grade needs no read before its write: the write applies only where the card and the settings still hold
 * exactly these values, so a forged or outdated form changes nothing (and the grade is then worked out from the
 * stored card instead). Instants are written as microseconds since the epoch (the database keeps microseconds),
 * doubles in Java's shortest form that reads back to the same value.
 *
 * @param state the card's state when shown
 * @param desiredRetention the deck's desired retention for the student when shown
 */
public record ShownState(CardState state, double desiredRetention) {

    private static final char SEPARATOR = '_';
    private static final int FIELDS = 11;
    private static final long MICROS_PER_SECOND = 1_000_000L;

    /**
     * The form value: phase, due, stability, difficulty, elapsed and scheduled days, learning step, reps, lapses, last
     * review (empty for none) and the retention.
     */
    public String encode() {
        StringBuilder text = new StringBuilder(96);
        text.append(state.phase().value()).append(SEPARATOR)
                .append(micros(state.due())).append(SEPARATOR)
                .append(state.stability()).append(SEPARATOR)
                .append(state.difficulty()).append(SEPARATOR)
                .append(state.elapsedDays()).append(SEPARATOR)
                .append(state.scheduledDays()).append(SEPARATOR)
                .append(state.learningStep()).append(SEPARATOR)
                .append(state.reps()).append(SEPARATOR)
                .append(state.lapses()).append(SEPARATOR);
        if (state.lastReview() != null) {
            text.append(micros(state.lastReview()));
        }
        return text.append(SEPARATOR).append(desiredRetention).toString();
    }

    /** The state a form value of {@link #encode()} names; empty when the value is missing or malformed. */
    public static Optional<ShownState> parse(String text) {
        if (text == null || text.length() > 200) {
            return Optional.empty();
        }
        String[] fields = text.split(String.valueOf(SEPARATOR), -1);
        if (fields.length != FIELDS) {
            return Optional.empty();
        }
        try {
            CardState state = new CardState(instant(fields[1]), Double.parseDouble(fields[2]),
                    Double.parseDouble(fields[3]), Integer.parseInt(fields[4]), Integer.parseInt(fields[5]),
                    Integer.parseInt(fields[6]), Integer.parseInt(fields[7]), Integer.parseInt(fields[8]),
                    CardPhase.of(Integer.parseInt(fields[0])), fields[9].isEmpty() ? null : instant(fields[9]));
            double retention = Double.parseDouble(fields[10]);
            return Double.isFinite(retention) ? Optional.of(new ShownState(state, retention)) : Optional.empty();
        } catch (IllegalArgumentException | ArithmeticException malformed) {
            // NumberFormatException is an IllegalArgumentException, as are CardState's and CardPhase's refusals.
            return Optional.empty();
        }
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / 1000);
    }

    private static Instant instant(String micros) {
        long value = Long.parseLong(micros);
        return Instant.ofEpochSecond(Math.floorDiv(value, MICROS_PER_SECOND),
                Math.floorMod(value, MICROS_PER_SECOND) * 1000);
    }
}
