package app.yuedu.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class YueduMainTest {

    @Test
    void wrongCommandLinesAreRefusedWithoutTouchingTheDatabase() {
        YueduMain main = new YueduMain();
        assertEquals(2, main.run("import", "all"));
        assertEquals(2, main.run("export"));
        assertEquals(2, main.run("export", "all", "dir", "extra"));
        assertEquals(2, main.run("verify-cards", "all"));
    }
}
