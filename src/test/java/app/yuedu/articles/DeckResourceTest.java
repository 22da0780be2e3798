package app.yuedu.articles;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.yuedu.accounts.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeckResourceTest {

    static RequestSpecification given() {
        return TestUsers.signIn("reader").request().redirects().follow(true);
    }

    static long seedDeckId() {
        return given().get("/api/decks").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '携手构建更加紧密的中国—中亚命运共同体' }.id");
    }

    @Test
    void homeRedirectsToTheDeckList() {
        given().redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", containsString("/decks"));
    }

    @Test
    void deckListShowsTheSeedDeck() {
        given().get("/decks").then().statusCode(200)
                .body(containsString("<title>Decks · Yuedu"))
                .body(containsString("携手构建更加紧密的中国—中亚命运共同体"))
                .body(containsString("新华社记者 董越"));
    }

    @Test
    void deckPageShowsVocabularyWithPinyinGlossAndExample() {
        given().get("/decks/" + seedDeckId()).then().statusCode(200)
                .body(containsString("峰会"))
                .body(containsString("<span class=\"t1\">fēng</span><span class=\"t4\">huì</span>"))
                .body(containsString("summit"))
                .body(containsString("<mark>峰会</mark>"))
                .body(containsString("HSK"));
    }

    @Test
    void deckPageSortsByFrequency() {
        String byArticle = given().get("/decks/" + seedDeckId()).then().statusCode(200).extract().asString();
        String byFrequency = given().get("/decks/" + seedDeckId() + "?sort=frequency").then().statusCode(200)
                .body(containsString("aria-current=\"true\">Most frequent first")).extract().asString();
        // 的 is the most frequent word of Chinese, so it comes first when sorted by frequency but not in article order
        int firstRowByFrequency = byFrequency.indexOf("<td class=\"word zh\">");
        org.junit.jupiter.api.Assertions.assertTrue(byFrequency.startsWith("<td class=\"word zh\">的", firstRowByFrequency));
        int firstRowByArticle = byArticle.indexOf("<td class=\"word zh\">");
        org.junit.jupiter.api.Assertions.assertTrue(byArticle.startsWith("<td class=\"word zh\">应", firstRowByArticle));
    }

    @Test
    void unknownDeckIsAFriendly404() {
        given().get("/decks/999999").then().statusCode(404)
                .body(containsString("There is no deck 999999"))
                .body(not(containsString("Exception")));
    }

    @Test
    void nonNumericDeckIdIsA404NotAStackTrace() {
        given().get("/decks/abc").then().statusCode(404).body(not(containsString("Exception")));
    }
}
