package app.yuedu.articles;

import app.yuedu.accounts.User;
import app.yuedu.articles.core.ArticleMiner;
import app.yuedu.articles.core.MinedArticle;
import app.yuedu.articles.core.MinedArticle.MinedSentence;
import app.yuedu.articles.core.MinedArticle.MinedWord;
import app.yuedu.articles.core.SentenceTokens;
import app.yuedu.lexicon.SegmentationOverride;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Turns article text into a stored article with its deck: checks the text, mines it, and writes article,
 * sentences, deck and notes in one transaction, so a rejected or failed article leaves nothing behind.
 */
@ApplicationScoped
public class ArticleIngestion {

    private static final Logger LOG = Logger.getLogger(ArticleIngestion.class);

    /** What an ingestion produced; {@code duplicate} is true when the same text had been mined before. */
    public record Ingested(long articleId, long deckId, boolean duplicate) {
    }

    @Inject
    ArticleMining mining;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /**
     * Mines and stores an article unless the same text is already stored.
     *
     * @throws app.yuedu.articles.core.ArticleRejected when the text is empty, has no Chinese, is too large
     */
    @Transactional
    public Ingested ingest(String text, String title, String source) {
        return ingest(text, title, source, SegmentationOverride.GLOBAL_SCOPE, null, false);
    }

    /**
     * Mines and stores a seed article, whose deck every signed-in user may study ({@link Deck#openToAll}), unless
     * the same text is already stored.
     *
     * @throws app.yuedu.articles.core.ArticleRejected when the text is empty, has no Chinese, is too large
     */
    @Transactional
    public Ingested ingestSeed(String text, String source) {
        return ingest(text, null, source, SegmentationOverride.GLOBAL_SCOPE, null, true);
    }

    /**
     * Mines with the overrides of {@code scopeKey} (a class) and stores the deck as uploaded by {@code uploaderId},
     * unless the same text is already stored.
     *
     * @throws app.yuedu.articles.core.ArticleRejected when the text is empty, has no Chinese, is too large
     */
    @Transactional
    public Ingested ingest(String text, String title, String source, String scopeKey, Long uploaderId) {
        return ingest(text, title, source, scopeKey, uploaderId, false);
    }

    private Ingested ingest(String text, String title, String source, String scopeKey, Long uploaderId,
            boolean openToAll) {
        long started = System.nanoTime();
        String checked = mining.check(text);
        Optional<Ingested> existing = findExisting(ArticleMiner.contentHash(checked));
        if (existing.isPresent()) {
            return existing.get();
        }
        MinedArticle mined = mining.mine(checked, title, scopeKey);
        Ingested stored = store(text, source, mined, uploaderId == null ? null : User.findById(uploaderId),
                openToAll);
        LOG.infof("Mined article %d \"%s\": %d sentences, %d notes in %d ms", stored.articleId(), mined.title(),
                mined.sentences().size(), mined.vocabulary().size(), (System.nanoTime() - started) / 1_000_000);
        return stored;
    }

    /** The article and deck already stored for this content hash, if any. */
    public Optional<Ingested> findExisting(String contentHash) {
        return Article.findByContentHash(contentHash).map(article -> new Ingested(article.id,
                Deck.<Deck>find("article.id = ?1 order by id", article.id).firstResultOptional()
                        .map(deck -> deck.id).orElseThrow(), true));
    }

    private Ingested store(String text, String source, MinedArticle mined, User uploader, boolean openToAll) {
        Instant now = clock.instant();
        Article article = new Article();
        article.title = mined.title();
        article.headline = mined.headline();
        article.dateline = mined.dateline();
        article.byline = mined.byline();
        article.source = source == null || source.isBlank() ? null : source.strip();
        article.slug = mined.slug();
        article.contentHash = mined.contentHash();
        article.originalText = text;
        article.charCount = text.length();
        article.createdAt = now;
        article.persist();

        List<Sentence> sentences = new ArrayList<>(mined.sentences().size());
        for (MinedSentence minedSentence : mined.sentences()) {
            Sentence sentence = new Sentence();
            sentence.article = article;
            sentence.position = minedSentence.position();
            sentence.paragraph = minedSentence.paragraph();
            sentence.text = minedSentence.text();
            sentence.clauseStarts = minedSentence.clauseStarts().stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            sentence.tokens = SentenceTokens.encode(minedSentence.tokens());
            sentence.persist();
            sentences.add(sentence);
        }

        Deck deck = new Deck();
        deck.article = article;
        deck.name = mined.title();
        deck.createdAt = now;
        deck.uploadedBy = uploader;
        deck.openToAll = openToAll;
        deck.persist();

        for (MinedWord word : mined.vocabulary()) {
            Note note = new Note();
            note.deck = deck;
            note.word = word.word();
            note.traditional = word.traditional();
            note.pinyin = word.pinyin();
            note.glosses = String.join("\n", word.glosses());
            note.classifiers = String.join("\n", word.classifiers());
            note.charHint = word.charHint();
            note.inDictionary = word.inDictionary();
            note.properNoun = word.properNoun();
            note.knownByDefault = word.knownByDefault();
            note.hskLevel = word.hskLevel();
            note.frequencyRank = word.frequencyRank();
            note.articleCount = word.count();
            note.firstPosition = word.sentencePositions().get(0);
            note.exampleSentence = sentences.get(word.exampleSentence());
            for (int position : word.sentencePositions()) {
                note.sentences.add(sentences.get(position));
            }
            note.persist();
        }
        entityManager.flush();
        return new Ingested(article.id, deck.id, false);
    }
}
