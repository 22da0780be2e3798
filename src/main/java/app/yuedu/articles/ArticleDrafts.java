package app.yuedu.articles;

import app.yuedu.accounts.SchoolClass;
import app.yuedu.accounts.User;
import app.yuedu.articles.core.ArticleRejected;
import app.yuedu.articles.core.MinedArticle;
import app.yuedu.articles.core.MinedArticle.MinedSentence;
import app.yuedu.articles.core.MinedArticle.MinedWord;
import app.yuedu.articles.core.VocabularyCorrections;
import app.yuedu.lexicon.SegmentationOverride;
import app.yuedu.lexicon.WordOverride;
import app.yuedu.web.DatabaseUnavailable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The life of an uploaded article before it is published: stored as a draft, mined by whichever instance claims
 * it first, corrected by its teacher (corrections are stored for the class, not the draft), then published.
 */
@ApplicationScoped
public class ArticleDrafts {

    private static final Logger LOG = Logger.getLogger(ArticleDrafts.class);
    private static final int MAX_GLOSS = 8000;

    @Inject
    EntityManager em;

    @Inject
    ArticleMining mining;

    @Inject
    UploadConfig config;

    @Inject
    Clock clock;

    @Inject
    ArticleIngestion ingestion;

    @Inject
    DeckAssignments assignments;

    /** Stores a checked text as a draft waiting for a miner. */
    @Transactional
    public long create(long ownerId, long classId, String title, String source, String fileName, String text,
                       String contentHash) {
        ArticleDraft draft = new ArticleDraft();
        draft.owner = User.findById(ownerId);
        draft.schoolClass = SchoolClass.findById(classId);
        draft.title = title;
        draft.source = source;
        draft.fileName = fileName;
        draft.text = text;
        draft.contentHash = contentHash;
        draft.status = ArticleDraft.Status.PENDING;
        draft.createdAt = clock.instant();
        draft.persist();
        return draft.id;
    }

