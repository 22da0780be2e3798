package app.yuedu.classes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.SchoolClass;
import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.TestUsers.Session;
import app.yuedu.articles.ArticleIngestion;
import app.yuedu.articles.DeckAssignments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may open which page and send which form: anonymous visitors, a student of the class, a student of another
 * class, the class's teacher, another teacher and the admin, tried with real ids.
 */
@QuarkusTest
class AccessMatrixTest {

    static final String ARTICLE = "<script>alert('xss')</script>同学们在学校学习中文。老师说，读文章是学习词语的好办法。编号9001";

    @Inject
    ArticleIngestion ingestion;

    @Inject
    DeckAssignments assignments;

    Session teacher;
    Session otherTeacher;
    Session member;
    Session outsider;
    Session admin;
    long classId;
    long otherClassId;
    long deckId;
    long articleId;

    @BeforeEach
    void classWithADeck() {
        admin = TestUsers.signIn(TestUsers.ADMIN);
        teacher = ClassFixtures.teacher("matrix-teacher");
        otherTeacher = ClassFixtures.teacher("matrix-other-teacher");
        member = TestUsers.signIn("matrix-member");
        outsider = TestUsers.signIn("matrix-outsider");
        classId = ClassFixtures.createClass(teacher, "Matrix class");
        otherClassId = ClassFixtures.createClass(otherTeacher, "Other class");
        ClassFixtures.join(member, teacher, classId);
        ClassFixtures.join(outsider, otherTeacher, otherClassId);
        ArticleIngestion.Ingested deck = ingestion.ingest(ARTICLE, null, "test", SchoolClass.scopeKey(classId),
                ClassFixtures.userId("matrix-teacher"));
        deckId = deck.deckId();
        articleId = deck.articleId();
        assignments.assign(deckId, List.of(classId), ClassFixtures.userId("matrix-teacher"));
    }

    enum Who { ANONYMOUS, MEMBER, OUTSIDER, TEACHER, OTHER_TEACHER, ADMIN }

    Response get(Who who, String path) {
        return who == Who.ANONYMOUS ? RestAssured.given().redirects().follow(false).get(path)
                : session(who).request().get(path);
    }

    Session session(Who who) {
        return switch (who) {
            case MEMBER -> member;
            case OUTSIDER -> outsider;
            case TEACHER -> teacher;
            case OTHER_TEACHER -> otherTeacher;
            case ADMIN -> admin;
            case ANONYMOUS -> throw new IllegalArgumentException();
        };
    }

