package app.yuedu.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.TestUsers.Session;
import app.yuedu.articles.core.ArticleMiner;
import app.yuedu.classes.ClassFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Publishing a draft is one transaction: all of the deck, its assignments and the draft's removal, or nothing. */
@QuarkusTest
class DraftPublishingTest {

    static final String ARTICLE = "本报讯 学校图书馆新到了一批中文书。同学们每天下午去图书馆读书，老师也常常和他们一起读。"
            + "读完一本书，大家写一篇短文，说说自己学到的新词语。";

    @Inject
    ArticleDrafts drafts;

    @Test
    void aPublishThatFailsHalfWayLeavesTheDraftAndNothingOfTheDeck() throws InterruptedException {
        Session teacher = ClassFixtures.teacher("publish-teacher");
        long classId = ClassFixtures.createClass(teacher, "Publishing");
        long teacherId = ClassFixtures.userId("publish-teacher");
        String hash = ArticleMiner.contentHash(ARTICLE);
        long draftId = drafts.create(teacherId, classId, null, null, null, ARTICLE, hash);
        awaitMined(draftId);
        long articles = QuarkusTransaction.requiringNew().call(() -> Article.count());
        long decks = QuarkusTransaction.requiringNew().call(() -> Deck.count());
        long notes = QuarkusTransaction.requiringNew().call(() -> Note.count());

        // The second class does not exist: assigning fails after the article, deck and notes were written
        assertThrows(RuntimeException.class, () -> drafts.publish(draftId, List.of(classId, -1L), teacherId));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(articles, Article.count());
            assertEquals(decks, Deck.count());
            assertEquals(notes, Note.count());
            assertTrue(Article.findByContentHash(hash).isEmpty());
            assertEquals(ArticleDraft.Status.READY, ArticleDraft.<ArticleDraft>findById(draftId).status);
        });

        ArticleIngestion.Ingested published = drafts.publish(draftId, List.of(classId), teacherId).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(articles + 1, Article.count());
            assertTrue(Note.count("deck.id", published.deckId()) > 5);
            assertEquals(1, DeckAssignment.count("deck.id = ?1 and schoolClass.id = ?2", published.deckId(), classId));
            assertFalse(ArticleDraft.findByIdOptional(draftId).isPresent());
        });
    }

    @Test
    void theSameDraftPublishedTwiceAtOnceMakesOneDeck() throws Exception {
        String text = "本报讯 小明的班上来了一位新同学。新同学会说三种语言，大家都想和她交朋友。";
        long classId = ClassFixtures.createClass(ClassFixtures.teacher("double-publisher"), "Double click");
        long teacherId = ClassFixtures.userId("double-publisher");
        String hash = ArticleMiner.contentHash(text);
        long draftId = drafts.create(teacherId, classId, null, null, null, text, hash);
        awaitMined(draftId);
        long articles = QuarkusTransaction.requiringNew().call(() -> Article.count());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<ArticleIngestion.Ingested>>> publishes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                publishes.add(pool.submit(() -> {
                    start.await();
                    return drafts.publish(draftId, List.of(classId), teacherId);
                }));
            }
            start.countDown();
            List<Optional<ArticleIngestion.Ingested>> results = new ArrayList<>();
            for (Future<Optional<ArticleIngestion.Ingested>> publish : publishes) {
                results.add(publish.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, results.stream().filter(Optional::isPresent).count(), results.toString());
        } finally {
            pool.shutdownNow();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(articles + 1, Article.count());
            long deckId = Deck.<Deck>find("article.contentHash", hash).firstResult().id;
            assertEquals(1, DeckAssignment.count("deck.id = ?1 and schoolClass.id = ?2", deckId, classId));
            assertFalse(ArticleDraft.findByIdOptional(draftId).isPresent());
        });
    }

    /** The background miner mines the draft within seconds; publishing a draft being mined is not what is tested. */
    private static void awaitMined(long draftId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            ArticleDraft.Status status = QuarkusTransaction.requiringNew()
                    .call(() -> ArticleDraft.<ArticleDraft>findById(draftId).status);
            if (status == ArticleDraft.Status.READY) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Draft " + draftId + " was not mined within 30 s");
    }
}
