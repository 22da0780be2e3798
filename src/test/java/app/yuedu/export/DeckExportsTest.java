package app.yuedu.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeckExportsTest {

    @Test
    void contentTimeIsFixedByTheHashAndLiesInTheSpreadAfterTheEpoch() {
        String hash = "62ae10bd87667f17" + "0".repeat(48);
        Instant time = DeckExports.contentTime(hash);
        assertEquals(time, DeckExports.contentTime(hash));
        assertTrue(!time.isBefore(DeckExports.EXPORT_FORMAT_EPOCH), time.toString());
        assertTrue(time.isBefore(DeckExports.EXPORT_FORMAT_EPOCH.plus(Duration.ofDays(300))), time.toString());
    }

    @Test
    void differentArticlesGetTimesApart() {
        Instant first = DeckExports.contentTime("000000000001" + "0".repeat(52));
        Instant second = DeckExports.contentTime("000000000002" + "0".repeat(52));
        assertEquals(Duration.ofMillis(1), Duration.between(first, second));
        assertNotEquals(DeckExports.contentTime("a".repeat(64)), DeckExports.contentTime("b".repeat(64)));
    }
}
