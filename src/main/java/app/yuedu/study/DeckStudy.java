package app.yuedu.study;

import app.yuedu.accounts.CurrentUser;
import app.yuedu.accounts.Role;
import app.yuedu.accounts.UserProfile;
import app.yuedu.articles.DeckAccess;
import app.yuedu.cache.LeastRecentlyUsed;
import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.CardType;
import app.yuedu.scheduling.core.CardPhase;
import app.yuedu.scheduling.core.CardState;
import app.yuedu.scheduling.core.DayBoundary;
import app.yuedu.scheduling.core.FsrsParameters;
import app.yuedu.scheduling.core.FsrsScheduler;
import app.yuedu.study.StudyViews.DeckHeader;
import app.yuedu.study.core.StudyDay;
import app.yuedu.study.core.StudyQueue.Candidate;
import app.yuedu.study.core.StudyQueue;
import app.yuedu.web.DatabaseErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.Session;

/**
 * A student's study of one deck: their settings and cards (created the first time they study it), the scheduler
 * for them, and the queue of what to show next. Every queue query reads an index: (user, deck, phase, due), and for
 * the weakest reviews (user, deck, stability) of review cards.
 */
@ApplicationScoped
public class DeckStudy {

    /** A learning card due within this window is shown rather than ending the session, as in Anki. */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);
    /**
     * The due reviews the study page chooses among, showing the least retrievable: the {@value #REVIEW_WINDOW}
     * earliest due, and the due ones among the {@value #WEAKEST_WINDOW} review cards of lowest stability. Ordering
     * every due card by retrievability would read all of them on every card. Earliest due alone reaches the cards
     * most likely forgotten late: after days away those are the short-lived memories, not the ones due first. On
     * 9,161 real cards (bench/review-window), a study day of 200 reviews after 3 to 90 days away reviewed cards with
     * a mean retrievability at most 0.003 above the exact order's with these two lists of 50 (the same cards from 14
     * days away), against 0.005-0.027 above it with the 200 earliest due, which the queue read until 26 Nov 2026; on
     * an ordinary day all three were within 0.001.
     */
    static final int REVIEW_WINDOW = 50;
    /** See {@link #REVIEW_WINDOW}: how many review cards of lowest stability the queue reads, due or not. */
    static final int WEAKEST_WINDOW = 50;
    /**
     * The review cards the weakest list is read from have a stability under this many days: ix_card_weakest holds
     * only those (on PostgreSQL, whose partial index needs the condition in the query), so a grade that leaves a card
     * this stable or more, as most grades of a mature collection do, has no entry of that index to write. A card
     * steadier than this that is long overdue is among the earliest due anyway.
     */
    static final int WEAK_STABILITY_DAYS = 30;

    /**
     * A column of the study statements: the SQL that computes it (null where the statement builds it), its alias,
     * and the Java type it is read as. Every type is of fixed length, enums as their ordinals: before every execution
     * of a statement it has described (as it did for all of these while Hibernate bound their timestamps without a
     * declared type; {@link NamedStatement} binds typed values) whose rows may be of unbounded size, the PostgreSQL
     * driver sends a Sync and waits for the answer, one more round trip on every request.
     */
    private record Column(String sql, String alias, Class<?> type) {}

    /**
     * SQL: the row pu of app_user (joined on the user's id and :name) has the profile a statement runs with, the
     * parameters of {@link #profileValues}: what lets a study statement confirm the session ({@link CurrentUser}).
     */
    static final String PROFILE_IS_CURRENT = """
            pu.role = :role and pu.time_zone = :zone and pu.script = :script and pu.tone_colours = :tones
             and pu.display_name = :shownAs""";

    /** The head card's columns, first in a row of both statements; {@link #cardOf} reads them from the note on. */
    private static final List<Column> HEAD_COLUMNS = List.of(
            new Column("h.id", "h_id", Long.class),
            new Column("h.note_id", "h_note", Long.class),
            new Column(ordinalCase("h.card_type", CardType.values()), "h_type", Integer.class),
            new Column("h.phase", "h_phase", Integer.class),
            new Column("h.due", "h_due", Instant.class),
            new Column("h.stability", "h_stability", Double.class),
            new Column("h.difficulty", "h_difficulty", Double.class),
            new Column("h.elapsed_days", "h_elapsed", Integer.class),
            new Column("h.scheduled_days", "h_scheduled", Integer.class),
            new Column("h.learning_step", "h_step", Integer.class),
            new Column("h.reps", "h_reps", Integer.class),
            new Column("h.lapses", "h_lapses", Integer.class),
            new Column("h.last_review", "h_last_review", Instant.class),
            new Column("h.buried_until", "h_buried", Instant.class),
            new Column("h.version", "h_version", Long.class));

    /**
     * The study page's columns of the deck, its access, whether the user's row agrees with the profile the
     * statement ran with, and the student's settings ({@link #openSql}).
     */
    private static final List<Column> CONTEXT_COLUMNS = List.of(
            new Column("dk.id", "x_deck", Long.class),
            new Column("case when pu.id is null then 0 when " + PROFILE_IS_CURRENT + " then 1 else 2 end", "x_profile",
                    Integer.class),
            new Column(null, "x_visible", Boolean.class),
            new Column("ds.id", "x_settings", Long.class),
            new Column("ds.desired_retention", "x_retention", Double.class),
            new Column("ds.new_per_day", "x_new_per_day", Integer.class),
            new Column("ds.reviews_per_day", "x_reviews_per_day", Integer.class),
            new Column(ordinalCase("ds.new_card_order", NewCardOrder.values()), "x_order", Integer.class),
            new Column("ds.recognition", "x_recognition", Boolean.class),
            new Column("ds.recall", "x_recall", Boolean.class),
            new Column("ds.cloze", "x_cloze", Boolean.class));

    /** The queue's columns ({@link #queueColumns}, which builds their SQL), in this order. */
    private static final List<Column> QUEUE_COLUMNS = List.of(
            new Column(null, "q_learning", Long.class),
            new Column(null, "q_learning_ahead", Long.class),
            new Column(null, "q_reviews", Long.class),
            new Column(null, "q_review_head", Long.class),
            new Column(null, "q_new", Long.class),
            new Column(null, "q_new_head", Long.class),
            new Column(null, "q_introduced", Long.class),
            new Column(null, "q_reviewed", Long.class),
            new Column(null, "q_last_review", Long.class));

    /** A row of {@link #openSql}, and of {@link #queueSql}: the columns read, in order. */
    private static final List<Column> OPEN_ROW = concat(HEAD_COLUMNS, CONTEXT_COLUMNS, QUEUE_COLUMNS);
    private static final List<Column> QUEUE_ROW = concat(HEAD_COLUMNS, QUEUE_COLUMNS);
    private static final List<Class<?>> OPEN_TYPES = typesOf(OPEN_ROW);
    private static final List<Class<?>> QUEUE_TYPES = typesOf(QUEUE_ROW);

    /** Where the access flag, the settings' and the queue's columns are in a row of {@link #openSql}. */
    private static final int OPEN_VISIBLE_COLUMN = openContextColumn("x_visible");
    private static final int OPEN_PROFILE_COLUMN = openContextColumn("x_profile");
    /** The x_profile value for "the user's row has the profile the statement ran with". */
    private static final int ROW_HAS_PROFILE = 1;
    private static final int OPEN_SETTINGS_COLUMN = openContextColumn("x_settings");
    private static final int OPEN_QUEUE_COLUMN = HEAD_COLUMNS.size() + CONTEXT_COLUMNS.size();

    /**
     * SQL: the whole days from the last review of a row w to :now, as a double precision: the day field of the
     * interval between them. On PostgreSQL read with date_part, which gives a double; extract gives a numeric, which
     * PostgreSQL turns into a double through its text. On the 100,000-card deck, where it ran on 200 due reviews, the
     * study statement ran 1.09-1.19x as often with date_part (pgbench, 26 Nov 2026). H2 has no date_part.
     */
    private static final String WHOLE_DAYS_SINCE_LAST_REVIEW = "postgresql".equals(ConfigProvider.getConfig()
            .getOptionalValue("quarkus.datasource.db-kind", String.class).orElse(""))
            ? "date_part('day', cast(:now as timestamp) - w.last_review)"
            : "cast(extract(day from (cast(:now as timestamp) - w.last_review)) as double precision)";

    /** Deck headers kept: a deck's name and article never change once it is stored. */
    static final int CACHED_DECK_HEADERS = 5_000;

    /** Queue statements kept; a handful of shapes cover nearly every deck (most keep the default limits). */
    static final int CACHED_QUEUE_SHAPES = 500;

    /**
     * The queue statements built so far, by shape: building the text on every request was 2% of the study page's
     * CPU in a profile. The text is a pure function of the shape, so this is no state another instance could miss.
     */
    private static final Map<QueueShape, NamedStatement> QUEUE_STATEMENTS = new ConcurrentHashMap<>();

    /** The queue of a student who kept the deck's default settings: the one the study page's statement reads. */
    private static final QueueShape DEFAULT_SHAPE = QueueShape.of(new DeckSettings());
    private static final NamedStatement OPEN = NamedStatement.parse(openSql(false));
    /** {@link #OPEN} for a user who may see the deck whatever their classes (see {@link #openRows}). */
    private static final NamedStatement OPEN_ACCESS_KNOWN = NamedStatement.parse(openSql(true));

    /**
     * What never changes of a deck, by deck id ({@link CachedDeck}): immutable, so no state another instance could
     * miss. Reading the name in the study page's statement would make the driver wait for an extra round trip (see
     * {@link #openSql}); knowing who may see the deck lets the statements leave out the access check.
     */
    private final Map<Long, CachedDeck> deckHeaders = LeastRecentlyUsed.map(CACHED_DECK_HEADERS);

    /**
     * What never changes of a deck once it is stored: its header, whether it is open to everyone and who uploaded it
     * (null for a seed deck). The uploader's id can only turn null (the account deleted), and a deleted account has no
     * session that could use it.
     */
    private record CachedDeck(DeckHeader header, boolean openToAll, Long uploadedBy) {}

    private static final String CONTEXT_SELECT = """
            select d.id, d.name, d.article.id, %s, s
            from Deck d left join DeckSettings s on s.deckId = d.id and s.userId = :user
            where d.id = :deck""";
    private static final String CONTEXT = CONTEXT_SELECT.formatted(
            "case when " + DeckAccess.VISIBLE + " then true else false end");
    private static final String CONTEXT_FOR_ADMIN = CONTEXT_SELECT.formatted("true");
    private static final String GRADE_FROM = """
            from Deck d join DeckSettings s on s.deckId = d.id and s.userId = :user
            join Card c on c.deckId = d.id and c.userId = :user
            where d.id = :deck and c.id = :card""";
    private static final String GRADE = "select s, c " + GRADE_FROM + " and " + DeckAccess.VISIBLE;
    private static final String GRADE_FOR_ADMIN = "select s, c " + GRADE_FROM;
    /**
     * {@link #gradeSnapshot}'s columns: the card's, as a head card's (so {@link #headCard} reads them), the
     * settings', and whether the user's row has the profile the statement ran with.
     */
    private static final List<Column> GRADE_ROW = concat(HEAD_COLUMNS, List.of(
            new Column("ds.id", "g_settings", Long.class),
            new Column("ds.desired_retention", "g_retention", Double.class),
            new Column("case when " + PROFILE_IS_CURRENT + " then true else false end", "g_profile", Boolean.class)));
    private static final List<Class<?>> GRADE_TYPES = typesOf(GRADE_ROW);
    private static final int GRADE_SETTINGS_COLUMN = HEAD_COLUMNS.size();
    private static final String GRADE_SNAPSHOT_SQL = "select " + GRADE_ROW.stream()
            .map(column -> column.sql() + " as " + column.alias()).collect(Collectors.joining(", ")) + " " + """
             from deck dk join deck_settings ds on ds.deck_id = dk.id and ds.user_id = :u
             join card h on h.deck_id = dk.id and h.user_id = :u
             join app_user pu on pu.id = :u and pu.username = :name
             where dk.id = :d and h.id = :card""";
    private static final NamedStatement GRADE_SNAPSHOT = NamedStatement.parse(
            GRADE_SNAPSHOT_SQL + " and " + DeckAccess.VISIBLE_SQL);
    private static final NamedStatement GRADE_SNAPSHOT_ACCESS_KNOWN = NamedStatement.parse(GRADE_SNAPSHOT_SQL);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StudyConfig config;

    /**
     * The queue at one moment, and the review an undo would remove (null when none). {@code card} is the card of
     * {@code next}, read by the same statement.
     */
    public record Queue(Optional<Candidate> next, StudyQueue.Counts counts, StudyDay day, Long lastReview,
                        Optional<Card> card) {}

    /** The deck as the study pages show it, and the student's settings for it. */
    public record StudyContext(DeckHeader deck, DeckSettings settings) {}

    /**
     * The deck and the student's settings, read in one statement that also checks the student may see the deck
     * (the same rule as {@link DeckAccess}); the first visit creates the settings and cards.
     *
     * @throws NotFoundException when the deck does not exist or is not visible to the student
     */
    public StudyContext context(UserProfile user, long deckId) {
        // An admin sees every deck. The role is part of the statement's text, not a parameter: with "? = true or
        // ..." PostgreSQL re-plans the statement on every execution, with a literal it keeps one plan.
        List<Object[]> rows = em.createQuery(user.role() == Role.ADMIN ? CONTEXT_FOR_ADMIN : CONTEXT, Object[].class)
                .setParameter("user", user.id()).setParameter("deck", deckId).getResultList();
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[3])) {
            throw new NotFoundException("There is no deck " + deckId + ". Pick one from the deck list.");
        }
        Object[] row = rows.get(0);
        DeckHeader deck = new DeckHeader((Long) row[0], (String) row[1], (Long) row[2]);
        DeckSettings settings = row[4] != null ? (DeckSettings) row[4] : startOrReread(user.id(), deckId);
        return new StudyContext(deck, settings);
    }

    /** What the study page shows from: the deck, the student's settings and the queue. */
    public record Opened(StudyContext context, Queue queue) {}

    /**
     * {@link #context} and {@link #queue} in one statement, the study page's only one: the statement checks the
     * session's profile against the user's row (see {@link CurrentUser#confirming}), reads the deck, checks
     * access, reads the settings and the whole queue of the default shape (most students never change them). Other
     * settings cost a second statement, the queue of their shape, and the first statement's queue goes unused. When
     * the row differs from the profile (changed meanwhile, perhaps on another instance), the profile is read again and
     * the statement runs again with it.
     *
     * @throws NotFoundException when the deck does not exist or is not visible to the student
     * @throws io.quarkus.security.AuthenticationFailedException when the user's account no longer exists
     */
    public Opened open(CurrentUser session, long deckId) {
        Instant now = clock.instant();
        // No row: no such deck, or no such user; a 404 must not answer for a deleted account, so that rereads too.
        List<Object[]> rows = session.confirming(user -> openRows(user, deckId, now),
                found -> !found.isEmpty() && intOf(found.get(0)[OPEN_PROFILE_COLUMN]) == ROW_HAS_PROFILE);
        return openedFrom(rows, session.profile(), deckId, now);
    }

    /** What the study page shows from, out of the rows of {@link #openSql} for this user. */
    private Opened openedFrom(List<Object[]> rows, UserProfile user, long deckId, Instant now) {
        StudyDay day = dayOf(user, now);
        int s = OPEN_SETTINGS_COLUMN;
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[OPEN_VISIBLE_COLUMN])) {
            throw new NotFoundException("There is no deck " + deckId + ". Pick one from the deck list.");
        }
        Object[] row = rows.get(0);
        DeckHeader deck = deckHeader(deckId);
        if (row[s] == null) {
            DeckSettings settings = startOrReread(user.id(), deckId);
            return new Opened(new StudyContext(deck, settings), queue(user, settings));
        }
        DeckSettings settings = new DeckSettings();
        settings.id = longOf(row[s]);
        settings.userId = user.id();
        settings.deckId = deckId;
        settings.desiredRetention = ((Number) row[s + 1]).doubleValue();
        settings.newPerDay = intOf(row[s + 2]);
        settings.reviewsPerDay = intOf(row[s + 3]);
        settings.newCardOrder = NewCardOrder.values()[intOf(row[s + 4])];
        settings.recognition = (Boolean) row[s + 5];
        settings.recall = (Boolean) row[s + 6];
        settings.cloze = (Boolean) row[s + 7];
        StudyContext context = new StudyContext(deck, settings);
        if (!QueueShape.of(settings).equals(DEFAULT_SHAPE)) {
            return new Opened(context, queue(user, settings));
        }
        List<Card> heads = rows.stream().map(headRow -> headCard(headRow, user.id(), deckId)).toList();
        return new Opened(context, queueOf(rows.get(0), OPEN_QUEUE_COLUMN, heads, settings, now, day));
    }

    /**
     * The rows of {@link #openSql} for this profile. Where the user may see the deck without a class (an admin, an
     * open deck, their own upload: all known from the cached deck), the statement leaves out the access check: that
     * check's subqueries were a fifth of the statement's cost on PostgreSQL, which sets up every subquery on every
     * execution, run or not. Until the deck is cached, and for decks seen through a class, the statement checks.
     */
    private List<Object[]> openRows(UserProfile user, long deckId, Instant now) {
        return rowsOf(accessKnown(user, deckId) ? OPEN_ACCESS_KNOWN : OPEN, OPEN_TYPES, profileValues(user), user,
                deckId, now, dayOf(user, now));
    }

    /**
     * Whether the user may see the deck whatever their classes, as far as this instance knows without a query: an
     * admin, or a deck cached here ({@link #deckHeader}, read by every study page) that is open to everyone or the
     * user's own upload. False says only "not known": the statements then check access themselves.
     */
    boolean accessKnown(UserProfile user, long deckId) {
        if (user.role() == Role.ADMIN) {
            return true;
        }
        CachedDeck cached = deckHeaders.get(deckId);
        return cached != null && DeckAccess.visibleWithoutClass(cached.openToAll(), cached.uploadedBy(), user.id());
    }

    /** The values of {@link #PROFILE_IS_CURRENT}'s parameters: the profile a statement runs with. */
    static Map<String, Object> profileValues(UserProfile user) {
        return Map.of("name", user.username(), "role", user.role().roleName(), "zone", user.timeZone(),
                "script", user.script().name(), "tones", user.toneColours(), "shownAs", user.displayName());
    }

    /** The Java types a row of these columns is read as, in order. */
    private static List<Class<?>> typesOf(List<Column> row) {
        return row.stream().<Class<?>>map(Column::type).toList();
    }

    @SafeVarargs
    private static List<Column> concat(List<Column>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    /** The index in a row of {@link #openSql} of one of {@link #CONTEXT_COLUMNS}. */
    private static int openContextColumn(String alias) {
        return HEAD_COLUMNS.size() + CONTEXT_COLUMNS.stream().map(Column::alias).toList().indexOf(alias);
    }

    /** The head card of a row of a study statement, or null: a snapshot, not a managed entity. */
    private static Card headCard(Object[] row, long userId, long deckId) {
        return row[0] == null ? null : cardOf(row, 1, longOf(row[0]), userId, deckId);
    }

    /**
     * A card snapshot (not a managed entity) from a row holding, from {@code at}: note, type (the enum or its
     * ordinal), phase, due, stability, difficulty, elapsed and scheduled days, learning step, reps, lapses, last
     * review, buried until, version.
     */
    private static Card cardOf(Object[] row, int at, long cardId, long userId, long deckId) {
        Card card = new Card();
        card.id = cardId;
        card.userId = userId;
        card.deckId = deckId;
        card.noteId = longOf(row[at]);
        card.cardType = row[at + 1] instanceof CardType type ? type : CardType.values()[intOf(row[at + 1])];
        card.phase = intOf(row[at + 2]);
        card.due = (Instant) row[at + 3];
        card.stability = ((Number) row[at + 4]).doubleValue();
        card.difficulty = ((Number) row[at + 5]).doubleValue();
        card.elapsedDays = intOf(row[at + 6]);
        card.scheduledDays = intOf(row[at + 7]);
        card.learningStep = intOf(row[at + 8]);
        card.reps = intOf(row[at + 9]);
        card.lapses = intOf(row[at + 10]);
        card.lastReview = (Instant) row[at + 11];
        card.buriedUntil = (Instant) row[at + 12];
        card.version = longOf(row[at + 13]);
        return card;
    }

    /** The deck's name and article, read once per deck with the rest of {@link CachedDeck}: they never change. */
    private DeckHeader deckHeader(long deckId) {
        CachedDeck cached = deckHeaders.get(deckId);
        if (cached != null) {
            return cached.header();
        }
        Object[] row = em.createQuery("""
                select d.id, d.name, d.article.id, d.openToAll, u.id from Deck d left join d.uploadedBy u
                where d.id = :d""", Object[].class).setParameter("d", deckId).getSingleResult();
        CachedDeck deck = new CachedDeck(new DeckHeader((Long) row[0], (String) row[1], (Long) row[2]),
                (Boolean) row[3], (Long) row[4]);
        deckHeaders.put(deckId, deck);
        return deck.header();
    }

    /**
     * What a grade needs: the student's settings for the deck and the graded card, managed for the update; and,
     * from {@link #gradeSnapshot}, whether the user's row had the profile the statement ran with.
     */
    public record GradeContext(DeckSettings settings, Card card, boolean profileAgrees) {}

    /**
     * The settings and the student's card of the deck in one statement, with the deck's access rule; empty when
     * the deck is not visible, not started, or has no such card of the student's (callers then find out which,
     * for the message).
     */
    public Optional<GradeContext> gradeContext(UserProfile user, long deckId, long cardId) {
        List<Object[]> rows = em.createQuery(user.role() == Role.ADMIN ? GRADE_FOR_ADMIN : GRADE, Object[].class)
                .setParameter("user", user.id()).setParameter("deck", deckId).setParameter("card", cardId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new GradeContext((DeckSettings) row[0], (Card) row[1], true));
    }

    /**
     * {@link #gradeContext} as snapshots read afresh from the database, never entities of the persistence context
     * (which may hold an older state read earlier in the same context): for a grade written outside it. The
     * statement also compares the profile with the user's row ({@link GradeContext#profileAgrees}, for
     * {@link CurrentUser#confirming}); it finds nothing for a user who no longer exists.
     */
    public Optional<GradeContext> gradeSnapshot(UserProfile user, long deckId, long cardId) {
        Map<String, Object> values = new HashMap<>(profileValues(user));
        values.put("u", user.id());
        values.put("d", deckId);
        values.put("card", cardId);
        NamedStatement statement = accessKnown(user, deckId) ? GRADE_SNAPSHOT_ACCESS_KNOWN : GRADE_SNAPSHOT;
        List<Object[]> rows = em.unwrap(Session.class).doReturningWork(
                connection -> statement.rows(connection, values, GRADE_TYPES));
        return rows.stream().findFirst().map(row -> {
            int s = GRADE_SETTINGS_COLUMN;
            DeckSettings settings = new DeckSettings();
            settings.id = (Long) row[s];
            settings.userId = user.id();
            settings.deckId = deckId;
            settings.desiredRetention = (Double) row[s + 1];
            return new GradeContext(settings, headCard(row, user.id(), deckId), Boolean.TRUE.equals(row[s + 2]));
        });
    }

    /**
     * {@link #start}, for a first visit that may race another: when two requests (perhaps on two instances) open
     * the deck at once, one creates the settings and cards, the other's insert meets the unique key on user and
     * deck and rolls back whole, and it then reads the winner's settings.
     */
    DeckSettings startOrReread(long userId, long deckId) {
        try {
            return start(userId, deckId);
        } catch (RuntimeException e) {
            if (!DatabaseErrors.isUniqueViolation(e)) {
                throw e;
            }
            return DeckSettings.<DeckSettings>find("userId = ?1 and deckId = ?2", userId, deckId)
                    .firstResultOptional().orElseThrow(() -> e);
        }
    }

    /** The student's settings for the deck; the first call creates them and the student's cards. */
    @Transactional
    public DeckSettings start(long userId, long deckId) {
        Optional<DeckSettings> existing = DeckSettings.find("userId = ?1 and deckId = ?2", userId, deckId)
                .firstResultOptional();
        if (existing.isPresent()) {
            return existing.get();
        }
        DeckSettings settings = new DeckSettings();
        settings.userId = userId;
        settings.deckId = deckId;
        settings.createdAt = clock.instant();
        settings.persist();
        createCards(userId, deckId, settings.enabledTypes(), settings.newCardOrder);
        return settings;
    }

    /**
     * Creates the missing cards of the given types for every learnable note of the deck, and gives the student's new
     * cards of the deck their places in {@code order} ({@link #rankNewCards}).
     */
    @Transactional
    public int createCards(long userId, long deckId, List<CardType> types, NewCardOrder order) {
        Set<String> existing = new HashSet<>();
        for (Object[] row : em.createQuery("select c.noteId, c.cardType from Card c where c.userId = :u and c.deckId = :d",
                Object[].class).setParameter("u", userId).setParameter("d", deckId).getResultList()) {
            existing.add(row[0] + ":" + row[1]);
        }
        List<Long> notes = em.createQuery("""
                select n.id from Note n where n.deck.id = :d and n.knownByDefault = false
                order by n.firstPosition, n.id""", Long.class).setParameter("d", deckId).getResultList();
        Instant now = clock.instant();
        int created = 0;
        for (Long noteId : notes) {
            for (CardType type : types) {
                if (existing.contains(noteId + ":" + type)) {
                    continue;
                }
                Card card = new Card();
                card.userId = userId;
                card.deckId = deckId;
                card.noteId = noteId;
                card.cardType = type;
                card.apply(CardState.newCard(now));
                em.persist(card);
                created++;
            }
        }
        if (created > 0) {
            rankNewCards(userId, deckId, order);
        }
        return created;
    }

    /**
     * Sets new_rank, the place of each of the student's cards of the deck in the order of new cards: its note's
     * position among the deck's notes in {@code order}, from 1 (a note's cards share it; the card id comes next). The
     * queue reads the new cards in that order from an index and stops when it has enough (migration V11 says why).
     * One statement, in the caller's transaction.
     */
    void rankNewCards(long userId, long deckId, NewCardOrder order) {
        em.createNativeQuery("merge into card c using (select n.id, row_number() over (order by "
                        + String.join(", ", order.keys) + ", n.id) as new_rank from note n where n.deck_id = :d) r"
                        + " on (c.note_id = r.id and c.user_id = :u and c.deck_id = :d)"
                        + " when matched then update set new_rank = r.new_rank")
                .setParameter("u", userId).setParameter("d", deckId).executeUpdate();
    }

    /** The scheduler for this student and deck: FSRS-6 defaults, fuzz on, days rolling over at 4 am locally. */
    public static FsrsScheduler scheduler(UserProfile user, DeckSettings settings) {
        return new FsrsScheduler(FsrsParameters.defaults().withFuzz(true)
                .withDayBoundary(DayBoundary.anki(zoneOf(user)))
                .withDesiredRetention(settings.desiredRetention));
    }

    /** The student's study day now. */
    public StudyDay today(UserProfile user) {
        return dayOf(user, clock.instant());
    }

    /** The student's study day at {@code at}; days roll over at 4 am in their time zone, as in the scheduler. */
    static StudyDay dayOf(UserProfile user, Instant at) {
        return StudyDay.of(DayBoundary.anki(zoneOf(user)), at);
    }

    static ZoneId zoneOf(UserProfile user) {
        try {
            return ZoneId.of(user.timeZone());
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** What to show now and how much is left today. */
    public Queue queue(UserProfile user, DeckSettings settings) {
        Instant now = clock.instant();
        StudyDay day = dayOf(user, now);
        List<CardType> types = settings.enabledTypes();
        if (types.isEmpty()) {
            return new Queue(Optional.empty(), new StudyQueue.Counts(0, 0, 0), day, null, Optional.empty());
        }
        List<Object[]> rows = rowsOf(queueStatement(QueueShape.of(settings)), QUEUE_TYPES, Map.of(), user,
                settings.deckId, now, day);
        List<Card> heads = rows.stream().map(headRow -> headCard(headRow, user.id(), settings.deckId)).toList();
        return queueOf(rows.get(0), HEAD_COLUMNS.size(), heads, settings, now, day);
    }

    /**
     * The rows of a study statement, read as the given column types in order, with the queue's parameters and
     * {@code more}. It runs on the connection of the request's Hibernate session, which the request holds anyway.
     */
    private List<Object[]> rowsOf(NamedStatement statement, List<Class<?>> types, Map<String, Object> more,
                                  UserProfile user, long deckId, Instant now, StudyDay day) {
        Map<String, Object> values = new HashMap<>(more);
        values.put("u", user.id());
        values.put("d", deckId);
        values.put("now", now);
        values.put("ahead", now.plus(LEARN_AHEAD));
        values.put("dayStart", day.start());
        values.put("dayEnd", day.end());
        values.put("stable", config.knownStabilityDays());
        return em.unwrap(Session.class).doReturningWork(connection -> statement.rows(connection, values, types));
    }

    /**
     * The queue from a queue statement, which gives one row per head card (the heads may be the same card), or one
     * row without a card when there is none: the counts and head ids of a row, from {@code column} on (they repeat
     * on every row), and the head cards of the rows (null for none).
     */
    private static Queue queueOf(Object[] row, int column, List<Card> heads, DeckSettings settings, Instant now,
                                 StudyDay day) {
        int learningCount = intOf(row[column]);
        Long learningAhead = longOf(row[column + 1]);
        int reviewsDue = intOf(row[column + 2]);
        Long reviewHead = longOf(row[column + 3]);
        int newAvailable = Math.min(intOf(row[column + 4]), Math.max(0, settings.newPerDay));
        Long newHead = longOf(row[column + 5]);
        int introducedToday = intOf(row[column + 6]);
        int reviewedToday = intOf(row[column + 7]);
        Long lastReview = longOf(row[column + 8]);
        // The earliest learning card is due now or only within the learn-ahead window: its row says which.
        Long learningNow = heads.stream()
                .filter(head -> head != null && head.id.equals(learningAhead) && !head.due.isAfter(now))
                .findFirst().map(head -> head.id).orElse(null);

        int newLeft = Math.max(0, settings.newPerDay - introducedToday);
        int reviewsLeft = Math.max(0, settings.reviewsPerDay - reviewedToday);
        // The query already picked each kind's head (the earliest learning card, the least retrievable review, the
        // first new card in the deck's order); StudyQueue decides between the kinds.
        List<Candidate> learning = learningNow != null ? List.of(new Candidate(learningNow, now, 0))
                : learningAhead != null ? List.of(new Candidate(learningAhead, now.plusMillis(1), 0)) : List.of();
        List<Candidate> reviews = reviewHead == null ? List.of() : List.of(new Candidate(reviewHead, now, 0));
        List<Candidate> newCards = newHead == null ? List.of() : List.of(new Candidate(newHead, now, 0));
        StudyQueue.Snapshot snapshot = new StudyQueue.Snapshot(learning, reviews, newCards, newLeft, reviewsLeft, now);
        StudyQueue.Counts counts = StudyQueue.counts(learningCount, reviewsDue, newAvailable, newLeft, reviewsLeft);
        Optional<Candidate> next = StudyQueue.next(snapshot);
        Optional<Card> card = next.flatMap(chosen -> heads.stream()
                .filter(head -> head != null && head.id == chosen.cardId()).findFirst());
        return new Queue(next, counts, day, lastReview, card);
    }

    /** The queue statement for this shape, built once per shape. */
    private static NamedStatement queueStatement(QueueShape shape) {
        NamedStatement cached = QUEUE_STATEMENTS.get(shape);
        if (cached != null) {
            return cached;
        }
        NamedStatement sql = NamedStatement.parse(queueSql(shape));
        // Limits are the students' own numbers: keep the common shapes, not every one a student ever tried.
        if (QUEUE_STATEMENTS.size() < CACHED_QUEUE_SHAPES) {
            QUEUE_STATEMENTS.put(shape, sql);
        }
        return sql;
    }

    /** What the queue statement's text depends on. */
    private record QueueShape(List<CardType> types, int reviewCap, int newCap) {

        static QueueShape of(DeckSettings settings) {
            return new QueueShape(List.copyOf(settings.enabledTypes()), Math.max(0, settings.reviewsPerDay),
                    Math.max(0, settings.newPerDay));
        }
    }

    /**
     * The study page's statement ({@link #open}): whether the deck exists and the user may see it (always true where
     * the access is known beforehand, see {@link #openRows}), the user's settings for it, and the queue columns of
     * {@link #queueColumns} for the default shape (read for nothing when the settings have another shape: rare, and
     * cheaper than setting up a guard on every column); then the head cards' columns, as in {@link #queueSql}. The
     * deck's name comes from a cache: a text column would cost the driver's extra round trip (see {@link Column}).
     */
    static String openSql(boolean accessKnown) {
        String visible = accessKnown ? "true" : "case when " + DeckAccess.VISIBLE_SQL + " then true else false end";
        String context = "select " + CONTEXT_COLUMNS.stream()
                .map(column -> (column.sql() != null ? column.sql() : visible) + " as " + column.alias())
                .collect(Collectors.joining(", "))
                + ", " + queueColumns(DEFAULT_SHAPE)
                + " from deck dk left join deck_settings ds on ds.deck_id = dk.id and ds.user_id = :u"
                + " left join app_user pu on pu.id = :u and pu.username = :name"
                + " cross join " + newCardsTable(DEFAULT_SHAPE)
                + " where dk.id = :d";
        return withHeadCards(context);
    }

    /** An enum column as the ordinal of its value. */
    private static String ordinalCase(String column, Enum<?>[] values) {
        return "case " + column + Arrays.stream(values)
                .map(value -> " when '" + value.name() + "' then " + value.ordinal()).collect(Collectors.joining())
                + " end";
    }

    /** The queue statement for a student with these settings, with its named parameters (see {@link #rowsOf}). */
    static String queueSql(DeckSettings settings) {
        return queueSql(QueueShape.of(settings));
    }

    /**
     * The whole queue in one statement (one round trip): counts, the head of each kind, today's reviews, the
     * review undo would remove, and the rows of the head cards, so the card to show needs no second query.
     * Every card subquery is a range of ix_card_queue (user, deck, phase, due), but the weakest reviews', of
     * ix_card_weakest; the counts stop at the daily limits, so a deck with 100,000 cards reads no more than one with
     * 1,000 would once the limits are reached. The card types and limits are inlined: they come from the enum and
     * integers, never from user text, and leave the database few distinct statements to plan.
     */
    private static String queueSql(QueueShape shape) {
        return withHeadCards("select " + queueColumns(shape) + " from " + newCardsTable(shape));
    }

    /**
     * The conditions of a card subquery of this shape: the user's cards of the deck, of the enabled types, not
     * buried (alias c).
     */
    private static String cardsOf(QueueShape shape) {
        return "c.user_id = :u and c.deck_id = :d" + ofShownTypesNotBuried(shape);
    }

    /** SQL, each condition after an "and": card c is of a type the shape shows and not buried now. */
    private static String ofShownTypesNotBuried(QueueShape shape) {
        return typeCondition(shape.types()) + " and (c.buried_until is null or c.buried_until <= :now)";
    }

    /**
     * SQL: card c is of one of these types, as the shorter of "in the enabled types" and "not in the others" (nothing
     * when all are enabled). The column holds only the enum's names and is never null, so both say the same; the
     * filter runs on every due review the queue reads (on a large deck, the earliest due, the weakest and those counted
     * up to the daily limit), and one comparison with the type left out (the default: cloze off) made those reads 1.1x
     * as fast as a list of two (pgbench, 26 Nov 2026).
     */
    static String typeCondition(List<CardType> enabled) {
        List<CardType> others = Arrays.stream(CardType.values()).filter(type -> !enabled.contains(type)).toList();
        if (others.isEmpty()) {
            return "";
        }
        boolean listEnabled = enabled.size() <= others.size();
        return " and c.card_type " + (listEnabled ? "in" : "not in") + " ("
                + (listEnabled ? enabled : others).stream().map(type -> "'" + type.name() + "'")
                        .collect(Collectors.joining(", ")) + ")";
    }

    /**
     * The queue's columns for this shape (see {@link #queueSql}), but for the new cards', which come from
     * {@link #newCardsTable} (nc). The earliest learning card's row (a head card) tells whether it is due now or
     * only within the learn-ahead window.
     * <p>
     * PostgreSQL sets up every subquery of a statement on every execution, run or not, and that setup was most of
     * the study statement's cost (a profile of the database: palloc, expression set-up, index scan keys): each
     * subquery here earns its place.
     */
    private static String queueColumns(QueueShape shape) {
        String card = cardsOf(shape);
        String learning = "from card c where " + card + " and c.phase in (1, 3) and c.due <= :ahead";
        String reviews = "from card c where " + card + " and c.phase = 2 and c.due < :dayEnd";
        // Today's reviews matter only up to the limits they are subtracted from.
        String today = "from review_log r where r.user_id = :u and r.deck_id = :d and r.reviewed_at >= :dayStart";
        int reviewCap = shape.reviewCap();
        int newCap = shape.newCap();
        // Least retrievable first: with one decay for every card, recall probability falls as whole days since the
        // last review over stability rise (FsrsScheduler.retrievability), so order by that ratio, descending.
        String leastRetrievable = WHOLE_DAYS_SINCE_LAST_REVIEW + " / w.stability desc, w.due, w.id";
        List<String> columns = List.of(
                "(select count(*) " + learning + ")",
                "(select c.id " + learning + " order by c.due, c.id limit 1)",
                "(select count(*) from (select 1 " + reviews + " order by c.due limit " + reviewCap + ") r)",
                "(select w.id from ((select c.id, c.due, c.stability, c.last_review " + reviews
                        + " order by c.due, c.id limit " + REVIEW_WINDOW + ") union all (" + weakestDue(shape)
                        + ")) w order by " + leastRetrievable + " limit 1)",
                "nc.q_new",
                "nc.q_new_head",
                "(select count(*) from (select 1 " + today + " and r.before_phase = 0 order by r.reviewed_at limit "
                        + newCap + ") i)",
                "(select count(*) from (select 1 " + today + " and r.before_phase = 2 order by r.reviewed_at limit "
                        + reviewCap + ") v)",
                "(select r.id from review_log r where r.user_id = :u and r.deck_id = :d"
                        + " order by r.reviewed_at desc, r.id desc limit 1)");
        // In the order, and under the aliases, of QUEUE_COLUMNS.
        return IntStream.range(0, QUEUE_COLUMNS.size())
                .mapToObj(i -> columns.get(i) + " as " + QUEUE_COLUMNS.get(i).alias())
                .collect(Collectors.joining(", "));
    }

    /**
     * SQL: the due ones among the student's {@link #WEAKEST_WINDOW} review cards of the deck with the lowest
     * stability, under {@link #WEAK_STABILITY_DAYS} (columns id, due, stability, last_review), read from
     * ix_card_weakest in stability order. The filters come after the limit, so the read stays that many index entries
     * however few of them are due.
     */
    private static String weakestDue(QueueShape shape) {
        return "select c.id, c.due, c.stability, c.last_review from (select k.id, k.due, k.stability, k.last_review,"
                + " k.card_type, k.buried_until from card k where k.user_id = :u and k.deck_id = :d and k.phase = 2"
                + " and k.stability < " + WEAK_STABILITY_DAYS
                + " order by k.stability, k.id limit " + WEAKEST_WINDOW + ") c where c.due < :dayEnd"
                + ofShownTypesNotBuried(shape);
    }

    /**
     * A one-row table (nc) of the new cards that may be introduced: q_new, how many (counted up to the daily limit),
     * and q_new_head, the first in the student's order. One subquery gives both, as the head is the first of the
     * cards counted: the database sets the new cards' joins up once instead of twice (see {@link #queueColumns}). Known
     * words are not new, nor a word the student already knows well from another note, nor a sibling of a card
     * reviewed today (siblings are buried, as in Anki). The cards come in order from ix_card_new ({@link #rankNewCards})
     * and are checked only until the limit is reached, not all the deck's new cards before a sort.
     */
    private static String newCardsTable(QueueShape shape) {
        // At least one row, so that the head is known even with a limit of 0 (the queue then introduces none).
        int counted = Math.max(1, shape.newCap());
        String candidates = """
                select c.id as id, c.new_rank as new_rank from card c join note n on n.id = c.note_id
                where %s and c.phase = 0
                  and not exists (select 1 from known_word k where k.user_id = :u and k.word = n.word)
                  and not exists (select 1 from card w join note wn on wn.id = w.note_id
                                  where w.user_id = :u and wn.word = n.word and w.reps > 0 and w.stability > :stable)
                  and not exists (select 1 from card s where s.user_id = :u and s.note_id = c.note_id and s.id <> c.id
                                  and s.last_review >= :dayStart)
                order by c.new_rank, c.id limit %d""".formatted(cardsOf(shape), counted);
        return "(select count(*) as q_new, max(case when x.rn = 1 then x.id end) as q_new_head from (select y.id,"
                + " row_number() over (order by y.new_rank, y.id) as rn from (" + candidates + ") y) x) nc";
    }

    /** A query with the queue's columns (q), joined to the rows of its head cards (h): their columns, then q's. */
    private static String withHeadCards(String queueQuery) {
        // "offset 0" keeps the database from pulling the subquery up into the join, which would run each head's
        // subquery twice: once for the result and once for the join condition.
        return "select " + HEAD_COLUMNS.stream().map(column -> column.sql() + " as " + column.alias())
                .collect(Collectors.joining(", "))
                + ", q.* from (" + queueQuery + " offset 0) q left join card h"
                + " on h.id in (q.q_learning_ahead, q.q_review_head, q.q_new_head)";
    }

    private static Long longOf(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static int intOf(Object value) {
        return value == null ? 0 : (int) Math.min(((Number) value).longValue(), Integer.MAX_VALUE);
    }

    /** When the next card of the deck becomes due after today's session: a learning card, a review, or a new day. */
    public Optional<Instant> nextDue(UserProfile user, DeckSettings settings, StudyDay day) {
        Instant learning = em.createQuery("""
                select min(c.due) from Card c where c.userId = :u and c.deckId = :d and c.phase in (1, 3)""",
                Instant.class).setParameter("u", user.id()).setParameter("d", settings.deckId).getSingleResult();
        Instant review = em.createQuery("""
                select min(c.due) from Card c where c.userId = :u and c.deckId = :d and c.phase = 2""",
                Instant.class).setParameter("u", user.id()).setParameter("d", settings.deckId).getSingleResult();
        if (review != null) {
            StudyDay reviewDay = dayOf(user, review);
            review = reviewDay.start().isBefore(day.end()) ? day.end() : reviewDay.start();
        }
        long newCards = em.createQuery("""
                select count(c) from Card c where c.userId = :u and c.deckId = :d and c.phase = 0""", Long.class)
                .setParameter("u", user.id()).setParameter("d", settings.deckId).getSingleResult();
        Instant newDay = newCards > 0 ? day.end() : null;
        return java.util.stream.Stream.of(learning, review, newDay).filter(java.util.Objects::nonNull)
                .min(Instant::compareTo);
    }

    /** Saves the student's settings for the deck and creates the cards of newly enabled types. */
    @Transactional
    public void saveSettings(long userId, long deckId, StudySettingsForm form) {
        DeckSettings settings = start(userId, deckId);
        NewCardOrder before = settings.newCardOrder;
        form.applyTo(settings);
        int created = createCards(userId, deckId, settings.enabledTypes(), settings.newCardOrder);
        if (created == 0 && settings.newCardOrder != before) {
            rankNewCards(userId, deckId, settings.newCardOrder);
        }
    }
}
