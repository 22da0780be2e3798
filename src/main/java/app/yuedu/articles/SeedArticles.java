package app.yuedu.articles;

import app.yuedu.articles.core.ArticleMiner;
import app.yuedu.articles.core.ArticleRejected;
import app.yuedu.articles.core.ArticleTextCheck;
import app.yuedu.web.DatabaseErrors;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Mines every {@code seeds/*.txt} that is not stored yet when the application starts. Idempotent: the content
 * hash is unique in the database, so a restart or a second instance starting at the same time never stores a
 * second copy (the loser of a race gets a constraint violation, which is expected and logged).
 */
@ApplicationScoped
public class SeedArticles {

    private static final Logger LOG = Logger.getLogger(SeedArticles.class);

    @Inject
    ArticleIngestion ingestion;

    @Inject
    ArticleConfig config;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "yuedu.seeds.directory", defaultValue = "seeds")
    Path directory;

    @ConfigProperty(name = "yuedu.seeds.enabled", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (!Files.isDirectory(directory)) {
            LOG.infof("No seed directory at %s; starting without seed articles", directory.toAbsolutePath());
            return;
        }
        for (Path file : seedFiles()) {
            mine(file);
        }
    }

    private List<Path> seedFiles() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the seed directory " + directory, e);
        }
    }

    private void mine(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            LOG.errorf("Seed %s is not valid UTF-8; skipped", file);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed " + file, e);
        }
        if (alreadyStored(text)) {
            return;
        }
        try {
            ArticleIngestion.Ingested result = ingestion.ingestSeed(text, "seeds/" + file.getFileName());
            if (!result.duplicate()) {
                LOG.infof("Seed %s mined into deck %d", file.getFileName(), result.deckId());
            }
        } catch (ArticleRejected e) {
            LOG.errorf("Seed %s rejected: %s", file.getFileName(), e.getMessage());
        } catch (RuntimeException e) {
            if (DatabaseErrors.isUniqueViolation(e)) {
                LOG.infof("Seed %s was mined by another instance at the same time", file.getFileName());
            } else {
                throw e;
            }
        }
    }

    /**
     * Whether the seed's text is stored already, as it is on every start but the first: one indexed query on the
     * content hash, without the transaction, the ORM's query parser or the lexicon that mining needs, so a
     * restart serves its first page without waiting for them. Text the check rejects goes on to
     * {@link ArticleIngestion#ingest}, which reports why.
     */
    private boolean alreadyStored(String text) {
        String hash;
        try {
            hash = ArticleMiner.contentHash(new ArticleTextCheck(config.maxBytes()).check(text));
        } catch (ArticleRejected e) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select 1 from article where content_hash = ?")) {
            statement.setString(1, hash);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for the seed articles in the database", e);
        }
    }
}
