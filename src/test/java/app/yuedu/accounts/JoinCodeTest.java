package app.yuedu.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    @Test
    void codesAreEightCharactersOfCrockfordBase32AndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = Classes.newJoinCode();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{8}"), code);
            seen.add(code);
        }
        assertEquals(10_000, seen.size());
    }

    @Test
    void typedCodesAreReadLeniently() {
        assertEquals("AB12CD34", Classes.normaliseCode(" ab12-cd34 "));
        assertEquals("AB12CD34", Classes.normaliseCode("AB12 CD34"));
        // Letters that Crockford's alphabet leaves out are read as the digits they look like.
        assertEquals("0110", Classes.normaliseCode("OIL0"));
        assertEquals("", Classes.normaliseCode(null));
    }
}
