package app.yuedu.articles.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.yuedu.articles.core.StoredToken.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTokensTest {

    @Test
    void roundTripsEveryKindAndEmptyReadings() {
        List<StoredToken> tokens = List.of(
                new StoredToken("峰会", Kind.WORD, "feng1 hui4"),
                new StoredToken("托卡耶夫", Kind.NAME, "Tuo1 ka3 ye1 fu1"),
                new StoredToken("2100", Kind.NUMBER, ""),
                new StoredToken("Belt and Road", Kind.LATIN, ""),
                new StoredToken("。", Kind.PUNCTUATION, ""),
                new StoredToken(" ", Kind.SPACE, null));
        assertEquals(tokens, SentenceTokens.decode(SentenceTokens.encode(tokens)));
    }

    @Test
    void emptySentenceHasNoTokens() {
        assertEquals(List.of(), SentenceTokens.decode(SentenceTokens.encode(List.of())));
    }

    @Test
    void refusesTextContainingASeparator() {
        List<StoredToken> tokens = List.of(new StoredToken("a\u001Eb", Kind.LATIN, ""));
        assertThrows(IllegalArgumentException.class, () -> SentenceTokens.encode(tokens));
    }

    @Test
    void refusesMalformedInput() {
        assertThrows(IllegalArgumentException.class, () -> SentenceTokens.decode("峰会"));
    }
}
