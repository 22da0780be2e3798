package app.yuedu.articles;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.TestUsers;
import app.yuedu.accounts.TestUsers.Session;
import app.yuedu.articles.core.DocxTextTest;
import app.yuedu.classes.ClassFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UploadResourceTest {

    static final String ARTICLE = "新华社北京9月1日电 同学们在学校学习中文。老师说，每天读一篇文章是学习词语的好办法。"
            + "托卡耶夫总统访问了学校，和学生们一起读书。";

    Session teacher;
    long classId;

    @BeforeEach
    void teacherWithAClass() {
        teacher = ClassFixtures.teacher("upload-teacher");
        if (classId == 0) {
            classId = ClassFixtures.createClass(teacher, "Uploads");
        }
    }

    /** A multipart upload as the browser sends it, CSRF field included. */
    static RequestSpecification upload(Session session, Map<String, String> fields) {
        RequestSpecification request = session.request().multiPart(text("csrf-token", session.csrfToken()));
        fields.forEach((name, value) -> request.multiPart(text(name, value)));
        return request;
    }

    static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("class", String.valueOf(classId));
        fields.put("title", "");
        fields.put("source", "");
        fields.put("text", text);
        return fields;
    }

    /** Uploads and waits for the background miner; returns the draft id. */
    static long uploadAndMine(Session session, RequestSpecification request) {
        String location = request.post("/uploads").then().statusCode(303).extract().header("Location");
        long draftId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        awaitMined(session, draftId);
        return draftId;
    }

    static ExtractableResponse<Response> awaitMined(Session session, long draftId) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            ExtractableResponse<Response> page = session.request().get("/uploads/" + draftId).then().statusCode(200)
                    .extract();
            if (!page.asString().contains("<h1>Mining…</h1>")) {
                return page;
            }
            assertTrue(page.asString().contains("http-equiv=\"refresh\""), "the mining page refreshes itself");
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("draft " + draftId + " was not mined within a minute");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** A form post whose Chinese values arrive as UTF-8 (RestAssured's default charset for forms is Latin-1). */
    static RequestSpecification utf8Form(Session session) {
        return session.form().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    static long drafts() {
        ArticleDraft.getEntityManager().clear();
        return ArticleDraft.count();
    }

    @Test
    void pastePreviewCorrectAndPublishToTheClass() {
        String article = ARTICLE + "编号1001";
        long draftId = uploadAndMine(teacher, upload(teacher, fields(article)));
        String preview = teacher.request().get("/uploads/" + draftId).then().statusCode(200)
                .body(containsString("同学们在学校学习中文。")).body(containsString("托卡耶夫"))
                .body(containsString("HSK")).extract().asString();
        assertTrue(preview.contains(">学习<"), "学习 is in the vocabulary");

        // Drop a word, correct another's gloss and reading: kept for the class.
        utf8Form(teacher).formParam("word", "文章").formParam("action", "drop").post("/uploads/" + draftId + "/words")
                .then().statusCode(303);
        utf8Form(teacher).formParam("word", "学习").formParam("action", "edit").formParam("gloss", "to study <hard>")
                .formParam("pinyin", "xue2 xi2").post("/uploads/" + draftId + "/words").then().statusCode(303);
        utf8Form(teacher).formParam("word", "学习").formParam("action", "edit").formParam("pinyin", "xuéxí")
                .post("/uploads/" + draftId + "/words").then().statusCode(400).body(containsString("numbered pinyin"));
        teacher.request().get("/uploads/" + draftId).then().statusCode(200)
                .body(containsString("to study &lt;hard&gt;")).body(containsString("dropped"));
        teacher.request().get("/uploads/new").then().statusCode(200).body(containsString("/uploads/" + draftId + "\""));

        // Students cannot see the draft, nor publish it.
        Session student = TestUsers.signIn("upload-student");
        ClassFixtures.join(student, teacher, classId);
        student.request().get("/uploads/" + draftId).then().statusCode(403);
        student.form().formParam("class", classId).post("/uploads/" + draftId + "/publish").then().statusCode(403);

        String location = utf8Form(teacher).formParam("class", classId).post("/uploads/" + draftId + "/publish")
                .then().statusCode(303).extract().header("Location");
        long deckId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        teacher.request().get("/uploads/" + draftId).then().statusCode(404);

        String deck = student.request().get("/decks/" + deckId).then().statusCode(200)
                .body(containsString("to study &lt;hard&gt;")).extract().asString();
        assertTrue(!deck.contains(">文章<"), "the dropped word is no note");
        student.request().get("/classes/" + classId).then().statusCode(200).body(containsString("/decks/" + deckId));
        TestUsers.signIn("outsider").request().get("/decks/" + deckId).then().statusCode(404);

        // The class's corrections apply to its next article too.
        long next = uploadAndMine(teacher, upload(teacher, fields("我们读了一篇新文章，大家都在学习。编号1002")));
        teacher.request().get("/uploads/" + next).then().statusCode(200).body(containsString("to study &lt;hard&gt;"));

        // The same text again is offered as the existing deck, not stored twice.
        long before = drafts();
        upload(teacher, fields(article.replace("。", "。\n"))).post("/uploads").then().statusCode(200)
                .body(containsString("already in Yuedu")).body(containsString("/decks/" + deckId));
        assertEquals(before, drafts());
    }

    @Test
    void mergeAndSplitAreStoredForTheClassAndTheDraftIsMinedAgain() {
        long draftId = uploadAndMine(teacher, upload(teacher, fields(ARTICLE + "编号2001")));
        utf8Form(teacher).formParam("merge", "学校学").post("/uploads/" + draftId + "/merge").then().statusCode(303);
        String merged = awaitMined(teacher, draftId).asString();
        assertTrue(merged.contains(">学校学<"), "merged word in the vocabulary");
        utf8Form(teacher).formParam("merge", "不在文中").post("/uploads/" + draftId + "/merge").then().statusCode(400)
                .body(containsString("does not occur"));
        utf8Form(teacher).formParam("word", "学校学").formParam("action", "split").post("/uploads/" + draftId + "/words")
                .then().statusCode(303);
        String split = awaitMined(teacher, draftId).asString();
        assertTrue(!split.contains(">学校学<"), "split again");
    }

    @Test
    void filesInEveryReadableFormatBecomeDrafts() {
        String article = ARTICLE + "编号3001";
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("gb.txt", (article + "甲").getBytes(Charset.forName("GB18030")));
        uploads.put("big5.txt", ("中央社台北1日電 學生們在這個學期開始學習新的課程，老師說，讀書是為了了解世界。")
                .getBytes(Charset.forName("Big5")));
        uploads.put("utf16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                (article + "乙").getBytes(StandardCharsets.UTF_16LE)));
        uploads.put("article.docx", DocxTextTest.docx(article + "丙", "第二段也是中文。"));
        uploads.put("article.pdf", TestFiles.chinesePdf("同学们在学校学习中文。老师说，每天读", "一篇文章是学习词语的好办法。编号3002"));
        for (Map.Entry<String, byte[]> file : uploads.entrySet()) {
            long draftId = uploadAndMine(teacher, upload(teacher, fields(""))
                    .multiPart("file", file.getKey(), file.getValue(), "application/octet-stream"));
            String preview = teacher.request().get("/uploads/" + draftId).then().statusCode(200)
                    .body(containsString(file.getKey())).extract().asString();
            assertTrue(preview.contains("学") && preview.contains("中文") || preview.contains("學生們"),
                    file.getKey() + " was read as Chinese");
        }
    }

    @Test
    void badInputComesBackWithAMessageKeepsThePasteAndStoresNothing() {
        long before = drafts();
        String kept = "Only English here, <b>no</b> Chinese.";
        upload(teacher, fields("   ")).post("/uploads").then().statusCode(400).body(containsString("empty"));
        upload(teacher, fields(kept)).post("/uploads").then().statusCode(400)
                .body(containsString("no Chinese characters"))
                .body(containsString("Only English here, &lt;b&gt;no&lt;/b&gt; Chinese."));

        String paste = "这段文字要保留在表单里。";
        byte[] tooLarge = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        rejectedFile(paste, "big.txt", tooLarge, "too large");
        byte[] binary = new byte[3000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        rejectedFile(paste, "photo.txt", binary, "not a text file");
        rejectedFile(paste, "broken.pdf", "%PDF-1.7\nthis is not really a pdf".getBytes(StandardCharsets.UTF_8),
                "damaged");
        rejectedFile(paste, "secret.pdf", TestFiles.passwordPdf(), "password");
        rejectedFile(paste, "bomb.docx", DocxTextTest.zipBomb(60), "zip bomb");
        rejectedFile(paste, "program.exe", new byte[] {'M', 'Z', 0, 0}, "cannot read");

        Map<String, String> unknownClass = fields(paste);
        unknownClass.put("class", "987654321");
        upload(teacher, unknownClass).post("/uploads").then().statusCode(400)
                .body(containsString("no class 987654321")).body(containsString(paste));
        Map<String, String> longTitle = fields(paste);
        longTitle.put("title", "题".repeat(10_000));
        upload(teacher, longTitle).post("/uploads").then().statusCode(400)
                .body(containsString("10000 characters long")).body(containsString(paste));
        assertEquals(before, drafts());
    }

    @Test
    void aBodyFarAboveTheLimitGetsTheTooLargePage() {
        // Built by hand because RestAssured streams multipart bodies chunked, while browsers send their length.
        String head = "--b\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + teacher.csrfToken()
                + "\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.txt\"\r\n\r\n";
        byte[] body = new byte[5 * 1024 * 1024];
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(headBytes, 0, body, 0, headBytes.length);
        teacher.request().contentType("multipart/form-data; boundary=b").body(body).post("/uploads").then()
                .statusCode(413).body(containsString("Too large")).body(containsString("upload limit of 2 MB"));
    }

    void rejectedFile(String paste, String name, byte[] bytes, String message) {
        upload(teacher, fields(paste)).multiPart("file", name, bytes, "application/octet-stream")
                .post("/uploads").then().statusCode(400).body(containsString(message))
                .body(containsString(paste)).body(not(containsString("Exception")));
    }

    @Test
    void onlyTeachersAndAdminsUpload() {
        Session student = TestUsers.signIn("no-uploads");
        student.request().get("/uploads/new").then().statusCode(403);
        upload(student, fields(ARTICLE)).post("/uploads").then().statusCode(403);
        teacher.request().get("/uploads/new").then().statusCode(200).body(containsString("Uploads"));
        TestUsers.signIn(TestUsers.ADMIN).request().get("/uploads/new").then().statusCode(200);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return java.nio.ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }
}
