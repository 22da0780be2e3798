package app.yuedu.articles.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleReflowTest {

    private static final Path SEED = Path.of(System.getProperty("user.dir"), "seeds", "000_62ae10bd87667f17.txt");
    private static final Pattern SPURIOUS_SPACE = Pattern.compile(
            "[\\p{IsHan}\\p{IsPunctuation}&&[^\\p{ASCII}]]\\s+[\\p{IsHan}0-9]|[0-9]\\s+[\\p{IsHan}]");

    private static String seedText;
    private static ReflowedArticle seed;
    private static List<Sentence> seedSentences;

    private final ArticleReflow reflow = new ArticleReflow();

    @BeforeAll
    static void reflowSeed() throws IOException {
        seedText = Files.readString(SEED, StandardCharsets.UTF_8);
        seed = new ArticleReflow().reflow(seedText);
        seedSentences = new SentenceSplitter().split(seed.paragraphs());
    }

    @Test
    void seedKeepsTheOriginalVerbatim() {
        assertSame(seedText, seed.original());
    }

    @Test
    void seedFirstSentenceIsJoinedWithoutSpuriousSpaces() {
        assertEquals("应哈萨克斯坦共和国总统托卡耶夫邀请，国家主席习近平将于6月16日至18日赴哈萨克斯坦阿斯塔纳出席第二届中国—中亚峰会。",
                seedSentences.get(0).text());
    }

    @Test
    void seedMetadataIsRecognisedAtTheEnd() {
        assertEquals("携手构建更加紧密的中国—中亚命运共同体", seed.headline());
        assertEquals("新华社北京6月15日电", seed.dateline());
        assertEquals("新华社记者 董越", seed.byline());
    }

    @Test
    void seedMetadataIsNotInTheBody() {
        for (Sentence sentence : seedSentences) {
            assertFalse(sentence.text().contains("新华社"), sentence.text());
            assertFalse(sentence.text().contains("董越"), sentence.text());
            assertFalse(sentence.text().contains("携手构建更加紧密的中国"), sentence.text());
        }
        assertTrue(seedSentences.get(seedSentences.size() - 1).text().endsWith("更加美好的明天！"));
    }

    @Test
    void seedSentencesHaveNoLineBreaksNorSpacesBesideChineseText() {
        for (Sentence sentence : seedSentences) {
            assertFalse(sentence.text().contains("\n"), sentence.text());
            assertFalse(SPURIOUS_SPACE.matcher(sentence.text()).find(), sentence.text());
        }
        String body = seed.body();
        assertTrue(body.contains("2100多年前"));
        assertTrue(body.contains("达到创纪录的948亿美元"));
        assertTrue(body.contains("2022年1月"));
        assertTrue(body.contains("杜尚别2号热电厂"));
    }

    @Test
    void seedLosesNoCharacterOfTheBody() {
        String expected = withoutWhitespace(seedText);
        String actual = withoutWhitespace(seed.body()) + seed.dateline() + seed.headline()
                + withoutWhitespace(seed.byline());
        assertEquals(expected, actual);
    }

    @Test
    void seedParagraphsFollowTheLineWidths() {
        List<String> paragraphs = seed.paragraphs();
        assertEquals(14, paragraphs.size());
        for (String opening : List.of("千年丝路", "坚持相互尊重", "坚持共同发展", "坚持普遍安全", "坚持世代友好", "当前", "浩渺行无极")) {
            assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith(opening)), opening);
        }
        // This sentence ends exactly at the column edge and the next line is full: same paragraph.
        assertTrue(paragraphs.stream().anyMatch(p -> p.contains("符合人民期盼。”习近平主席道出")));
    }

    @Test
    void sentencesIndexTheirParagraphs() {
        Sentence first = seedSentences.get(0);
        assertEquals(0, first.paragraphIndex());
        Sentence last = seedSentences.get(seedSentences.size() - 1);
        assertEquals(seed.paragraphs().size() - 1, last.paragraphIndex());
    }

    @Test
    void ideographicIndentsStartParagraphs() {
        String raw = "　　第一段的第一句话被折\n断了。第一段的第二句。\n"
                + "　　第二段开始，\n继续写下去\n。\n"
                + "　　第三段。\n";
        ReflowedArticle article = reflow.reflow(raw);
        assertEquals(List.of("第一段的第一句话被折断了。第一段的第二句。", "第二段开始，继续写下去。", "第三段。"),
                article.paragraphs());
    }

    @Test
    void singleSpaceIndentAfterASentenceEndStartsAParagraph() {
        String raw = " 第一段从这里开始，一直\n\n写到这里就结束了。\n\n 第二段从这里开始，\n\n接着写\n\n完。";
        assertEquals(List.of("第一段从这里开始，一直写到这里就结束了。", "第二段从这里开始，接着写完。"),
                reflow.reflow(raw).paragraphs());
    }

    @Test
    void singleSpaceBeforeANumberInsideASentenceIsNotAnIndent() {
        String raw = " 国家主席将于\n 6月16日出访，\n并出席峰会。";
        assertEquals(List.of("国家主席将于6月16日出访，并出席峰会。"), reflow.reflow(raw).paragraphs());
    }

    @Test
    void firstLineBeforeASpacedNumberIsNotAHeadline() {
        String raw = "国家主席习近平将于\n 6月16日至18日出访，\n并出席第二届中国—中亚峰会。";
        ReflowedArticle article = reflow.reflow(raw);
        assertNull(article.headline());
        assertEquals(List.of("国家主席习近平将于6月16日至18日出访，并出席第二届中国—中亚峰会。"), article.paragraphs());
    }

    @Test
    void rareBlankLinesSeparateParagraphsOfWrappedText() {
        String raw = "第一段第一行\n第一段第二行，\n第一段结束。\n\n第二段第一行\n第二段第二行，\n第二段结束。";
        assertEquals(List.of("第一段第一行第一段第二行，第一段结束。", "第二段第一行第二段第二行，第二段结束。"),
                reflow.reflow(raw).paragraphs());
    }

    @Test
    void plainArticleHasOneParagraphPerLine() {
        String raw = "中国经济稳中向好\n\n"
                + "今年以来，中国经济持续恢复，主要指标好于预期。\n\n"
                + "专家认为，下半年经济有望继续回升。消费和投资将发挥更大作用。\n"
                + "“我们对前景充满信心。”一位经济学家说。\n\n"
                + "本报记者 张三 李四\n";
        ReflowedArticle article = reflow.reflow(raw);
        assertEquals("中国经济稳中向好", article.headline());
        assertEquals("本报记者 张三 李四", article.byline());
        assertNull(article.dateline());
        assertEquals(List.of("今年以来，中国经济持续恢复，主要指标好于预期。",
                "专家认为，下半年经济有望继续回升。消费和投资将发挥更大作用。",
                "“我们对前景充满信心。”一位经济学家说。"), article.paragraphs());
    }

    @Test
    void bracketedDatelineAtTheStartIsCutFromTheFirstParagraph() {
        String raw = "（新华社北京6月15日电）应哈萨克斯坦共和国总统邀请，国家主席习近平将出席峰会。\n\n峰会将在阿斯塔纳举行。";
        ReflowedArticle article = reflow.reflow(raw);
        assertEquals("新华社北京6月15日电", article.dateline());
        assertEquals("应哈萨克斯坦共和国总统邀请，国家主席习近平将出席峰会。", article.paragraphs().get(0));
        assertEquals(2, article.paragraphs().size());
    }

    @Test
    void datelineWithBracketedBylineAtTheStartIsCutIntoBoth() {
        String raw = "新华社北京6月15日电（记者 董越）国家主席习近平将出席峰会。\n峰会将在阿斯塔纳举行。";
        ReflowedArticle article = reflow.reflow(raw);
        assertEquals("新华社北京6月15日电", article.dateline());
        assertEquals("记者 董越", article.byline());
        assertEquals("国家主席习近平将出席峰会。", article.paragraphs().get(0));
    }

    @Test
    void localDatelinesAndBracketedBylinesWithSeveralNamesAreCut() {
        ReflowedArticle local = reflow.reflow("本报讯（记者 张三、李四）昨天，本市举行了活动。\n活动很成功。");
        assertEquals("本报讯", local.dateline());
        assertEquals("记者 张三、李四", local.byline());
        assertEquals(List.of("昨天，本市举行了活动。", "活动很成功。"), local.paragraphs());

        ReflowedArticle dayOnly = reflow.reflow("新华社北京15日电 国务院总理今天会见了外宾。双方交换了意见。");
        assertEquals("新华社北京15日电", dayOnly.dateline());
        assertEquals(List.of("国务院总理今天会见了外宾。双方交换了意见。"), dayOnly.paragraphs());
    }

    @Test
    void metadataLinesAtTheStartAreRecognised() {
        String raw = "携手构建更加紧密的\n中国—中亚命运共同体\n新华社北京 6月 15日电\n新华社记者 董越\n"
                + " 应哈萨克斯坦共和国总统托卡\n耶夫邀请，国家主席习近平将于 6月\n16日出访。";
        ReflowedArticle article = reflow.reflow(raw);
        assertEquals("携手构建更加紧密的中国—中亚命运共同体", article.headline());
        assertEquals("新华社北京6月15日电", article.dateline());
        assertEquals("新华社记者 董越", article.byline());
        assertEquals(List.of("应哈萨克斯坦共和国总统托卡耶夫邀请，国家主席习近平将于6月16日出访。"), article.paragraphs());
    }

    @Test
    void wireCopyTitleAfterTheDatelineIsTheHeadline() {
        String raw = "新华社北京6月15日电 题：携手构建更加紧密的中国—中亚命运共同体\n新华社记者 董越\n\n"
                + "　　应哈萨克斯坦共和国总统邀请，国家主席习近平将出席峰会。\n　　峰会将在阿斯塔纳举行。\n";
        ReflowedArticle article = reflow.reflow(raw);
        assertEquals("新华社北京6月15日电", article.dateline());
        assertEquals("携手构建更加紧密的中国—中亚命运共同体", article.headline());
        assertEquals("新华社记者 董越", article.byline());
        assertEquals(List.of("应哈萨克斯坦共和国总统邀请，国家主席习近平将出席峰会。", "峰会将在阿斯塔纳举行。"), article.paragraphs());
    }

    @Test
    void endMarkIsDropped() {
        String onItsOwnLine = "这是正文的第一句，\n这是第二行。\n这是最后一句。\n新华社记者 董越\n（完）";
        ReflowedArticle article = reflow.reflow(onItsOwnLine);
        assertEquals("新华社记者 董越", article.byline());
        assertNull(article.headline());
        assertEquals("这是最后一句。", article.paragraphs().get(article.paragraphs().size() - 1));

        ReflowedArticle inline = reflow.reflow("这是正文的第一句，\n这是最后一句。（完）");
        assertEquals(List.of("这是正文的第一句，这是最后一句。"), inline.paragraphs());
    }

    @Test
    void bracketedLineIsNeverAHeadline() {
        String raw = "（附图片1张）\n\n　　正文第一段。\n　　正文第二段。";
        ReflowedArticle article = reflow.reflow(raw);
        assertNull(article.headline());
        assertEquals("（附图片1张）", article.paragraphs().get(0));
    }

    @Test
    void headlineAtTheEndNeedsADatelineOrByline() {
        String raw = "他们一起走到了\n最后。\n\n共同的明天";
        ReflowedArticle article = reflow.reflow(raw);
        assertNull(article.headline());
        assertEquals(List.of("他们一起走到了最后。共同的明天"), article.paragraphs());
    }

    @Test
    void wrappedBodyLineStartingWithReporterIsNotAByline() {
        String raw = "据了解，今年的展会\n规模空前。\n记者了解到\n，参展企业超过千家。";
        ReflowedArticle article = reflow.reflow(raw);
        assertNull(article.byline());
        assertTrue(article.body().contains("记者了解到，参展企业超过千家。"));
    }

    @Test
    void latinWordsKeepTheirSpacesAcrossLineBreaks() {
        String raw = "中国提出的 the Belt and\nRoad Initiative 倡议，\n与 COVID 19 疫情后的复苏相连。";
        ReflowedArticle article = reflow.reflow(raw);
        assertEquals(List.of("中国提出的the Belt and Road Initiative倡议，与COVID 19疫情后的复苏相连。"),
                article.paragraphs());
    }

    @Test
    void lineEndingsByteOrderMarkAndOddSpacesAreNormalised() {
        String raw = "\uFEFF\u3000\u3000今年\u00A0 6月，\r\n中国\u3000经济\u200B继续\r\n回升。\r\n\u3000\u3000第二段\u2002在这里。\r";
        ReflowedArticle article = reflow.reflow(raw);
        assertEquals(List.of("今年6月，中国经济继续回升。", "第二段在这里。"), article.paragraphs());
        assertEquals(raw, article.original());
    }

    @Test
    void formFeedBetweenPagesDoesNotBreakTheParagraph() {
        String raw = "这句话在一页的末尾被\f分到了下一页。";
        assertEquals(List.of("这句话在一页的末尾被分到了下一页。"), reflow.reflow(raw).paragraphs());
    }

    @Test
    void emptyTextGivesNoParagraphs() {
        ReflowedArticle article = reflow.reflow(" \n\n\u3000\n");
        assertTrue(article.paragraphs().isEmpty());
        assertNull(article.headline());
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000\\uFEFF]", "");
    }
}
