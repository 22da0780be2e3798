package app.yuedu.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KnownWordsTest {

    @Inject
    KnownWords knownWords;

    @Test
    void marksUnmarksAndListsPerUser() {
        TestUsers.signIn("known-a");
        TestUsers.signIn("known-b");
        long a = QuarkusTransaction.requiringNew().call(() -> User.findByUsername("known-a").orElseThrow().id);
        long b = QuarkusTransaction.requiringNew().call(() -> User.findByUsername("known-b").orElseThrow().id);

        assertTrue(knownWords.mark(a, "峰会", KnownWord.Source.MANUAL));
        assertFalse(knownWords.mark(a, "峰会", KnownWord.Source.HSK), "already known: kept once");
        assertEquals(2, knownWords.markAll(a, List.of("中国", "峰会", "合作", "中国"), KnownWord.Source.HSK));
        assertEquals(Set.of("峰会", "中国", "合作"), knownWords.list(a));
        assertEquals(KnownWord.Source.MANUAL, knownWords.entries(a).stream()
                .filter(k -> k.word.equals("峰会")).findFirst().orElseThrow().source);
        assertTrue(knownWords.isKnown(a, "合作"));
        assertFalse(knownWords.isKnown(b, "合作"), "known words are per user");

        assertTrue(knownWords.unmark(a, "合作"));
        assertFalse(knownWords.unmark(a, "合作"));
        assertFalse(knownWords.isKnown(a, "合作"));
    }
}
