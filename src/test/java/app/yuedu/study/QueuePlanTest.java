package app.yuedu.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The study statements, as the app sends them to PostgreSQL, read the students' tables through ranges of indexes:
 * the plan PostgreSQL makes for them (the generic plan, which the app's connections always use) reads no card,
 * review or known word by a sequential scan and no index without an index condition, for a student with 20,000
 * cards, a review history and a few cards in every phase. The weakest-review list comes from ix_card_weakest, a
 * partial index that PostgreSQL can only use when the statement repeats its condition, and the new cards in the
 * student's order from ix_card_new. A grade's statements find the card by its key. Each is checked for a student
 * alone, in a class, and on a large database ({@link Population}). Everything the test writes is rolled back.
 */
@QuarkusTest
class QueuePlanTest {

    private static final long USER = 8_800_001L;
    private static final long DECK = 8_800_001L;
    private static final long IDS = 8_800_000_000L;
    private static final int NOTES = 10_000;
    private static final int CLASSMATE_CARDS = 100;

    /**
     * The tables of the students' own data, which grow with every student and grade. Notes grow with articles only;
     * with few of them the planner may rightly read them whole rather than look each up (a plan it drops as they
     * grow, see the connection pool's max lifetime in application.properties).
     */
    private static final Set<String> STUDENT_TABLES = Set.of("card", "review_log", "known_word");

    @Inject
    AgroalDataSource dataSource;

    /**
     * Who shares the database with the student, as the generic plan sees it: it estimates a student's rows of a deck
     * from how many students and decks the statistics count.
     */
    enum Population {
        /**
         * The student alone: every row of card and review_log is theirs. Before 27 Nov 2026 the plans depended on
         * it: the capped counts (reviews due, reviews done today) read the table in physical order until the cap,
         * which with one student looked cheap to the planner and read the whole table whenever fewer rows matched.
         */
        ALONE(0),
        /**
         * 200 classmates with 100 cards each of the same deck. Alone or in a class, the new-card checks read every
         * student's cards of a note and kept the student's until V13 put the student in ix_card_note.
         */
        CLASS(200),
        /**
         * A large database, in its statistics only (nothing more is inserted): a student has about 1,000 rows of
         * each table, and the database holds 1,000 decks, so a student's rows of one deck are expected to be one
         * (the planner multiplies the two conditions' shares). With one row expected, reading a student's reviews
         * of the deck in any order and sorting them looks as cheap as reading them in the order wanted; until 27
         * Nov 2026 (migration V13) the planner took that path for the review undo would remove, and every study
         * page sorted all the student's reviews of the deck (12 ms after 36,000). It also read the learning cards
         * by due date alone, filtering the phase: every overdue review of the deck.
         */
        LARGE_DATABASE(0);

        final int classmates;

        Population(int classmates) {
            this.classmates = classmates;
        }
    }

    @ParameterizedTest
    @EnumSource(Population.class)
    void everyStudyStatementReadsTheStudentsTablesThroughIndexRanges(Population population) throws Exception {
        Assumptions.assumeTrue("postgresql".equals(
                        ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class)),
                "PostgreSQL only: the plans checked are PostgreSQL's");
        Map<String, String> statements = new LinkedHashMap<>();
        statements.put("study page", DeckStudy.openSql(false));
        statements.put("study page, access known", DeckStudy.openSql(true));
        // The queue statement's other shapes (the student's order of new cards is in the cards, not the text).
        statements.put("queue, all card types", DeckStudy.queueSql(settings(true, true, true)));
        statements.put("queue, cloze only", DeckStudy.queueSql(settings(false, false, true)));
        statements.put("queue, recall only", DeckStudy.queueSql(settings(false, true, false)));
        // The grade's statements write one card and one review, found by key; checked for the guard's reads.
        Map<String, String> grades = new LinkedHashMap<>();
        grades.put("grade from the page", OneStatementGrade.gradeShownSql(false));
        grades.put("grade from the page, access known", OneStatementGrade.gradeShownSql(true));
        grades.put("grade after a read", OneStatementGrade.gradeSql());

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                // Settings set with "local" end with the transaction, so the pooled connection goes back as it was.
                sql.execute("set local plan_cache_mode = force_generic_plan");
                fillStudent(sql, population);
                for (Map.Entry<String, String> statement : statements.entrySet()) {
                    Set<String> indexes = indexesReadInRanges(sql, statement.getKey(), statement.getValue());
                    assertTrue(indexes.containsAll(List.of("ix_card_queue", "ix_card_weakest", "ix_card_new")),
                            statement.getKey() + " reads the queue's indexes, but read " + indexes);
                }
                for (Map.Entry<String, String> statement : grades.entrySet()) {
                    Set<String> indexes = indexesReadInRanges(sql, statement.getKey(), statement.getValue());
                    assertTrue(indexes.contains("card_pkey"),
                            statement.getKey() + " finds the card by its key, but read " + indexes);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /** The indexes the statement's generic plan reads, after asserting that it reads them all as ranges. */
    private static Set<String> indexesReadInRanges(Statement sql, String name, String namedSql) throws Exception {
        List<String> problems = new ArrayList<>();
        TreeSet<String> indexes = new TreeSet<>();
        walk(genericPlan(sql, namedSql), problems, indexes);
        assertEquals(List.of(), problems, name + ": reads that are not index ranges");
        return indexes;
    }

    private static DeckSettings settings(boolean recognition, boolean recall, boolean cloze) {
        DeckSettings settings = new DeckSettings();
        settings.recognition = recognition;
        settings.recall = recall;
        settings.cloze = cloze;
        return settings;
    }

    /**
     * A student with a large deck of the seed article: two review cards per note, about 3% of them due today, with
     * stabilities from 1 to 90 days (a third under the weakest index's 30); a few notes' cards in learning,
     * relearning and new; a review of every card in the last 30 days. Beside them, classmates with 100 cards each of
     * the same deck, as many as the population has. Then fresh statistics, as after a bulk load, and for a large
     * database the number of students and decks it would count (ALTER TABLE is rolled back with the rest).
     */
    private static void fillStudent(Statement sql, Population population) throws SQLException {
        int classmates = population.classmates;
        sql.execute("insert into app_user (id, username, password_hash, role, display_name, time_zone, script,"
                + " tone_colours, created_at) values (" + USER + ", 'plan-check', 'x', 'student', 'Plan check', 'UTC',"
                + " 'SIMPLIFIED', true, now())");
        sql.execute("insert into deck (id, article_id, name, created_at, open_to_all)"
                + " select " + DECK + ", min(id), 'Plan check', now(), false from article");
        sql.execute("insert into note (id, deck_id, word, traditional, pinyin, glosses, classifiers, char_hint,"
                + " in_dictionary, proper_noun, known_by_default, hsk_level, frequency_rank, article_count,"
                + " first_position, example_sentence_id)"
                + " select " + IDS + " + i, " + DECK + ", 'w' || i, 'w' || i, 'ni3', 'gloss', '', null, true, false,"
                + " false, i % 7, i, 1, i, (select min(id) from sentence) from generate_series(0, " + (NOTES - 1)
                + ") as i");
        sql.execute("insert into deck_settings (id, user_id, deck_id, desired_retention, new_per_day,"
                + " reviews_per_day, new_card_order, recognition, recall, cloze, created_at) values (" + IDS + ", "
                + USER + ", " + DECK + ", 0.9, 20, 200, 'ARTICLE', true, true, false, now())");
        // Card k: note k / 2, recognition or recall by parity; phase 2 (review) but for the last notes: learning,
        // relearning and new.
        sql.execute("insert into card (id, user_id, deck_id, note_id, card_type, phase, due, stability, difficulty,"
                + " elapsed_days, scheduled_days, learning_step, reps, lapses, last_review, buried_until, version)"
                + " select " + IDS + " + k, " + USER + ", " + DECK + ", " + IDS + " + k / 2,"
                + " case when k % 2 = 0 then 'RECOGNITION' else 'RECALL' end,"
                + " case when k < " + (2 * NOTES - 300) + " then 2 when k < " + (2 * NOTES - 200) + " then 1"
                + " when k < " + (2 * NOTES - 100) + " then 3 else 0 end,"
                + " now() - (1 + k % 30) * interval '1 day' + (1 + (k * 7919) % 90) * interval '1 day',"
                + " 1 + (k * 7919) % 90, 5, 0, 1 + (k * 7919) % 90, 0, 3, 0, now() - (1 + k % 30) * interval '1 day',"
                + " null, 0 from generate_series(0, " + (2 * NOTES - 1) + ") as k");
        // Classmates with a small share of the deck each: the generic plan estimates a student's rows from how many
        // students there are, and with one student it rightly reads the whole table.
        sql.execute("insert into app_user (id, username, password_hash, role, display_name, time_zone, script,"
                + " tone_colours, created_at) select " + USER + " + i, 'plan-check-' || i, 'x', 'student', 'Mate',"
                + " 'UTC', 'SIMPLIFIED', true, now() from generate_series(1, " + classmates + ") as i");
        sql.execute("insert into card (id, user_id, deck_id, note_id, card_type, phase, due, stability, difficulty,"
                + " elapsed_days, scheduled_days, learning_step, reps, lapses, last_review, buried_until, version)"
                + " select " + (IDS + 2 * NOTES) + " + i * " + NOTES + " + k, " + USER + " + i, " + DECK + ", " + IDS
                + " + k, 'RECOGNITION', 2, now() + (k % 9) * interval '1 day', 1 + k % 40, 5, 0, 1, 0, 3, 0, now()"
                + " - interval '1 day', null, 0 from generate_series(1, " + classmates + ") as i,"
                + " generate_series(0, " + (CLASSMATE_CARDS - 1) + ") as k");
        sql.execute("insert into review_log (id, user_id, deck_id, card_id, rating, reviewed_at, elapsed_days,"
                + " time_spent_ms, desired_retention, before_phase, before_due, before_stability, before_difficulty,"
                + " before_elapsed_days, before_scheduled_days, before_learning_step, before_reps, before_lapses,"
                + " before_last_review, after_phase, after_due, after_stability, after_difficulty, after_elapsed_days,"
                + " after_scheduled_days, after_learning_step, after_reps, after_lapses, after_last_review)"
                + " select id, user_id, deck_id, id, 3, last_review, 0, 5000, 0.9, 2, last_review, 1, 5, 0, 0, 0, 2,"
                + " 0, null, phase, due, stability, difficulty, 0, 0, 0, 3, 0, last_review from card"
                + " where deck_id = " + DECK);
        if (population == Population.LARGE_DATABASE) {
            for (String table : List.of("card", "review_log")) {
                // A negative n_distinct is a share of the rows: a thousandth, about 1,000 rows per student.
                sql.execute("alter table " + table + " alter column user_id set (n_distinct = -0.001)");
                sql.execute("alter table " + table + " alter column deck_id set (n_distinct = 1000)");
            }
        }
        sql.execute("analyze card");
        sql.execute("analyze note");
        sql.execute("analyze review_log");
    }

    /**
     * The statement's generic plan, as JSON: prepared with its parameters (PostgreSQL infers their types), then
     * explained with values for this student and a time of day.
     */
    private static JsonNode genericPlan(Statement sql, String namedSql) throws Exception {
        NamedStatement statement = NamedStatement.parse(namedSql);
        StringBuilder numbered = new StringBuilder();
        int position = 0;
        for (char c : statement.sql().toCharArray()) {
            numbered.append(c == '?' ? "$" + ++position : String.valueOf(c));
        }
        assertEquals(statement.parameters().size(), position, "a ? in the statement's text that is no parameter");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("u", String.valueOf(USER));
        values.put("d", String.valueOf(DECK));
        values.put("now", timestamp(now));
        values.put("ahead", timestamp(now.plus(DeckStudy.LEARN_AHEAD)));
        values.put("dayStart", timestamp(now.truncatedTo(ChronoUnit.DAYS)));
        values.put("dayEnd", timestamp(now.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS)));
        values.put("stable", "21.0");
        values.put("name", "'plan-check'");
        values.put("role", "'student'");
        values.put("zone", "'UTC'");
        values.put("script", "'SIMPLIFIED'");
        values.put("tones", "true");
        values.put("shownAs", "'Plan check'");
        // A grade's values: the card, its states before and after, the review. Each literal takes the type
        // PostgreSQL inferred for its parameter; the statements are only planned, never run.
        values.put("card", String.valueOf(IDS));
        values.put("version", "0");
        values.put("rating", "3");
        values.put("elapsed", "1");
        values.put("time_spent", "1500");
        values.put("retention", "0.9");
        values.put("reviewed_at", timestamp(now));
        for (String state : List.of("b_", "a_")) {
            for (String number : List.of("phase", "stability", "difficulty", "elapsed", "scheduled", "step", "reps",
                    "lapses")) {
                values.put(state + number, "'1'");
            }
            values.put(state + "due", timestamp(now));
            values.put(state + "last_review", timestamp(now));
        }
        String arguments = statement.parameters().stream().map(name -> {
            assertTrue(values.containsKey(name), "no test value for :" + name);
            return values.get(name);
        }).collect(Collectors.joining(", "));
        sql.execute("prepare plan_check as " + numbered);
        try (ResultSet plan = sql.executeQuery("explain (format json) execute plan_check(" + arguments + ")")) {
            plan.next();
            return new ObjectMapper().readTree(plan.getString(1)).get(0).get("Plan");
        } finally {
            sql.execute("deallocate plan_check");
        }
    }

    private static String timestamp(Instant instant) {
        return "'" + LocalDateTime.ofInstant(instant, ZoneOffset.UTC) + "'";
    }

    /**
     * Every node of the plan: a sequential scan of a student table, an index scan without a condition, a scan of cards
     * that filters on the student or the phase, or a sort of reviews, is a problem. Each review the queue needs (the
     * last one, today's up to a limit) is at the start of an index range in the order wanted; a sort reads every
     * review of the range first, and a student's reviews only grow.
     */
    private static void walk(JsonNode node, List<String> problems, TreeSet<String> indexes) {
        String type = node.path("Node Type").asText();
        String relation = node.path("Relation Name").asText();
        if (type.equals("Seq Scan") && STUDENT_TABLES.contains(relation)) {
            problems.add("sequential scan of " + relation);
        }
        if (type.endsWith("Sort") && reads(node, "review_log")) {
            problems.add(type + " of reviews (" + node.path("Sort Key") + ")");
        }
        // Card rows filtered on the student or the phase come from a range that holds other students' cards or
        // cards of other phases: a classmate's card of the same note, every overdue review to find the learning ones.
        // But for the primary key: one card, whose conditions are checked on it (a grade's guard).
        String filter = node.path("Filter").asText();
        if (relation.equals("card") && node.has("Index Name") && !node.get("Index Name").asText().equals("card_pkey")
                && (filter.contains("user_id") || filter.contains("phase"))) {
            problems.add(type + " of " + node.get("Index Name").asText() + " filtering " + filter);
        }
        if (node.has("Index Name")) {
            indexes.add(node.get("Index Name").asText());
            if (!node.has("Index Cond")) {
                problems.add(type + " of " + node.get("Index Name").asText() + " without an index condition");
            }
        }
        for (JsonNode child : node.path("Plans")) {
            walk(child, problems, indexes);
        }
    }

    /** Whether the plan below this node reads the table. */
    private static boolean reads(JsonNode node, String table) {
        if (table.equals(node.path("Relation Name").asText())) {
            return true;
        }
        for (JsonNode child : node.path("Plans")) {
            if (reads(child, table)) {
                return true;
            }
        }
        return false;
    }
}
