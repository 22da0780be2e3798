package app.yuedu.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lane's threads: how many run at once, in which order queued work starts, and when waiting is too long. */
class DatabaseLaneTest {

    private Vertx vertx;

    @BeforeEach
    void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stopVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void runsOneFewerThreadThanThePoolHasConnections() throws Exception {
        DatabaseLane lane = new DatabaseLane(vertx, 4, Duration.ofSeconds(30));
        Executor executor = lane.executor();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch threeRunning = new CountDownLatch(3);
        CountDownLatch allDone = new CountDownLatch(10);
        for (int i = 0; i < 10; i++) {
            executor.execute(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                threeRunning.countDown();
                await(release);
                running.decrementAndGet();
                allDone.countDown();
            });
        }
        assertTrue(threeRunning.await(10, TimeUnit.SECONDS));
        Thread.sleep(200);
        assertEquals(3, running.get(), "the other seven wait in the queue");
        release.countDown();
        assertTrue(allDone.await(10, TimeUnit.SECONDS));
        assertEquals(3, mostAtOnce.get(), "a pool of 4 connections gives a lane of 3 threads");
    }

    @Test
    void startsQueuedWorkInArrivalOrder() throws Exception {
        DatabaseLane lane = new DatabaseLane(vertx, 2, Duration.ofSeconds(30));
        Executor executor = lane.executor();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch allDone = new CountDownLatch(50);
        List<Integer> started = Collections.synchronizedList(new ArrayList<>());
        executor.execute(() -> await(release));
        for (int i = 0; i < 50; i++) {
            int arrival = i;
            executor.execute(() -> {
                started.add(arrival);
                allDone.countDown();
            });
        }
        Thread.sleep(100);
        assertEquals(List.of(), started, "nothing starts while the lane's thread is busy");
        release.countDown();
        assertTrue(allDone.await(10, TimeUnit.SECONDS));
        assertEquals(IntStream.range(0, 50).boxed().toList(), started);
    }

    @Test
    void failsWorkThatWaitedLongerThanTheAcquisitionTimeoutAndNothingElse() throws Exception {
        DatabaseLane lane = new DatabaseLane(vertx, 2, Duration.ofMillis(100));
        Executor executor = lane.executor();
        CompletableFuture<Throwable> first = new CompletableFuture<>();
        CompletableFuture<Throwable> queued = new CompletableFuture<>();
        CompletableFuture<Throwable> later = new CompletableFuture<>();
        executor.execute(() -> {
            first.complete(outcome(lane));
            sleep(300);
        });
        executor.execute(() -> queued.complete(outcome(lane)));
        assertEquals(null, first.get(10, TimeUnit.SECONDS));
        Throwable overdue = queued.get(10, TimeUnit.SECONDS);
        assertInstanceOf(SQLTransientConnectionException.class, overdue);
        assertTrue(DatabaseUnavailable.isCause(overdue), "the error pages answer it with 503");
        executor.execute(() -> later.complete(outcome(lane)));
        assertEquals(null, later.get(10, TimeUnit.SECONDS));
        assertDoesNotThrow(lane::failIfOverdue, "outside the lane nothing has waited");
    }

    private static Throwable outcome(DatabaseLane lane) {
        try {
            lane.failIfOverdue();
            return null;
        } catch (SQLTransientConnectionException e) {
            return e;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
