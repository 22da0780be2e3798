package app.yuedu.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.articles.core.ArticleRejected;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleIngestionTest {

    @Inject
    ArticleIngestion ingestion;

    @Inject
    SeedArticles seeds;

    static final String SHORT_ARTICLE = "我们一起学习中文。老师说，读文章是学习词语的好办法。";

    long count(Class<?> entity) {
        return ((Number) Article.getEntityManager().createQuery("select count(e) from " + entity.getSimpleName() + " e")
                .getSingleResult()).longValue();
    }

    long[] counts() {
        return new long[] {count(Article.class), count(Sentence.class), count(Deck.class), count(Note.class)};
    }

    @Test
    void rejectsBadTextWithAReasonAndWritesNothing() {
        long[] before = counts();
        assertEquals(ArticleRejected.Reason.EMPTY,
                assertThrows(ArticleRejected.class, () -> ingestion.ingest("  \n ", null, null)).reason());
        ArticleRejected noChinese = assertThrows(ArticleRejected.class,
                () -> ingestion.ingest("Only English text here.", null, null));
        assertEquals(ArticleRejected.Reason.NO_CHINESE, noChinese.reason());
        assertTrue(noChinese.getMessage().toLowerCase().contains("chinese"), noChinese.getMessage());
        ArticleRejected tooLarge = assertThrows(ArticleRejected.class,
                () -> ingestion.ingest("中".repeat(400_000), null, null));
        assertEquals(ArticleRejected.Reason.TOO_LARGE, tooLarge.reason());
        assertArrayEquals(before, counts());
    }

    @Test
    void aFailureHalfWayRollsTheWholeArticleBack() {
        long[] before = counts();
        // A title longer than its column fails at the first flush, after mining: nothing may remain.
        assertThrows(RuntimeException.class, () -> ingestion.ingest(SHORT_ARTICLE + "失败", "题".repeat(600), null));
        assertArrayEquals(before, counts());
    }

    @Test
    void theSameTextIsStoredOnceEvenWhenWrappedDifferently() {
        ArticleIngestion.Ingested first = ingestion.ingest(SHORT_ARTICLE, "学习", null);
        long[] after = counts();
        ArticleIngestion.Ingested again = ingestion.ingest(SHORT_ARTICLE.replace("，", "，\n\n"), "学习", null);
        assertTrue(again.duplicate());
        assertEquals(first.deckId(), again.deckId());
        assertArrayEquals(after, counts());
    }

    @Test
    void seedingTwiceCreatesNoSecondCopy() throws Exception {
        long[] before = counts();
        assertTrue(Files.exists(Path.of("seeds/000_62ae10bd87667f17.txt")));
        seeds.onStart(null);
        assertArrayEquals(before, counts());
        assertFalse(before[2] == 0, "the seed deck exists");
    }

    static void assertArrayEquals(long[] expected, long[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual,
                "article, sentence, deck, note counts");
    }
}
