package app.yuedu.articles;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The background worker that mines uploaded drafts. Every instance runs one; drafts are claimed through the
 * database, so each draft is mined once whichever instance received the upload, and a draft left behind by an
 * instance that died is picked up again (see {@link UploadConfig#staleClaim()}).
 */
@ApplicationScoped
public class DraftMiner {

    @Inject
    ArticleDrafts drafts;

    @Scheduled(every = "${yuedu.upload.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void mineWaitingDrafts() {
        for (Optional<ArticleDrafts.Claim> claim = drafts.claimNext(); claim.isPresent(); claim = drafts.claimNext()) {
            drafts.mine(claim.get());
        }
    }
}
