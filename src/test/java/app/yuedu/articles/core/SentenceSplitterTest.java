package app.yuedu.articles.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String paragraph) {
        return splitter.split(paragraph).stream().map(Sentence::text).toList();
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertEquals(List.of("“深化合作，顺应世界大势，符合人民期盼。”", "习近平主席道出合作的重大意义。"),
                texts("“深化合作，顺应世界大势，符合人民期盼。”习近平主席道出合作的重大意义。"));
    }

    @Test
    void runsOfEndMarksEndOneSentence() {
        assertEquals(List.of("真的吗？！", "太好了!!", "我们走吧。"), texts("真的吗？！太好了!!我们走吧。"));
    }

    @Test
    void closingBracketStaysWithItsSentence() {
        assertEquals(List.of("（这是补充说明。）", "正文继续。"), texts("（这是补充说明。）正文继续。"));
    }

    @Test
    void semicolonDoesNotEndASentence() {
        assertEquals(List.of("千年丝路，串起文明交融璀璨星河；百年变局，呼唤命运与共时代强音。"),
                texts("千年丝路，串起文明交融璀璨星河；百年变局，呼唤命运与共时代强音。"));
    }

    @Test
    void ellipsisOutsideQuotesEndsASentenceWhenTextFollows() {
        assertEquals(List.of("金融、农业、减贫等新增长点持续培育……", "中国同中亚国家坚持共同发展。"),
                texts("金融、农业、减贫等新增长点持续培育……中国同中亚国家坚持共同发展。"));
    }

    @Test
    void ellipsisInsideQuotesOrBeforeACommaDoesNot() {
        assertEquals(List.of("他说：“我……我不知道。”"), texts("他说：“我……我不知道。”"));
        assertEquals(List.of("苹果、香蕉……，应有尽有。"), texts("苹果、香蕉……，应有尽有。"));
        assertEquals(List.of("故事还没有结束……"), texts("故事还没有结束……"));
    }

    @Test
    void textAfterTheLastEndIsASentence() {
        assertEquals(List.of("第一句。", "没有句号的结尾"), texts("第一句。没有句号的结尾"));
    }

    @Test
    void sentencesKnowTheirParagraphAndOrder() {
        List<String> paragraphs = List.of("第一段第一句。第一段第二句！", "第二段唯一一句？");
        List<Sentence> sentences = splitter.split(paragraphs);
        assertEquals(3, sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            assertEquals(i, sentence.index());
            String paragraph = paragraphs.get(sentence.paragraphIndex());
            assertEquals(sentence.text(), paragraph.substring(sentence.startInParagraph(),
                    sentence.startInParagraph() + sentence.text().length()));
        }
        assertEquals(List.of(0, 0, 1), sentences.stream().map(Sentence::paragraphIndex).toList());
    }

    @Test
    void spacesBetweenSentencesAreTrimmed() {
        Sentence second = splitter.split("It works. 第一句。 第二句。").get(1);
        assertEquals("第二句。", second.text());
        assertEquals(15, second.startInParagraph());
    }

    @Test
    void shortSentenceIsOneClause() {
        Sentence sentence = splitter.split("两年前，首届中国—中亚峰会在中国西安成功举行。").get(0);
        assertFalse(sentence.hasClauses());
        assertEquals(List.of(new Clause(sentence.text(), 0)), sentence.clauses());
    }

    @Test
    void longSentenceIsCutAtSemicolons() {
        String text = "经贸合作蓬勃开展，有力拉动各自经济发展；互联互通新格局加速形成，让中亚国家也能触达远方；"
                + "合作项目落地开花，促进地区经济社会发展和民生改善。";
        Sentence sentence = splitter.split(text).get(0);
        assertEquals(List.of("经贸合作蓬勃开展，有力拉动各自经济发展；", "互联互通新格局加速形成，让中亚国家也能触达远方；",
                "合作项目落地开花，促进地区经济社会发展和民生改善。"),
                sentence.clauses().stream().map(Clause::text).toList());
        assertCovers(sentence);
    }

    @Test
    void clauseStillTooLongIsCutAtBalancedCommas() {
        String text = "中国同中亚国家关系不断迈上新台阶，中国—中亚命运共同体建设持续推进，是对丝路精神的传承弘扬，"
                + "更是面向未来破解时代命题的必然选择，不仅有利于增进地区福祉，也将推动世界和平与发展，"
                + "为构建人类命运共同体贡献力量。";
        Sentence sentence = splitter.split(text).get(0);
        assertEquals(2, sentence.clauses().size());
        for (Clause clause : sentence.clauses()) {
            assertTrue(clause.text().length() <= SentenceSplitter.DEFAULT_LONG_SENTENCE, clause.text());
            assertTrue(clause.text().length() >= 30, clause.text());
        }
        assertCovers(sentence);
    }

    @Test
    void thresholdIsConfigurable() {
        String text = "我们坚持相互尊重；我们坚持共同发展。";
        assertFalse(splitter.split(text).get(0).hasClauses());
        Sentence sentence = new SentenceSplitter(12).split(text).get(0);
        assertEquals(List.of(new Clause("我们坚持相互尊重；", 0), new Clause("我们坚持共同发展。", 9)), sentence.clauses());
        assertThrows(IllegalArgumentException.class, () -> new SentenceSplitter(5));
    }

    @Test
    void clauseAtFindsTheClauseOfAnOffset() {
        Sentence sentence = new SentenceSplitter(12).split("我们坚持相互尊重；我们坚持共同发展。").get(0);
        assertEquals(0, sentence.clauseAt(0).start());
        assertEquals(0, sentence.clauseAt(8).start());
        assertEquals(9, sentence.clauseAt(9).start());
        assertEquals(9, sentence.clauseAt(sentence.text().length()).start());
        assertThrows(IndexOutOfBoundsException.class, () -> sentence.clauseAt(-1));
    }

    private static void assertCovers(Sentence sentence) {
        StringBuilder joined = new StringBuilder();
        for (Clause clause : sentence.clauses()) {
            assertEquals(joined.length(), clause.start());
            joined.append(clause.text());
        }
        assertEquals(sentence.text(), joined.toString());
    }
}
