package app.yuedu.scheduling.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a double as JavaScript's {@code String(number)} does: the shortest decimal that reads back as the same
 * double, in plain notation from 1e-6 to 1e21 and in exponent notation ({@code 1.5e-7}) outside. ts-fsrs builds
 * its fuzz seed from such text, so the Java scheduler must write numbers the same way. (Java 17's {@code
 * Double.toString} differs in format and, for some values, is not the shortest.)
 */
final class JsNumberText {

    private JsNumberText() {}

    static String of(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return "0";
        }
        if (value < 0) {
            return "-" + of(-value);
        }
        BigDecimal shortest = shortestDecimal(value).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = 0.digits × 10^n
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String sign = exponent > 0 ? "+" : "-";
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + sign + Math.abs(exponent);
    }

    /**
     * The decimal with the fewest significant digits that reads back as {@code value}; among those, the nearest
     * to it. At each precision only the two neighbours of the exact value can read back, so trying the nearest
     * and then the other neighbour is enough.
     */
    private static BigDecimal shortestDecimal(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (readsBack(nearest, value)) {
                return nearest;
            }
            RoundingMode away = nearest.compareTo(exact) < 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
            BigDecimal other = exact.round(new MathContext(digits, away));
            if (readsBack(other, value)) {
                return other;
            }
        }
        return exact;
    }

    private static boolean readsBack(BigDecimal decimal, double value) {
        return Double.parseDouble(decimal.toString()) == value;
    }
}
