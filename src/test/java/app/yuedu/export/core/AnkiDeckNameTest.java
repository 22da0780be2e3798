package app.yuedu.export.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnkiDeckNameTest {

    @Test
    void keepsNestingAndDropsWhatAnkiDrops() {
        assertEquals("foo", AnkiDeckName.clean("foo"));
        assertEquals("foo::bar", AnkiDeckName.clean("foo::bar"));
        assertEquals("foo::blank::baz", AnkiDeckName.clean("foo::::baz"));
        assertEquals("foo::bar", AnkiDeckName.clean("fo\u001fo::ba\nr"));
        assertEquals("foo::bar", AnkiDeckName.clean("foo:::bar"));
        assertEquals("foo::bar:baz", AnkiDeckName.clean("foo:::bar:baz: "));
        assertEquals("HSK 4 words", AnkiDeckName.clean("\"HSK 4\" words"));
        assertEquals("读报::峰会", AnkiDeckName.clean("\u3000读报 :: 峰会\u00a0"));
    }

    @Test
    void normalisesToNfc() {
        assertEquals("Pīnyīn", AnkiDeckName.clean("Pi\u0304nyi\u0304n"));
    }

    @Test
    void emptyNameFallsBack() {
        assertEquals(AnkiDeckName.FALLBACK, AnkiDeckName.clean(""));
        assertEquals(AnkiDeckName.FALLBACK, AnkiDeckName.clean(" \u0001 "));
        assertEquals(AnkiDeckName.FALLBACK, AnkiDeckName.clean("::"));
    }
}
