package app.yuedu.study;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.TestUsers.Session;
import app.yuedu.accounts.User;
import app.yuedu.articles.Note;
import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.ReviewLog;
import app.yuedu.scheduling.core.CardPhase;
import app.yuedu.scheduling.core.CardState;
import app.yuedu.study.core.ShownState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The review session over HTTP, as a browser without JavaScript uses it. */
@QuarkusTest
class StudyResourceTest {

    private static final Pattern CARD_ID = Pattern.compile("name=\"cardId\" value=\"(\\d+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern SHOWN = Pattern.compile("name=\"shown\" value=\"([^\"]+)\"");
    private static final Pattern REVIEW_ID = Pattern.compile("name=\"reviewId\" value=\"(\\d+)\"");
    private static final Pattern COUNTS = Pattern.compile(
            "count-new\">(\\d+)</span> ·\\s*<span class=\"count-learning\">(\\d+)</span> ·\\s*"
                    + "<span class=\"count-review\">(\\d+)</span>");

    @Inject
    MovableClock clock;

    @Inject
    ReviewRecorder recorder;

    @Inject
    CardAudit audit;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static long seedDeckId(Session session) {
        return session.request().get("/api/decks").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '携手构建更加紧密的中国—中亚命运共同体' }.id");
    }

    /** The card page as shown, with the ids its forms carry and the card's state as the grade form sends it. */
    record Shown(String html, long cardId, long version, String state) {
        Shown(String html, long cardId, long version) {
            this(html, cardId, version, stateOn(html));
        }

        private static String stateOn(String html) {
            Matcher m = SHOWN.matcher(html);
            assertTrue(m.find(), "the card's state in the grade form");
            return m.group(1);
        }

        int[] counts() {
            Matcher m = COUNTS.matcher(html);
            assertTrue(m.find(), "counts on the page");
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
        }

        long reviewId() {
            Matcher m = REVIEW_ID.matcher(html);
            assertTrue(m.find(), "an undo form");
            return Long.parseLong(m.group(1));
        }
    }

    static Shown show(Session session, long deck) {
        String html = session.request().get("/study/" + deck).then().statusCode(200)
                .body(containsString("name=\"rating\"")).extract().asString();
        Matcher card = CARD_ID.matcher(html);
        Matcher version = VERSION.matcher(html);
        assertTrue(card.find() && version.find(), "a card with its review token");
        return new Shown(html, Long.parseLong(card.group(1)), Long.parseLong(version.group(1)));
    }

    static void grade(Session session, long deck, Shown shown, int rating) {
        session.form().formParam("cardId", shown.cardId).formParam("version", shown.version)
                .formParam("shown", shown.state).formParam("rating", rating).formParam("timeMs", 1234)
                .post("/study/" + deck + "/grade").then().statusCode(303)
                .header("Location", endsWith("/study/" + deck));
    }

    @Test
    void firstCardRevealGradeNextAndUndo() {
        Session s = TestUsers.signIn("study-flow");
        long deck = seedDeckId(s);
        Shown first = show(s, deck);
        // The front: the word, the answer hidden (no JavaScript needed to reveal it through the link)
        assertTrue(first.html.contains("<section class=\"back\" id=\"back\" aria-label=\"Answer\" hidden>"));
        assertTrue(first.html.contains("What does this word mean?"));
        assertEquals(20, first.counts()[0], "20 new cards a day by default");
        // The reveal link shows the same card with its back
        s.request().get("/study/" + deck + "?card=" + first.cardId + "&reveal=true").then().statusCode(200)
                .body(not(containsString("aria-label=\"Answer\" hidden")))
                .body(containsString("name=\"cardId\" value=\"" + first.cardId + "\""))
                .body(containsString("<ruby>"))
                .body(containsString("class=\"w target\""))
                .body(containsString("/articles/"))
                .body(containsString("<span class=\"interval\">1m</span> Again")).body(containsString("Again"));

        grade(s, deck, first, 3);
        Shown second = show(s, deck);
        assertNotEquals(first.cardId, second.cardId, "the next card");
        assertEquals(19, second.counts()[0]);
        assertEquals(1, second.counts()[1], "the first card is learning now (due in 10m, within learn-ahead)");

        // Undo: the first card is back as it was, the log entry gone
        s.form().formParam("reviewId", second.reviewId()).post("/study/" + deck + "/undo").then().statusCode(303);
        Shown again = show(s, deck);
        assertEquals(first.cardId, again.cardId);
        assertEquals(20, again.counts()[0]);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, ReviewLog.count("cardId", first.cardId));
            Card card = Card.findById(first.cardId);
            assertEquals(0, card.phase);
            assertEquals(0, card.reps);
        });
    }

    /** The grade form's copy of the card's state is never trusted: a forged one gets the stored card graded. */
    @Test
    void aForgedShownStateGradesTheStoredCard() {
        Session s = TestUsers.signIn("study-forged");
        long deck = seedDeckId(s);
        Shown shown = show(s, deck);
        ShownState real = ShownState.parse(shown.state).orElseThrow();
        Instant due = real.state().due();
        CardState forged = new CardState(due, 3650, 1, 0, 3650, 0, 5, 0, CardPhase.REVIEW,
                due.minus(Duration.ofDays(3650)));
        grade(s, deck, new Shown(shown.html, shown.cardId, shown.version,
                new ShownState(forged, real.desiredRetention()).encode()), 3);
        QuarkusTransaction.requiringNew().run(() -> {
            List<ReviewLog> logs = ReviewLog.list("cardId", shown.cardId);
            assertEquals(1, logs.size());
            assertEquals(CardPhase.NEW.value(), logs.get(0).before.phase, "the stored new card, not the forged one");
            assertEquals(CardPhase.LEARNING.value(), logs.get(0).after.phase);
            Card card = Card.findById(shown.cardId);
            assertEquals(1, card.reps);
        });
    }

    @Test
    void doubleSubmitRecordsOneReview() {
        Session s = TestUsers.signIn("study-double");
        long deck = seedDeckId(s);
        Shown shown = show(s, deck);
        grade(s, deck, shown, 3);
        grade(s, deck, shown, 3);
        grade(s, deck, shown, 1);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(1, ReviewLog.count("cardId", shown.cardId));
            Card card = Card.findById(shown.cardId);
            assertEquals(1, card.reps);
        });
        // A resent undo form undoes once
        long reviewId = show(s, deck).reviewId();
        s.form().formParam("reviewId", reviewId).post("/study/" + deck + "/undo").then().statusCode(303);
        s.form().formParam("reviewId", reviewId).post("/study/" + deck + "/undo").then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(0, ReviewLog.count("cardId", shown.cardId)));
    }

    @Test
    void newCardLimitAndDayRolloverAtFourInTheMorning() {
        Session s = TestUsers.signIn("study-limits");
        long deck = seedDeckId(s);
        // Start at 10:00 Shanghai time (the test users' zone) so the session stays on one study day
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.now(shanghai).plusDays(1);
        clock.setTo(today.atTime(10, 0).atZone(shanghai).toInstant());
        s.form().formParam("retention", "0.9").formParam("newPerDay", "3").formParam("reviewsPerDay", "200")
                .formParam("order", "ARTICLE").formParam("recognition", "on").formParam("recall", "on")
                .post("/study/" + deck + "/settings").then().statusCode(303);
        for (int i = 0; i < 3; i++) {
            Shown shown = show(s, deck);
            assertEquals(3 - i, shown.counts()[0]);
            grade(s, deck, shown, 4); // Easy: straight to review, due in days
        }
        String done = s.request().get("/study/" + deck).then().statusCode(200).extract().asString();
        assertTrue(done.contains("Done for today"), "three new cards a day, then done");
        assertTrue(done.contains("The next card is due in"));

        // 03:59 the next morning is still the same study day
        clock.setTo(today.plusDays(1).atTime(3, 59).atZone(shanghai).toInstant());
        s.request().get("/study/" + deck).then().statusCode(200).body(containsString("Done for today"));
        // 04:00: a new day, three new cards again, and the siblings of yesterday's cards may come now
        clock.setTo(today.plusDays(1).atTime(4, 0).atZone(shanghai).toInstant());
        Shown nextDay = show(s, deck);
        assertEquals(3, nextDay.counts()[0]);
    }

    @Test
    void newCardsComeInTheOrderTheStudentChose() {
        Session s = TestUsers.signIn("study-order");
        long deck = seedDeckId(s);
        // The deck's learnable notes by each order's keys, the note id last (NewCardOrder).
        List<Note> notes = QuarkusTransaction.requiringNew().call(
                () -> Note.<Note>list("deck.id = ?1 and knownByDefault = false", deck));
        Comparator<Note> byId = Comparator.comparingLong(note -> note.id);
        Map<String, Comparator<Note>> orders = new LinkedHashMap<>();
        orders.put("FREQUENCY", Comparator.<Note>comparingInt(note -> note.frequencyRank)
                .thenComparingInt(note -> note.firstPosition).thenComparing(byId));
        orders.put("HSK", Comparator.<Note>comparingInt(note -> note.hskLevel == 0 ? 99 : note.hskLevel)
                .thenComparingInt(note -> note.frequencyRank).thenComparing(byId));
        orders.put("ARTICLE", Comparator.<Note>comparingInt(note -> note.firstPosition).thenComparing(byId));
        assertEquals(notes.stream().sorted(orders.get("ARTICLE")).findFirst().orElseThrow().id,
                noteOf(show(s, deck).cardId), "article order by default");
        Map<Long, Integer> introduced = new HashMap<>();
        Instant day = Instant.now();
        for (Map.Entry<String, Comparator<Note>> order : orders.entrySet()) {
            // A new day for each order: yesterday's siblings are no longer buried, the daily limit starts again.
            day = day.plus(Duration.ofDays(1));
            clock.setTo(day);
            s.form().formParam("retention", "0.9").formParam("newPerDay", "20").formParam("reviewsPerDay", "200")
                    .formParam("order", order.getKey()).formParam("recognition", "on").formParam("recall", "on")
                    .post("/study/" + deck + "/settings").then().statusCode(303);
            Set<Long> today = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                // The first note in the order with a card not yet introduced, and no sibling introduced today.
                long expected = notes.stream().sorted(order.getValue()).map(note -> note.id)
                        .filter(note -> introduced.getOrDefault(note, 0) < 2 && !today.contains(note))
                        .findFirst().orElseThrow();
                Shown shown = show(s, deck);
                assertEquals(expected, noteOf(shown.cardId), order.getKey() + " order, new card " + (i + 1));
                grade(s, deck, shown, 4); // Easy: on to review, due days later
                introduced.merge(expected, 1, Integer::sum);
                today.add(expected);
            }
        }
    }

    /** The note of a card. */
    private static long noteOf(long cardId) {
        return QuarkusTransaction.requiringNew().call(() -> Card.<Card>findById(cardId).noteId);
    }

    @Test
    void siblingsAreNotIntroducedOnTheSameDay() {
        Session s = TestUsers.signIn("study-siblings");
        long deck = seedDeckId(s);
        Shown first = show(s, deck);
        grade(s, deck, first, 4);
        Shown second = show(s, deck);
        QuarkusTransaction.requiringNew().run(() -> {
            Card a = Card.findById(first.cardId);
            Card b = Card.findById(second.cardId);
            assertNotEquals(a.noteId, b.noteId, "the recall card of the first note waits for another day");
        });
    }

    @Test
    void dueReviewsComeLeastRetrievableFirstAndTheCountStopsAtTheDailyLimit() {
        Session s = TestUsers.signIn("study-retrievability");
        long deck = seedDeckId(s);
        show(s, deck); // creates the student's cards
        Instant now = clock.instant();
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            long userId = User.findByUsername("study-retrievability").orElseThrow().id;
            List<Card> cards = Card.<Card>find("userId = ?1 and deckId = ?2 order by id", userId, deck).page(0, 3).list();
            // By due date A comes first; by probability of recall B (5 days on a stability of 1) is the weakest,
            // then C (3 days on 2), then A (20 days on 100).
            review(cards.get(0), now.minus(Duration.ofDays(20)), 100, now.minus(Duration.ofDays(10)));
            review(cards.get(1), now.minus(Duration.ofDays(5)), 1, now.minus(Duration.ofHours(1)));
            review(cards.get(2), now.minus(Duration.ofDays(3)), 2, now.minus(Duration.ofDays(2)));
            return cards.stream().map(card -> card.id).toList();
        });
        Shown shown = show(s, deck);
        assertEquals(ids.get(1), shown.cardId, "the least retrievable review, not the earliest due");
        assertEquals(3, shown.counts()[2]);

        QuarkusTransaction.requiringNew().run(() -> {
            DeckSettings settings = DeckSettings.find("deckId = ?1 and userId = (select u.id from User u "
                    + "where u.username = ?2)", deck, "study-retrievability").firstResult();
            settings.reviewsPerDay = 2;
        });
        assertEquals(2, show(s, deck).counts()[2], "the review count shown stops at the daily limit");
        grade(s, deck, show(s, deck), 3);
        Shown next = show(s, deck);
        assertEquals(ids.get(2), next.cardId, "then the next least retrievable");
        assertEquals(1, next.counts()[2]);

        // A limit above the window of due reviews the queue orders (DeckStudy.REVIEW_WINDOW) still counts them all.
        QuarkusTransaction.requiringNew().run(() -> {
            DeckSettings settings = DeckSettings.find("deckId = ?1 and userId = (select u.id from User u "
                    + "where u.username = ?2)", deck, "study-retrievability").firstResult();
            settings.reviewsPerDay = DeckStudy.REVIEW_WINDOW + 1;
        });
        Shown aboveWindow = show(s, deck);
        assertEquals(ids.get(2), aboveWindow.cardId);
        assertEquals(2, aboveWindow.counts()[2], "both reviews still due, well under the limit");
    }

    @Test
    void inABacklogTheWeakestMemoryComesFirstThoughOthersAreDueEarlier() {
        Session s = TestUsers.signIn("study-backlog");
        long deck = seedDeckId(s);
        show(s, deck); // creates the student's cards
        int earliest = DeckStudy.REVIEW_WINDOW;
        int backlog = DeckStudy.REVIEW_WINDOW + DeckStudy.WEAKEST_WINDOW + 2;
        Instant now = clock.instant();
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            long userId = User.findByUsername("study-backlog").orElseThrow().id;
            List<Card> cards = Card.<Card>find("userId = ?1 and deckId = ?2 order by id", userId, deck)
                    .page(0, backlog).list();
            assertEquals(backlog, cards.size(), "the seed deck has cards enough for the backlog");
            // Due a minute apart in id order, all 10 days on a stability of 10, but for one due after the earliest
            // the queue reads by due date: 10 days on 1, the least retrievable of all.
            for (int i = 0; i < cards.size(); i++) {
                review(cards.get(i), now.minus(Duration.ofDays(10)), i == earliest + 1 ? 1 : 10,
                        now.minus(Duration.ofMinutes(backlog - i)));
            }
            return cards.stream().map(card -> card.id).toList();
        });
        Shown first = show(s, deck);
        assertEquals(ids.get(earliest + 1), first.cardId, "the weakest memory, not one of the earliest due");
        assertEquals(backlog, first.counts()[2], "every due review counted, up to the daily limit");
        grade(s, deck, first, 3);
        Shown second = show(s, deck);
        assertEquals(ids.get(0), second.cardId, "then, among equally retrievable reviews, the earliest due");
        assertEquals(backlog - 1, second.counts()[2]);
    }

    private static void review(Card card, Instant lastReview, double stability, Instant due) {
        card.phase = 2;
        card.reps = 3;
        card.stability = stability;
        card.difficulty = 5;
        card.lastReview = lastReview;
        card.scheduledDays = (int) Math.max(1, Duration.between(lastReview, due).toDays());
        card.due = due;
    }

    @Test
    void aFirstVisitFromSeveralRequestsAtOnceCreatesOneSetOfCards() throws Exception {
        Session s = TestUsers.signIn("study-race");
        long deck = seedDeckId(s);
        int requests = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(requests);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < requests; i++) {
                statuses.add(pool.submit(() -> {
                    go.await();
                    return s.request().get("/study/" + deck).statusCode();
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<Integer> status : statuses) {
                assertEquals(200, status.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            long userId = User.findByUsername("study-race").orElseThrow().id;
            assertEquals(1, DeckSettings.count("userId = ?1 and deckId = ?2", userId, deck));
            long notes = Note.count("deck.id = ?1 and knownByDefault = false", deck);
            assertEquals(2 * notes, Card.count("userId = ?1 and deckId = ?2", userId, deck),
                    "recognition and recall once per note");
        });
    }

    @Test
    void knownWordIsBuriedAndNeverNew() {
        Session s = TestUsers.signIn("study-known");
        long deck = seedDeckId(s);
        Shown first = show(s, deck);
        s.form().formParam("cardId", first.cardId).post("/study/" + deck + "/known").then().statusCode(303);
        Shown next = show(s, deck);
        QuarkusTransaction.requiringNew().run(() -> {
            Card a = Card.findById(first.cardId);
            Card b = Card.findById(next.cardId);
            assertNotEquals(a.noteId, b.noteId);
            assertEquals(1, KnownWord.count("userId = ?1 and source = ?2", a.userId, KnownWord.Source.MANUAL));
        });
        // Even on a later day, a known word's new cards are not introduced
        clock.advance(Duration.ofDays(2));
        Shown later = show(s, deck);
        assertNotEquals(first.cardId, later.cardId);
    }

    @Test
    void cardStateIsRebuiltByReplayingTheLog() {
        Session s = TestUsers.signIn("study-replay");
        long deck = seedDeckId(s);
        int[] ratings = {3, 1, 3, 3, 2, 4, 3, 1, 3};
        long cardId = -1;
        for (int rating : ratings) {
            Shown shown = show(s, deck);
            if (cardId < 0) {
                cardId = shown.cardId;
            }
            s.request().get("/study/" + deck + "?card=" + cardId).then().statusCode(200);
            Shown same = showCard(s, deck, cardId);
            grade(s, deck, same, rating);
            clock.advance(Duration.ofHours(rating == 1 ? 1 : 30));
        }
        long id = cardId;
        QuarkusTransaction.requiringNew().run(() -> {
            Card card = Card.findById(id);
            // The stored card equals the replay of its log (CardAudit, the check behind verify-cards).
            CardAudit.Report report = audit.auditUser(card.userId);
            assertEquals(List.of(), report.mismatches());
            assertEquals(ratings.length, report.reviews());
            assertEquals(ratings.length, card.reps);
            List<ReviewLog> logs = recorder.history(id);
            assertEquals(1234, logs.get(0).timeSpentMs);
        });
    }

    static Shown showCard(Session session, long deck, long cardId) {
        String html = session.request().get("/study/" + deck + "?card=" + cardId + "&reveal=true").then()
                .statusCode(200).extract().asString();
        Matcher version = VERSION.matcher(html);
        assertTrue(version.find());
        return new Shown(html, cardId, Long.parseLong(version.group(1)));
    }

    @Test
    void anotherStudentCannotSeeOrGradeYourCards() {
        Session owner = TestUsers.signIn("study-owner");
        Session other = TestUsers.signIn("study-other");
        long deck = seedDeckId(owner);
        Shown shown = show(owner, deck);
        other.request().get("/study/" + deck + "?card=" + shown.cardId + "&reveal=true").then().statusCode(404)
                .body(not(containsString(">" + shown.cardId + "<")));
        other.form().formParam("cardId", shown.cardId).formParam("version", shown.version).formParam("rating", 3)
                .formParam("shown", shown.state).post("/study/" + deck + "/grade").then().statusCode(404);
        other.form().formParam("cardId", shown.cardId).post("/study/" + deck + "/known").then().statusCode(404);
        long ownerReview;
        grade(owner, deck, shown, 3);
        ownerReview = show(owner, deck).reviewId();
        other.form().formParam("reviewId", ownerReview).post("/study/" + deck + "/undo").then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, ReviewLog.count("cardId", shown.cardId)));
        // Without the CSRF field a grade is refused
        owner.request().contentType("application/x-www-form-urlencoded").formParam("cardId", shown.cardId)
                .formParam("version", shown.version).formParam("rating", 3)
                .post("/study/" + deck + "/grade").then().statusCode(400);
    }

    @Test
    void unknownDeckAndBadGradeAreFriendlyErrors() {
        Session s = TestUsers.signIn("study-errors");
        s.request().get("/study/999999").then().statusCode(404).body(containsString("There is no deck 999999"));
        long deck = seedDeckId(s);
        s.form().formParam("cardId", 1).formParam("version", 0).formParam("rating", 7)
                .post("/study/" + deck + "/grade").then().statusCode(400).body(not(containsString("Exception")));
        io.restassured.RestAssured.given().redirects().follow(false).get("/study/" + deck).then()
                .statusCode(302);
    }

    @Test
    void settingsFormShowsErrorsAndStudyButtonsLinkHere() {
        Session s = TestUsers.signIn("study-settings");
        long deck = seedDeckId(s);
        s.form().formParam("retention", "2").formParam("newPerDay", "x").formParam("reviewsPerDay", "200")
                .formParam("order", "ARTICLE").post("/study/" + deck + "/settings").then().statusCode(400)
                .body(containsString("Desired retention is a number"))
                .body(containsString("New cards per day is a whole number"))
                .body(containsString("Enable at least one card type"));
        s.request().get("/decks/" + deck).then().statusCode(200).body(containsString("href=\"/study/" + deck + "\""));
        s.request().get("/decks").then().statusCode(200).body(containsString("href=\"/study/" + deck + "\""));
    }

    @Test
    void clozeCardsBlankTheWordInItsSentence() {
        Session s = TestUsers.signIn("study-cloze");
        long deck = seedDeckId(s);
        s.form().formParam("retention", "0.9").formParam("newPerDay", "20").formParam("reviewsPerDay", "200")
                .formParam("order", "FREQUENCY").formParam("cloze", "on")
                .post("/study/" + deck + "/settings").then().statusCode(303);
        Shown shown = show(s, deck);
        assertTrue(shown.html.contains("Which word fills the gap?"));
        assertTrue(shown.html.contains("<span class=\"blank\">＿＿</span>"));
    }

    @Test
    void traditionalScriptAndToneColoursFollowTheUserSettings() {
        Session s = TestUsers.signIn("study-traditional");
        long deck = seedDeckId(s);
        String before = show(s, deck).html;
        assertTrue(before.contains("class=\"study zh-page tones\""), "tone colours on by default");
        s.form().formParam("script", "TRADITIONAL").formParam("timeZone", "Asia/Shanghai")
                .post("/account").then().statusCode(303);
        // Study a word whose traditional form differs: 这 / 這 is common in any Chinese text
        s.form().formParam("retention", "0.9").formParam("newPerDay", "20").formParam("reviewsPerDay", "200")
                .formParam("order", "FREQUENCY").formParam("recognition", "on")
                .post("/study/" + deck + "/settings").then().statusCode(303);
        String after = show(s, deck).html;
        assertTrue(after.contains("class=\"study zh-page\""), "tone colours off");
        Matcher word = Pattern.compile("<p class=\"big-word zh\" lang=\"zh\">([^<]+)</p>").matcher(after);
        assertTrue(word.find());
        String front = word.group(1);
        long cardId = show(s, deck).cardId;
        QuarkusTransaction.requiringNew().run(() -> {
            Card card = Card.findById(cardId);
            Note note = Note.findById(card.noteId);
            assertEquals(note.traditional, front, "the front is in traditional characters");
            if (!note.traditional.equals(note.word)) {
                assertTrue(after.contains(note.word + "<span class=\"trad-form\">（" + note.traditional + "）"),
                        "both forms on the back");
            }
        });
    }
}
