package app.yuedu.study.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.scheduling.core.CardPhase;
import app.yuedu.scheduling.core.CardState;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShownStateTest {

    @Test
    void aReviewCardReadsBackExactly() {
        CardState state = new CardState(Instant.parse("2026-11-26T04:00:00.123456Z"), 12.345678901234567,
                5.123456789012345, 3, 11, 0, 7, 1, CardPhase.REVIEW, Instant.parse("2026-11-15T21:30:05.000001Z"));
        ShownState shown = new ShownState(state, 0.9);

        assertEquals(Optional.of(shown), ShownState.parse(shown.encode()));
    }

    @Test
    void aNewCardHasNoLastReview() {
        ShownState shown = new ShownState(CardState.newCard(Instant.parse("2026-11-26T10:15:30.5Z")), 0.85);

        String text = shown.encode();

        assertEquals("0_1795688130500000_0.0_0.0_0_0_0_0_0__0.85", text);
        assertEquals(Optional.of(shown), ShownState.parse(text));
    }

    /** Any double and any microsecond, before 1970 too, comes back bit for bit. */
    @Test
    void randomStatesReadBackBitForBit() {
        SplittableRandom random = new SplittableRandom(26);
        for (int i = 0; i < 10_000; i++) {
            Instant due = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L),
                    random.nextInt(1_000_000) * 1000);
            double stability = Double.longBitsToDouble(random.nextLong()) % 1e6;
            if (!Double.isFinite(stability)) {
                stability = random.nextDouble() * 36_500;
            }
            CardState state = new CardState(due, Math.abs(stability), random.nextDouble() * 10, random.nextInt(400),
                    random.nextInt(36_500), random.nextInt(3), random.nextInt(1000), random.nextInt(50),
                    CardPhase.of(random.nextInt(4)), random.nextBoolean() ? null : due.minusSeconds(random.nextInt()));
            ShownState shown = new ShownState(state, random.nextDouble());

            ShownState back = ShownState.parse(shown.encode()).orElseThrow();

            assertEquals(shown, back);
            assertEquals(Double.doubleToRawLongBits(state.stability()),
                    Double.doubleToRawLongBits(back.state().stability()));
        }
    }

    @Test
    void malformedValuesNameNoState() {
        String good = new ShownState(CardState.newCard(Instant.EPOCH), 0.9).encode();
        for (String bad : new String[] {null, "", "1_2_3", good + "_1", good.replaceFirst("^0", "7"),
                good.replace("_0.0_", "_NaN_"), good.replace("_0.0_0.0_0_", "_0.0_0.0_-1_"),
                good.replace("_0.9", "_Infinity"), good.replace("_0.9", "_x"), "9".repeat(300)}) {
            assertTrue(ShownState.parse(bad).isEmpty(), () -> "parsed " + bad);
        }
    }
}
