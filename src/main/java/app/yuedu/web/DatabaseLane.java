package app.yuedu.web;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Threads of their own for {@link InDatabaseLane} requests, one fewer than the pool has connections, taking
 * requests in arrival order.
 * <p>
 * Why: on the shared worker pool every request gets a thread at once and then waits in the connection pool, which
 * hands a connection that comes back to whichever thread asks next. The thread that has just returned one, going
 * on to its next request, usually asks first, so a request that waits can lose again and again. On the study page
 * at 64 connections that made the 99th percentile 2.7 times the median, with some requests waiting 150 ms
 * (bench/review-loop). In the lane a request waits in a first-in, first-out queue instead, and its thread always
 * finds a free connection; a thread also goes straight on to the next request without handing over to another.
 * <p>
 * The lane is this instance's, like its pool. A request that waited in the queue longer than the pool's acquisition
 * timeout fails as the pool would (see {@link #failIfOverdue()}): the database is too slow or away, and the user
 * gets the 503 page instead of a request that hangs.
 */
@ApplicationScoped
public class DatabaseLane {

    private final WorkerExecutor threads;
    private final long patienceNanos;
    private final ThreadLocal<Long> queuedFor = new ThreadLocal<>();

    DatabaseLane(Vertx vertx,
                 @ConfigProperty(name = "quarkus.datasource.jdbc.max-size", defaultValue = "20") int poolSize,
                 @ConfigProperty(name = "quarkus.datasource.jdbc.acquisition-timeout", defaultValue = "5S")
                 Duration patience) {
        // One connection fewer than the pool: a few requests hold a second connection for a moment (a first visit
        // writes the student's cards in a transaction of its own while the request's read connection is held), and
        // with a spare one the lane's threads can never all wait for a second connection at once.
        this.threads = vertx.createSharedWorkerExecutor("yuedu-database-lane", Math.max(1, poolSize - 1), 60,
                TimeUnit.SECONDS);
        this.patienceNanos = patience.toNanos();
    }

    /** Runs each task on a lane thread once the tasks queued before it have started. */
    Executor executor() {
        return task -> {
            long queuedAt = System.nanoTime();
            threads.executeBlocking(() -> {
                queuedFor.set(System.nanoTime() - queuedAt);
                try {
                    task.run();
                } finally {
                    queuedFor.remove();
                }
                return null;
            }, false);
        };
    }

    /**
     * Fails the request on this lane thread if it waited in the queue longer than a connection may be waited for.
     *
     * @throws SQLTransientConnectionException which the error pages answer with 503
     */
    void failIfOverdue() throws SQLTransientConnectionException {
        Long waited = queuedFor.get();
        if (waited != null && waited > patienceNanos) {
            throw new SQLTransientConnectionException("The request waited " + TimeUnit.NANOSECONDS.toMillis(waited)
                    + " ms for a database connection (acquisition timeout)");
        }
    }

    @PreDestroy
    void close() {
        threads.close();
    }
}
