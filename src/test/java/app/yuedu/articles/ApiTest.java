package app.yuedu.articles;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import app.yuedu.accounts.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiTest {

    static RequestSpecification given() {
        return TestUsers.signIn("reader").request().redirects().follow(true);
    }

    @Test
    void decksAreListed() {
        given().get("/api/decks").then().statusCode(200)
                .body("name", hasItem("携手构建更加紧密的中国—中亚命运共同体"))
                .body("noteCount", everyItem(greaterThan(0)));
    }

    @Test
    void notesCarryReadingsGlossesRanksAndSentences() {
        long deckId = DeckResourceTest.seedDeckId();
        JsonPath notes = given().get("/api/decks/" + deckId + "/notes").then().statusCode(200)
                .body("find { it.word == '峰会' }.pinyin", equalTo("fēnghuì"))
                .body("find { it.word == '峰会' }.pinyinNumbered", equalTo("feng1 hui4"))
                .body("find { it.word == '峰会' }.glosses", hasItem(containsString("summit")))
                .body("find { it.word == '托卡耶夫' }.properNoun", equalTo(true))
                .body("word", not(hasItem("，")))
                .extract().jsonPath();
        List<Integer> sentenceIds = notes.getList("find { it.word == '峰会' }.sentenceIds");
        Assertions.assertFalse(sentenceIds.isEmpty());
        long articleId = ArticleResourceTest.seedArticleId();
        JsonPath article = given().get("/api/articles/" + articleId).then().statusCode(200).extract().jsonPath();
        List<Integer> articleSentenceIds = article.getList("sentences.id");
        Assertions.assertTrue(articleSentenceIds.containsAll(sentenceIds));
    }

    @Test
    void articleHasMetadataAndSentencesWithTokens() {
        given().get("/api/articles/" + ArticleResourceTest.seedArticleId()).then().statusCode(200)
                .body("title", equalTo("携手构建更加紧密的中国—中亚命运共同体"))
                .body("byline", equalTo("新华社记者 董越"))
                .body("dateline", equalTo("新华社北京6月15日电"))
                .body("sentences[0].text", containsString("应哈萨克斯坦共和国总统托卡耶夫邀请"))
                .body("sentences[0].position", equalTo(0))
                .body("sentences[0].tokens.find { it.text == '托卡耶夫' }.kind", equalTo("NAME"))
                .body("sentences[0].tokens.find { it.text == '峰会' }.pinyin", equalTo("fēnghuì"))
                .body("deckId", notNullValue());
    }

    @Test
    void unknownIdsGiveJson404() {
        given().get("/api/articles/987654").then().statusCode(404).body("error", containsString("no article"));
        given().get("/api/decks/987654/notes").then().statusCode(404).body("error", containsString("no deck"));
    }

    @Test
    void openApiDocumentsTheReadOnlyApi() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/decks/{id}/notes"))
                .body(containsString("/api/articles/{id}"));
    }
}
