package app.yuedu.articles.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the metadata lines of Chinese news copy: the dateline ({@code 新华社北京6月15日电},
 * {@code 本报讯}), possibly followed by the wire copy's title ({@code 新华社北京6月15日电 题：携手构建…}), the
 * byline ({@code 新华社记者 董越}, {@code 本报记者 张三 李四}, {@code （记者 董越）}) and the end mark
 * {@code （完）}.
 *
 * <p>All patterns are anchored and their repetitions bounded, and whole-line matching is only tried on
 * lines of at most {@value #MAX_LINE} characters, so matching costs nothing on long paragraphs and cannot
 * backtrack catastrophically.
 */
final class ArticleMetadata {

    /** Longest line that can be a dateline or byline line on its own. */
    static final int MAX_LINE = 72;

    private static final String NUMBER = "(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})";
    private static final String AGENCY = "(?:新华社|中新社|中国新闻社|中新网|人民网|新华网|央视网|央广网|光明网"
            + "|中国日报网|中国青年网|澎湃新闻|本报|\\p{IsHan}{2,6}?(?:日报|晚报|晨报|时报|新闻网|电视台))";
    /** Agency, place and date, then 电 or 讯; or plain 本报讯. Spaces anywhere inside, as PDFs put them. */
    private static final String DATELINE = "(?:本报讯|" + AGENCY + " ?[\\p{IsHan}·]{0,15}? ?(?:" + NUMBER
            + " ?月 ?)?" + NUMBER + " ?日 ?[电讯])";
    private static final String NAME = "[\\p{IsHan}·]{2,8}";
    private static final String NAMES = NAME + "(?:(?: |[、，,] ?)" + NAME + "){0,7}";
    /** Who (记者 with an optional agency before it), a separator (space, colon or none), the names. */
    private static final String BYLINE = "(?<who>\\p{IsHan}{0,10}?(?:记者|通讯员))(?<sep> ?[:：] ?| ?)(?<names>" + NAMES + ")";

    private static final Pattern DATELINE_LINE = Pattern.compile(
            "[（(【\\[]?(?<dateline>" + DATELINE + ")[）)】\\]]?"
                    + "(?: ?[（(](?<byline>" + BYLINE + ")[）)])?"
                    + "(?: ?题 ?[:：] ?(?<headline>[^。！？；]{2,48}))?");
    private static final Pattern END_MARK = Pattern.compile("[（(【\\[] ?完 ?[）)】\\]]");
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "(?<open>[（(]?)" + BYLINE + "(?<close>[）)]?)");
    private static final Pattern DATELINE_PREFIX = Pattern.compile(
            "(?<open>[（(【\\[])?(?<dateline>" + DATELINE + ")(?<close>[）)】\\]])?"
                    + "(?: ?[（(](?<byline>" + BYLINE + ")[）)])? ?");

    private ArticleMetadata() {
    }

    /** What a metadata line or prefix holds; any part may be null (all of them for an end mark). */
    record Found(String dateline, String byline, String headline, int end) {
    }

    /**
     * A cheap test that rules out most body lines before any regular expression runs: a metadata line
     * is short and holds 电 or 讯 (dateline), 记者 or 通讯员 (byline), or 完 (end mark).
     */
    static boolean mayBeMetadataLine(String line) {
        if (line.length() > MAX_LINE) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '电' || c == '讯' || c == '者' || c == '员' || c == '完') {
                return true;
            }
        }
        return false;
    }

    /**
     * Matches a whole line (trimmed, spaces collapsed to single ASCII spaces) that is nothing but a
     * dateline (followed or not by a bracketed byline and a title after 题：), a byline, or the end mark
     * （完）.
     *
     * @return what the line holds, or null when it is not a metadata line
     */
    static Found matchLine(String line) {
        if (line.length() > MAX_LINE) {
            return null;
        }
        Matcher dateline = DATELINE_LINE.matcher(line);
        if (dateline.matches()) {
            String headline = dateline.group("headline");
            return new Found(datelineOf(dateline), bylineOf(dateline), headline == null ? null : headline.strip(),
                    line.length());
        }
        Matcher byline = BYLINE_LINE.matcher(line);
        if (byline.matches() && isConfidentByline(byline)
                && byline.group("open").isEmpty() == byline.group("close").isEmpty()) {
            return new Found(null, bylineOf(byline), null, line.length());
        }
        if (END_MARK.matcher(line).matches()) {
            return new Found(null, null, null, line.length());
        }
        return null;
    }

    /**
     * Matches a dateline (bracketed or not, optionally followed by a bracketed byline) at the start of
     * the first body paragraph, as in {@code （新华社北京6月15日电）应哈萨克斯坦…} or
     * {@code 新华社北京6月15日电（记者 董越）应…}.
     *
     * @return what the prefix holds and where the body starts, or null when there is no dateline prefix
     */
    static Found matchPrefix(String paragraph) {
        Matcher m = DATELINE_PREFIX.matcher(paragraph);
        if (!m.lookingAt()) {
            return null;
        }
        if ((m.group("open") == null) != (m.group("close") == null)) {
            return null;
        }
        return new Found(datelineOf(m), bylineOf(m), null, m.end());
    }

    /**
     * A byline line without brackets must say who it is beyond a bare 记者 or put a separator before
     * the names, so that a wrapped body line such as {@code 记者了解到} is not taken for one.
     */
    private static boolean isConfidentByline(Matcher byline) {
        return !byline.group("open").isEmpty()
                || !byline.group("sep").isEmpty()
                || byline.group("who").length() > 2;
    }

    /** The length of {@code paragraph} without a trailing end mark such as {@code （完）}. */
    static int withoutEndMark(String paragraph) {
        int n = paragraph.length();
        if (n >= 3 && END_MARK.matcher(paragraph).region(n - 3, n).matches()) {
            return n - 3;
        }
        return n;
    }

    private static String datelineOf(Matcher m) {
        return m.group("dateline").replace(" ", "");
    }

    private static String bylineOf(Matcher m) {
        String who = m.group("who");
        if (who == null) {
            return null;
        }
        String names = m.group("names").replaceAll(" ?([、，,]) ?", "$1");
        return who + " " + names;
    }
}
