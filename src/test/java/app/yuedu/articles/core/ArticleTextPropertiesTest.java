package app.yuedu.articles.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for any input, checked on random texts built from the seed's characters,
 * line breaks, indents and the odd spaces PDF extraction produces.
 */
class ArticleTextPropertiesTest {

    private static final String[] NOISE = {"\n", "\n\n", "\r\n", " ", "\u3000\u3000", "\u00A0", "\t", "\f", "。", "……",
        "“", "”", "；", "，", "COVID 19", " 6月", "新华社北京6月15日电", "新华社记者 董越", "（完）", "...", "？！"};

    private final ArticleReflow reflow = new ArticleReflow();
    private final SentenceSplitter splitter = new SentenceSplitter(20);

    @Test
    void randomTextsKeepTheirCharactersInOrderAndSentencesCoverParagraphs() throws IOException {
        String seed = Files.readString(Path.of(System.getProperty("user.dir"), "seeds", "000_62ae10bd87667f17.txt"),
                StandardCharsets.UTF_8);
        Random random = new Random(20250615);
        for (int round = 0; round < 500; round++) {
            String raw = randomText(random, seed);
            ReflowedArticle article = reflow.reflow(raw);
            assertTrue(isSubsequence(visible(article.body()), visible(raw)), raw);
            for (String paragraph : article.paragraphs()) {
                assertFalse(paragraph.isBlank(), raw);
                assertFalse(paragraph.contains("\n") || paragraph.contains("\r") || paragraph.contains("\f"), raw);
            }
            List<Sentence> sentences = splitter.split(article.paragraphs());
            for (int p = 0; p < article.paragraphs().size(); p++) {
                StringBuilder joined = new StringBuilder();
                for (Sentence sentence : sentences) {
                    if (sentence.paragraphIndex() == p) {
                        joined.append(sentence.text());
                        assertEquals(sentence.text(), String.join("",
                                sentence.clauses().stream().map(Clause::text).toList()));
                    }
                }
                assertEquals(visible(article.paragraphs().get(p)), visible(joined.toString()), raw);
            }
        }
    }

    private static String randomText(Random random, String seed) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            if (random.nextBoolean()) {
                int start = random.nextInt(seed.length());
                text.append(seed, start, Math.min(seed.length(), start + random.nextInt(30)));
            } else {
                text.append(NOISE[random.nextInt(NOISE.length)]);
            }
        }
        return text.toString();
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !ChineseText.isSpace(c) && !ChineseText.isInvisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSubsequence(String part, String whole) {
        int j = 0;
        for (int i = 0; i < whole.length() && j < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(j)) {
                j++;
            }
        }
        return j == part.length();
    }
}