    @Test
    void everyPageAnswersEachVisitorAsExpected() {
        Map<String, int[]> expected = new LinkedHashMap<>();
        // ANONYMOUS, MEMBER, OUTSIDER, TEACHER, OTHER_TEACHER, ADMIN
        expected.put("/classes", new int[] {302, 200, 200, 200, 200, 200});
        expected.put("/classes/" + classId, new int[] {302, 200, 404, 200, 404, 200});
        expected.put("/decks", new int[] {302, 200, 200, 200, 200, 200});
        expected.put("/decks/" + deckId, new int[] {302, 200, 404, 200, 404, 200});
        expected.put("/articles/" + articleId, new int[] {302, 200, 404, 200, 404, 200});
        expected.put("/study/" + deckId, new int[] {302, 200, 404, 200, 404, 200});
        expected.put("/study/" + deckId + "/settings", new int[] {302, 200, 404, 200, 404, 200});
        // The JSON API answers 401 instead of sending API clients to the sign-in page
        expected.put("/api/decks/" + deckId + "/notes", new int[] {401, 200, 404, 200, 404, 200});
        expected.put("/api/articles/" + articleId, new int[] {401, 200, 404, 200, 404, 200});
        expected.put("/uploads/new", new int[] {302, 403, 403, 200, 200, 200});
        expected.put("/admin/users", new int[] {302, 403, 403, 403, 403, 200});
        expected.put("/account", new int[] {302, 200, 200, 200, 200, 200});
        List<String> failures = new java.util.ArrayList<>();
        for (Map.Entry<String, int[]> page : expected.entrySet()) {
            for (Who who : Who.values()) {
                int status = get(who, page.getKey()).statusCode();
                if (status != page.getValue()[who.ordinal()]) {
                    failures.add(who + " " + page.getKey() + ": " + status + " instead of "
                            + page.getValue()[who.ordinal()]);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void knownWordFormsNeedADeckTheStudentMaySee() {
        long noteId = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                app.yuedu.articles.Note.<app.yuedu.articles.Note>find("deck.id", deckId).firstResult().id);
        RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("level", "1").post("/study/" + deckId + "/known/hsk").then().statusCode(302);
        outsider.form().redirects().follow(false).formParam("level", "6").post("/study/" + deckId + "/known/hsk")
                .then().statusCode(404);
        outsider.form().redirects().follow(false).formParam("noteId", noteId).formParam("known", "true")
                .post("/study/" + deckId + "/known/word").then().statusCode(404);
        member.form().redirects().follow(false).formParam("noteId", noteId).formParam("known", "true")
                .post("/study/" + deckId + "/known/word").then().statusCode(303);
        // A note of this deck cannot be marked through another deck's address.
        long seedDeck = member.request().get("/api/decks").then().extract().jsonPath()
                .getLong("find { it.name == '携手构建更加紧密的中国—中亚命运共同体' }.id");
        outsider.form().redirects().follow(false).formParam("noteId", noteId).formParam("known", "true")
                .post("/study/" + seedDeck + "/known/word").then().statusCode(404);
    }

    @Test
    void theStudyPageLetsInEveryoneTheAccessRuleDoes() {
        // The study page checks access in its own SQL statement (DeckAccess.VISIBLE_SQL): each way in, on its own.
        // A deck uploaded by another teacher and assigned to this class: its uploader, the class's teacher (not the
        // uploader) and the class's student may study it; a student of another class may not.
        ArticleIngestion.Ingested assigned = ingestion.ingest("朋友们在图书馆读报纸。编号9002", null, "test",
                SchoolClass.scopeKey(otherClassId), ClassFixtures.userId("matrix-other-teacher"));
        assignments.assign(assigned.deckId(), List.of(classId), ClassFixtures.userId("matrix-other-teacher"));
        String page = "/study/" + assigned.deckId();
        assertEquals(200, otherTeacher.request().get(page).statusCode(), "uploader");
        assertEquals(200, teacher.request().get(page).statusCode(), "teacher of an assigned class");
        assertEquals(200, member.request().get(page).statusCode(), "student of an assigned class");
        assertEquals(404, outsider.request().get(page).statusCode(), "student of another class");
        assertEquals(200, admin.request().get(page).statusCode(), "admin");
        // A seed deck: everyone signed in.
        long seedDeck = outsider.request().get("/api/decks").then().extract().jsonPath()
                .getLong("find { it.name == '携手构建更加紧密的中国—中亚命运共同体' }.id");
        assertEquals(200, outsider.request().get("/study/" + seedDeck).statusCode(), "seed deck");
        assertEquals(404, outsider.request().get("/study/987654321").statusCode(), "no such deck");
    }

    @Test
    void anUploadWhoseSourceReadsLikeASeedStaysWithItsClass() {
        // The upload form's source is free text; before migration V8 "seeds/..." there opened the deck to everyone.
        ArticleIngestion.Ingested upload = ingestion.ingest("同学们在教室里写汉字。编号9003", null,
                "seeds/000_62ae10bd87667f17.txt", SchoolClass.scopeKey(classId),
                ClassFixtures.userId("matrix-teacher"));
        assertEquals(404, outsider.request().get("/study/" + upload.deckId()).statusCode(), "study page");
        assertEquals(404, outsider.request().get("/decks/" + upload.deckId()).statusCode(), "deck page");
        List<Integer> outsiderIds = outsider.request().get("/api/decks").then().statusCode(200).extract().jsonPath()
                .getList("id", Integer.class);
        assertTrue(!outsiderIds.contains((int) upload.deckId()), outsiderIds.toString());
        assertEquals(200, teacher.request().get("/study/" + upload.deckId()).statusCode(), "its uploader");
    }

    @Test
    void theDeckListShowsOnlyVisibleDecks() {
        member.request().get("/decks").then().statusCode(200).body(containsString("/decks/" + deckId + "\""));
        outsider.request().get("/decks").then().statusCode(200).body(not(containsString("/decks/" + deckId + "\"")));
        List<Integer> outsiderIds = outsider.request().get("/api/decks").then().statusCode(200).extract().jsonPath()
                .getList("id", Integer.class);
        assertTrue(!outsiderIds.contains((int) deckId), outsiderIds.toString());
        assertTrue(!outsiderIds.isEmpty(), "the seed deck stays visible to everyone");
    }

    @Test
    void formsRefuseEveryoneWhoMayNotSendThem() {
        // Anonymous form posts are sent to sign in; nothing happens.
        RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("name", "sneaky").post("/classes").then().statusCode(302);
        member.form().formParam("name", "mine").post("/classes").then().statusCode(403);
        member.form().formParam("deck", deckId).formParam("class", classId).post("/uploads/assign").then()
                .statusCode(403);
        // Another teacher cannot assign to a class that is not theirs, even with its real id.
        otherTeacher.form().formParam("deck", deckId).formParam("class", classId).post("/uploads/assign").then()
                .statusCode(404);
        // A teacher can give a visible deck to their own class.
        long thirdClass = ClassFixtures.createClass(otherTeacher, "Third class");
        Session third = TestUsers.signIn("matrix-third");
        ClassFixtures.join(third, otherTeacher, thirdClass);
        third.request().get("/decks/" + deckId).then().statusCode(404);
        // Only with the proof of having uploaded the same text (its content hash) may they give it to their class.
        otherTeacher.form().formParam("deck", deckId).formParam("class", thirdClass).post("/uploads/assign").then()
                .statusCode(404);
        otherTeacher.form().formParam("deck", deckId).formParam("class", thirdClass)
                .formParam("hash", app.yuedu.articles.core.ArticleMiner.contentHash(ARTICLE))
                .post("/uploads/assign").then().statusCode(303);
        third.request().get("/decks/" + deckId).then().statusCode(200);
        // Without the CSRF token nothing is accepted, whoever sends it.
        teacher.request().contentType("application/x-www-form-urlencoded").formParam("name", "no token")
                .post("/classes").then().statusCode(400);
    }

    @Test
    void draftsBelongToTheirUploaderAlone() {
        String location = teacher.request().multiPart("csrf-token", teacher.csrfToken())
                .multiPart("class", String.valueOf(classId))
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder("我们读一篇新文章，学习新的词语。编号9002")
                        .controlName("text").charset(java.nio.charset.StandardCharsets.UTF_8).build())
                .post("/uploads").then().statusCode(303).extract().header("Location");
        long draftId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertEquals(404, otherTeacher.request().get("/uploads/" + draftId).statusCode());
        assertEquals(403, member.request().get("/uploads/" + draftId).statusCode());
        otherTeacher.form().formParam("class", otherClassId).post("/uploads/" + draftId + "/publish").then()
                .statusCode(404);
        otherTeacher.form().post("/uploads/" + draftId + "/discard").then().statusCode(404);
        assertEquals(200, teacher.request().get("/uploads/" + draftId).statusCode());
    }

    @Test
    void anArticleWithAScriptTagShowsItAsText() {
        for (String page : List.of("/articles/" + articleId, "/decks/" + deckId)) {
            String html = member.request().get(page).then().statusCode(200).extract().asString();
            assertTrue(!html.contains("<script>alert"), page + " must not carry the script");
        }
        member.request().get("/articles/" + articleId).then().body(containsString("&lt;script&gt;"));
    }
}
