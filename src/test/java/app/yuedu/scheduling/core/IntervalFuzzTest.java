package app.yuedu.scheduling.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalFuzzTest {

    @Test
    void rangeWidensWithTheInterval() {
        // 10 days: delta = 1 + 0.15 * (7 - 2.5) + 0.1 * (10 - 7) = 1.975
        assertArrayEquals(new int[] {8, 12}, IntervalFuzz.range(10, 0, 36500));
        // 100 days: delta = 1 + 0.675 + 1.3 + 0.05 * 80 = 6.975
        assertArrayEquals(new int[] {93, 107}, IntervalFuzz.range(100, 0, 36500));
        assertArrayEquals(new int[] {93, 100}, IntervalFuzz.range(100, 0, 100), "capped at the maximum");
        assertArrayEquals(new int[] {8, 12}, IntervalFuzz.range(10, 15, 36500));
    }

    @Test
    void fuzzedIntervalStaysLongerThanTheDaysAlreadyElapsedWhenItCan() {
        assertArrayEquals(new int[] {9, 12}, IntervalFuzz.range(10, 8, 36500));
    }

    @Test
    void shortIntervalsAreNotFuzzed() {
        assertEquals(1, IntervalFuzz.apply(1, 0, 36500, 0.99));
        assertEquals(2, IntervalFuzz.apply(2, 0, 36500, 0.99));
        assertEquals(8, IntervalFuzz.apply(10, 0, 36500, 0.0));
        assertEquals(12, IntervalFuzz.apply(10, 0, 36500, 0.999));
    }

    @Test
    void aleaIsDeterministicAndSpreadsItsDraws() {
        assertEquals(IntervalFuzz.factor("1700000000000_3_12.5"), IntervalFuzz.factor("1700000000000_3_12.5"));
        assertNotEquals(IntervalFuzz.factor("1700000000000_3_12.5"), IntervalFuzz.factor("1700000000001_3_12.5"));
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            double x = IntervalFuzz.factor("seed" + i);
            assertTrue(x >= 0 && x < 1);
            sum += x;
        }
        assertEquals(0.5, sum / 10_000, 0.02);
    }

    @Test
    void seedIsWrittenAsJavaScriptWritesIt() {
        assertEquals("1750642972848_1_0", IntervalFuzz.seed(1750642972848L, 1, 0, 0));
        assertEquals("1750666592589_2_8.2956", IntervalFuzz.seed(1750666592589L, 2, 1, 8.2956));
        assertEquals("1750668430870_3_18.006718183629786",
                IntervalFuzz.seed(1750668430870L, 3, 7.02698957, 2.56250817));
    }

    @Test
    void numbersAreWrittenAsInJavaScript() {
        // Expected texts are what Node 20 prints for String(x).
        assertEquals("0.30000000000000004", JsNumberText.of(0.1 * 3));
        assertEquals("1e+21", JsNumberText.of(1e21));
        assertEquals("123456789012345680000", JsNumberText.of(123456789012345680000.0));
        assertEquals("1e-7", JsNumberText.of(1e-7));
        assertEquals("1.5e-7", JsNumberText.of(1.5e-7));
        assertEquals("0.000001", JsNumberText.of(0.000001));
        assertEquals("0.0000015", JsNumberText.of(0.0000015));
        assertEquals("5e-324", JsNumberText.of(Double.MIN_VALUE));
        assertEquals("1.5e+300", JsNumberText.of(1e300 * 1.5));
        assertEquals("100", JsNumberText.of(100));
        assertEquals("0.3333333333333333", JsNumberText.of(1.0 / 3));
        assertEquals("19.133801400000003", JsNumberText.of(8.2956 * 2.3065));
        assertEquals("-2.5", JsNumberText.of(-2.5));
        assertEquals("0", JsNumberText.of(-0.0));
    }
}