    /** A user's unpublished uploads, newest first. */
    public List<UploadViews.DraftSummary> listOwnedBy(long userId) {
        return em.createQuery("""
                select d.id, coalesce(d.minedTitle, d.title, d.fileName, 'Pasted article'), c.name, d.status
                from ArticleDraft d join d.schoolClass c where d.owner.id = :u order by d.createdAt desc, d.id desc""",
                Object[].class).setParameter("u", userId).getResultList().stream()
                .map(r -> new UploadViews.DraftSummary((Long) r[0], (String) r[1], (String) r[2],
                        ((ArticleDraft.Status) r[3]).name().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    /** The draft if it exists and belongs to {@code userId}. */
    public Optional<ArticleDraft> ownedBy(long draftId, long userId) {
        return ArticleDraft.<ArticleDraft>find("id = ?1 and owner.id = ?2", draftId, userId).firstResultOptional();
    }

    /**
     * Claims one draft waiting to be mined, or one whose miner has held it too long. The conditional update makes
     * the claim atomic across instances: only one of them changes the row.
     */
    @Transactional
    public Optional<Claim> claimNext() {
        // Millisecond precision: every database keeps it, so the claim time read back equals the one written.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Instant stale = now.minus(config.staleClaim());
        List<Long> candidates = em.createQuery("""
                select d.id from ArticleDraft d where d.status = :pending or (d.status = :mining and d.claimedAt < :stale)
                order by d.id""", Long.class).setParameter("pending", ArticleDraft.Status.PENDING)
                .setParameter("mining", ArticleDraft.Status.MINING).setParameter("stale", stale)
                .setMaxResults(5).getResultList();
        for (long id : candidates) {
            int claimed = em.createQuery("""
                    update ArticleDraft d set d.status = :mining, d.claimedAt = :now
                    where d.id = :id and (d.status = :pending or (d.status = :mining and d.claimedAt < :stale))""")
                    .setParameter("mining", ArticleDraft.Status.MINING).setParameter("now", now)
                    .setParameter("id", id).setParameter("pending", ArticleDraft.Status.PENDING)
                    .setParameter("stale", stale).executeUpdate();
            if (claimed == 1) {
                return Optional.of(new Claim(id, now));
            }
        }
        return Optional.empty();
    }

    /** A draft claimed for mining at {@code claimedAt}. */
    public record Claim(long draftId, Instant claimedAt) {
    }

    /** Mines a claimed draft and stores its preview, unless it was changed or re-queued in the meantime. */
    public void mine(Claim claim) {
        record Work(String text, String title, String scopeKey, String owner) {
        }
        Work work = QuarkusTransaction.requiringNew().call(() -> {
            ArticleDraft draft = ArticleDraft.findById(claim.draftId());
            return draft == null ? null
                    : new Work(draft.text, draft.title, SchoolClass.scopeKey(draft.schoolClass.id),
                            draft.owner.username);
        });
        if (work == null) {
            return;
        }
        long started = System.nanoTime();
        try {
            MinedArticle mined = mining.mineSegmented(work.text(), work.title(), work.scopeKey());
            QuarkusTransaction.requiringNew().run(() -> storeMined(claim, mined));
            LOG.infof("Draft mined: user=%s draft=%d chars=%d sentences=%d words=%d ms=%d", work.owner(),
                    claim.draftId(), work.text().length(), mined.sentences().size(), mined.vocabulary().size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (ArticleRejected e) {
            QuarkusTransaction.requiringNew().run(() -> storeFailure(claim, e.getMessage()));
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.isCause(e)) {
                // Not the draft's fault: it stays claimed and is mined again once the claim goes stale.
                throw e;
            }
            LOG.errorf(e, "Mining draft %d failed", claim.draftId());
            QuarkusTransaction.requiringNew().run(() -> storeFailure(claim, "Mining failed on our side. Upload the"
                    + " article again; if it fails again, tell the administrator."));
        }
    }

    private void storeMined(Claim claim, MinedArticle mined) {
        ArticleDraft draft = stillClaimed(claim);
        if (draft == null) {
            return;
        }
        em.createQuery("delete from DraftWord w where w.draft.id = :id").setParameter("id", draft.id)
                .executeUpdate();
        int position = 0;
        for (MinedWord word : mined.vocabulary()) {
            DraftWord row = new DraftWord();
            row.draft = draft;
            row.position = position++;
            row.word = word.word();
            row.pinyin = word.pinyin();
            String gloss = word.inDictionary() ? String.join("; ", word.glosses())
                    : word.charHint() == null ? "" : word.charHint();
            row.gloss = gloss.length() > MAX_GLOSS ? gloss.substring(0, MAX_GLOSS) : gloss;
            row.hskLevel = word.hskLevel();
            row.frequencyRank = word.frequencyRank();
            row.articleCount = word.count();
            row.knownByDefault = word.knownByDefault();
            row.persist();
        }
        StringBuilder preview = new StringBuilder();
        int limit = config.previewSentences();
        for (MinedSentence sentence : mined.sentences()) {
            if (limit-- == 0 || preview.length() + sentence.text().length() + 1 > 190_000) {
                break;
            }
            preview.append(sentence.text().replace('\n', ' ')).append('\n');
        }
        draft.preview = preview.toString();
        draft.sentenceCount = mined.sentences().size();
        draft.minedTitle = mined.title().length() > 500 ? mined.title().substring(0, 500) : mined.title();
        draft.status = ArticleDraft.Status.READY;
        draft.error = null;
    }

    private void storeFailure(Claim claim, String message) {
        ArticleDraft draft = stillClaimed(claim);
        if (draft != null) {
            draft.status = ArticleDraft.Status.FAILED;
            draft.error = message.length() > 2000 ? message.substring(0, 2000) : message;
        }
    }

    private ArticleDraft stillClaimed(Claim claim) {
        ArticleDraft draft = ArticleDraft.findById(claim.draftId());
        return draft != null && draft.status == ArticleDraft.Status.MINING
                && claim.claimedAt().equals(draft.claimedAt) ? draft : null;
    }

    /** Sends a draft back to the miners, after a correction of the class's segmentation. */
    @Transactional
    public void requeue(long draftId) {
        ArticleDraft draft = ArticleDraft.findById(draftId);
        draft.status = ArticleDraft.Status.PENDING;
        draft.claimedAt = null;
    }

    /**
     * Publishes a mined draft: mines it with its class's corrections, stores the article and its deck, assigns
     * the deck to the chosen classes and removes the draft, all in one transaction, so an instance that dies
     * half-way leaves the draft as it was and nothing of the deck. The caller checks ownership and classes.
     * The draft's row stays locked until the end, so the same draft published twice at once (a double click, two
     * tabs, two instances) is published once: the second waits, then finds the draft gone and returns empty.
     */
    @Transactional
    public Optional<ArticleIngestion.Ingested> publish(long draftId, Collection<Long> classIds, long userId) {
        ArticleDraft draft = ArticleDraft.findById(draftId, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null) {
            return Optional.empty();
        }
        ArticleIngestion.Ingested deck = ingestion.ingest(draft.text, draft.title, draft.source,
                SchoolClass.scopeKey(draft.schoolClass.id), userId);
        assignments.assign(deck.deckId(), classIds, userId);
        draft.delete();
        return Optional.of(deck);
    }

    @Transactional
    public void delete(long draftId) {
        ArticleDraft.deleteById(draftId);
    }

    /**
     * Stores a word correction for a class: dropped, or another gloss or reading (blank keeps the dictionary's).
     */
    @Transactional
    public void correctWord(String scopeKey, String word, boolean dropped, String gloss, String pinyin) {
        WordOverride override = WordOverride.find(scopeKey, word).orElseGet(() -> {
            WordOverride created = new WordOverride();
            created.scopeKey = scopeKey;
            created.word = word;
            created.createdAt = clock.instant();
            return created;
        });
        override.dropped = dropped;
        override.gloss = gloss == null || gloss.isBlank() ? null : gloss.strip();
        override.pinyin = pinyin == null || pinyin.isBlank() ? null : pinyin.strip();
        if (!override.dropped && override.gloss == null && override.pinyin == null) {
            if (override.isPersistent()) {
                override.delete();
            }
            return;
        }
        override.persist();
    }

    /** Stores a segmentation correction for a class: keep {@code word} whole (JOIN) or split it (SPLIT). */
    @Transactional
    public void correctSegmentation(String scopeKey, String word, SegmentationOverride.Action action) {
        SegmentationOverride override = SegmentationOverride.<SegmentationOverride>find(
                "scopeKey = ?1 and word = ?2", scopeKey, word).firstResultOptional().orElseGet(() -> {
                    SegmentationOverride created = new SegmentationOverride();
                    created.scopeKey = scopeKey;
                    created.word = word;
                    created.createdAt = clock.instant();
                    return created;
                });
        override.action = action;
        override.persist();
    }

    /** The word corrections of a scope, for the preview. */
    public VocabularyCorrections corrections(String scopeKey) {
        return mining.corrections(scopeKey);
    }
}
