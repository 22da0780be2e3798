package app.yuedu.export;

import app.yuedu.articles.core.SentenceTokens;
import app.yuedu.export.core.ApkgWriter;
import app.yuedu.export.core.ExportCard;
import app.yuedu.export.core.ExportDeck;
import app.yuedu.export.core.ExportNote;
import app.yuedu.export.core.PinyinSyllable;
import app.yuedu.export.core.TextDeckWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns a stored deck into the exporters' records and writes it as an Anki package or a text file.
 *
 * <p>Notes are read from a database cursor and written one by one, so a deck of any size is exported in bounded
 * memory. The function words that count as known from the start are left out, as they are on the study side.
 *
 * <p>Everything written is derived from the article, never from database ids or the time of mining, so the same
 * article exports to the same bytes on every installation that mined it with the same dictionary (the sample
 * in {@code deck-exports/} relies on it):
 * <ul>
 *   <li>the deck key is the article's content hash;
 *   <li>the notes come in reading order (first sentence a word occurs in, then the word);
 *   <li>the time stamps are {@link #contentTime(String)}.
 * </ul>
 */
@ApplicationScoped
public class DeckExports {

    /**
     * Earliest modification time given to exported notes. Anki updates a note it already has only when the
     * incoming one is newer, so move this forward (never beyond today) in a release that changes what the
     * exported fields contain; existing decks then update in Anki on their next import.
     */
    static final Instant EXPORT_FORMAT_EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    private static final long SPREAD_MILLIS = Duration.ofDays(300).toMillis();
    private static final int FETCH_SIZE = 500;
    private static final int DECODED_SENTENCES_KEPT = 64;

    @Inject
    EntityManager em;

    @Inject
    ExportConfig config;

    /**
     * A stored deck ready to export.
     *
     * @param id the deck's database id
     * @param deck what the exporters need to know about it
     * @param articleTitle the title of the article it was mined from, the notes' source
     * @param fileStem the file name without extension: the article's slug
     * @param noteCount how many notes an export holds
     */
    public record DeckToExport(long id, ExportDeck deck, String articleTitle, String fileStem, long noteCount) {}

    public Optional<DeckToExport> find(long deckId) {
        return em.createQuery("""
                select d.id, d.name, a.title, a.byline, a.slug, a.contentHash,
                       (select count(n) from Note n where n.deck = d and n.knownByDefault = false)
                from Deck d join d.article a where d.id = :id""", Object[].class)
                .setParameter("id", deckId).getResultStream().findFirst().map(this::toExport);
    }

    /** Every deck, oldest first. */
    public List<DeckToExport> all() {
        return em.createQuery("""
                select d.id, d.name, a.title, a.byline, a.slug, a.contentHash,
                       (select count(n) from Note n where n.deck = d and n.knownByDefault = false)
                from Deck d join d.article a order by d.createdAt, d.id""", Object[].class)
                .getResultStream().map(this::toExport).toList();
    }

    /** Writes the deck as a teacher's package (every card new) to {@code out}, which is left open. */
    @Transactional
    public ApkgWriter.Summary writeApkg(DeckToExport export, OutputStream out) {
        return ApkgWriter.cleanDeck().write(export.deck(), notes(export, null), out);
    }

    /**
     * Writes the deck as a student's package to {@code out} (left open): the cards the student has studied
     * carry their FSRS state, due date and review history, so they continue in Anki where they stopped here.
     */
    @Transactional
    public ApkgWriter.Summary writeApkgWithProgress(DeckToExport export, long userId, OutputStream out) {
        StudentProgress progress = new StudentProgress(em, userId, export.id());
        return ApkgWriter.withProgress().write(export.deck(), notes(export, progress), out);
    }

    /** Writes the deck as tab-separated text to {@code out}, which is left open. */
    @Transactional
    public int writeText(DeckToExport export, OutputStream out) {
        return new TextDeckWriter().write(export.deck(), notes(export, null), out);
    }

    /**
     * A fixed time derived from the article's content hash: {@link #EXPORT_FORMAT_EPOCH} plus up to 300 days.
     * The content under one hash never changes, so its notes never need a newer time; spreading the decks'
     * times apart keeps the note and card ids of different decks (counted up from this time) apart in Anki.
     */
    static Instant contentTime(String contentHash) {
        long bits = Long.parseUnsignedLong(contentHash.substring(0, 12), 16);
        return EXPORT_FORMAT_EPOCH.plusMillis(bits % SPREAD_MILLIS);
    }

    private DeckToExport toExport(Object[] row) {
        String title = (String) row[2];
        String byline = (String) row[3];
        String slug = (String) row[4];
        String contentHash = (String) row[5];
        String description = "Words from “" + title + "”"
                + (byline == null || byline.isBlank() ? "" : " (" + byline + ")") + ". Exported from Yuedu.";
        ExportDeck deck = new ExportDeck(config.installationId(), contentHash, (String) row[1], description, slug,
                contentTime(contentHash), config.cloze());
        return new DeckToExport((Long) row[0], deck, title, slug, ((Number) row[6]).longValue());
    }

    /** The deck's notes in reading order, with the student's cards when {@code progress} is given. */
    private Stream<ExportNote> notes(DeckToExport export, StudentProgress progress) {
        Stream<Object[]> rows = em.createQuery("""
                select n.word, n.traditional, n.pinyin, n.glosses, n.classifiers, n.charHint, n.inDictionary,
                       n.properNoun, n.hskLevel, n.firstPosition, s.id, s.text, s.tokens, n.id
                from Note n join n.exampleSentence s
                where n.deck.id = :deck and n.knownByDefault = false
                order by n.firstPosition""", Object[].class)
                .setParameter("deck", export.id())
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
        NoteBuilder builder = new NoteBuilder(export.deck(), export.articleTitle());
        Iterator<ExportNote> notes = new ReadingOrder(rows.iterator(), builder, progress);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(notes, 0), false).onClose(rows::close);
    }

    /**
     * Rows ordered by first position, each run of one position sorted by word in Java: the database's collation
     * of Chinese text differs between H2 and PostgreSQL, and the order must not.
     */
    private static final class ReadingOrder implements Iterator<ExportNote> {
        private final Iterator<Object[]> rows;
        private final NoteBuilder builder;
        private final StudentProgress progress;
        private final List<Object[]> run = new ArrayList<>();
        private Map<Long, List<ExportCard>> runCards = Map.of();
        private Iterator<Object[]> pending = List.<Object[]>of().iterator();
        private Object[] next;

        ReadingOrder(Iterator<Object[]> rows, NoteBuilder builder, StudentProgress progress) {
            this.rows = rows;
            this.builder = builder;
            this.progress = progress;
            this.next = rows.hasNext() ? rows.next() : null;
        }

        @Override
        public boolean hasNext() {
            return pending.hasNext() || next != null;
        }

        @Override
        public ExportNote next() {
            if (!pending.hasNext()) {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                run.clear();
                int position = (Integer) next[9];
                while (next != null && (Integer) next[9] == position) {
                    run.add(next);
                    next = rows.hasNext() ? rows.next() : null;
                }
                run.sort(Comparator.comparing(row -> (String) row[0]));
                pending = new ArrayList<>(run).iterator();
                if (progress != null) {
                    runCards = progress.cardsOf(run.stream().map(row -> (Long) row[13]).toList());
                }
            }
            Object[] row = pending.next();
            ExportNote note = builder.note(row);
            List<ExportCard> cards = runCards.get((Long) row[13]);
            return cards == null ? note : note.withCards(cards);
        }
    }

    /** Builds the exporter's note from a row; remembers a few decoded sentences, as neighbours share them. */
    private static final class NoteBuilder {
        private final ExportDeck deck;
        private final String source;
        private final Map<Long, String> sentencePinyin = new LinkedHashMap<>(128, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
                return size() > DECODED_SENTENCES_KEPT;
            }
        };

        NoteBuilder(ExportDeck deck, String source) {
            this.deck = deck;
            this.source = source;
        }

        ExportNote note(Object[] row) {
            String word = (String) row[0];
            List<String> glosses = new ArrayList<>(lines((String) row[3]));
            String charHint = (String) row[5];
            if (!(Boolean) row[6] && charHint != null && !charHint.isBlank()) {
                glosses.add(charHint);
            }
            List<String> classifiers = lines((String) row[4]);
            if (!classifiers.isEmpty()) {
                glosses.add("classifier: " + String.join(", ", classifiers));
            }
            List<String> tags = (Boolean) row[7] ? List.of("name") : List.of();
            int hsk = Math.max(0, Math.min(9, (Integer) row[8]));
            String pinyin = sentencePinyin.computeIfAbsent((Long) row[10],
                    id -> SentencePinyin.of(SentenceTokens.decode((String) row[12])));
            return new ExportNote(word, (String) row[1], PinyinSyllable.parseNumbered((String) row[2]), glosses,
                    hsk, (String) row[11], pinyin, source, tags, deck.modifiedAt());
        }

    }

    private static List<String> lines(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Stream.of(joined.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
