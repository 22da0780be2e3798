package app.yuedu.articles;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.yuedu.accounts.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleResourceTest {

    static RequestSpecification given() {
        return TestUsers.signIn("reader").request().redirects().follow(true);
    }

    static long seedArticleId() {
        return given().get("/api/decks").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '携手构建更加紧密的中国—中亚命运共同体' }.articleId");
    }

    @Test
    void readerShowsTheReflowedArticleWithRubyAndGlosses() {
        given().get("/articles/" + seedArticleId()).then().statusCode(200)
                .body(containsString("<h1 class=\"zh\">携手构建更加紧密的中国—中亚命运共同体</h1>"))
                .body(containsString("新华社北京6月15日电"))
                .body(containsString("<ruby>峰会<rt><span class=\"t1\">fēng</span><span class=\"t4\">huì</span></rt></ruby>"))
                .body(containsString("<ruby>托卡耶夫<rt>"))
                .body(containsString("id=\"toggle-pinyin\""))
                .body(containsString("summit"))
                .body(containsString("id=\"s0\""));
    }

    @Test
    void unknownArticleIsAFriendly404() {
        given().get("/articles/424242").then().statusCode(404)
                .body(containsString("There is no article 424242"))
                .body(not(containsString("at app.yuedu")));
    }
}
