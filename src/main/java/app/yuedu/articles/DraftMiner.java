package app.yuedu.articles;

import app.yuedu.web.DatabaseUnavailable;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The background worker that mines uploaded drafts. Every instance runs one; drafts are claimed through the
 * database, so each draft is mined once whichever instance received the upload, and a draft left behind by an
 * instance that died is picked up again (see {@link UploadConfig#staleClaim()}).
 */
@ApplicationScoped
public class DraftMiner {

    private static final Logger LOG = Logger.getLogger(DraftMiner.class);

    @Inject
    ArticleDrafts drafts;

    /** Whether the last poll found the database unreachable; only for logging an outage once, not every second. */
    private volatile boolean databaseWasDown;

    @Scheduled(every = "${yuedu.upload.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void mineWaitingDrafts() {
        try {
            for (Optional<ArticleDrafts.Claim> claim = drafts.claimNext(); claim.isPresent();
                    claim = drafts.claimNext()) {
                drafts.mine(claim.get());
            }
        } catch (RuntimeException e) {
            Optional<Throwable> down = DatabaseUnavailable.cause(e);
            if (down.isEmpty()) {
                throw e;
            }
            if (!databaseWasDown) {
                LOG.warnf("Draft miner paused: database unreachable (%s); retrying every poll",
                        DatabaseUnavailable.describe(down.get()));
            }
            databaseWasDown = true;
            return;
        }
        if (databaseWasDown) {
            databaseWasDown = false;
            LOG.info("Draft miner resumed: database reachable again");
        }
    }
}
