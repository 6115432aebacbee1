package io.newsroom.segmenter.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language patterns of the paper's furniture lines: jump lines, datelines, bylines and credits, the duty
 * editors' line, the index box and column labels. Every pattern is anchored and free of nested
 * quantifiers, so matching stays linear.
 */
public final class LinePatterns {

    /**
     * A page number as printed in jump and continuation markers: Arabic ("8", "12") or Chinese from 一 to 九十九
     * ("八", "十二", "二十"). {@link #pageNumber(String)} reads it.
     */
    static final String PAGE = "\\d{1,3}|[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]";

    /**
     * Jump rule: "（下转第8版）", "(下转第8版)", "（下转第八版）" at a line end or alone, or "详细报道见第8版" (seed 001
     * line 179, 003 line 9). Group 1 or 2 holds the page number ({@link #PAGE}). The marker is not text of the item:
     * it becomes the item's {@code continues_on_page}.
     */
    static final Pattern JUMP = Pattern.compile(
            "[（(] *下 *转 *第 *(" + PAGE + ") *版 *[）)]|详 *细 *报 *道 *见 *第 *(" + PAGE + ") *版");

    /**
     * Continuation rule: "（上接第1版）", "(上接第8版)", "（上接第一版）" or a bare "上接第一版", printed alone on the line
     * above a continued article's body (or at the start of its first line) on the page its jump leads to. Group 1
     * or 2 holds the page number ({@link #PAGE}). The marker is not text of the item: it becomes the item's
     * {@code continued_from_page}.
     */
    static final Pattern CONTINUED_FROM = Pattern.compile(
            "[（(] *上 *接 *第 *(" + PAGE + ") *版 *[）)]|上 *接 *第 *(" + PAGE + ") *版");

    /**
     * Dateline at the start of a body: "本报讯（记者 赵宗锋 黄振）", "本报讯 （记者 李政哲 黄涛）",
     * "本报北京讯（记者 林金彦 黄振）", half-width "本报讯(记者 吴兆旭)", and wire datelines "据新华社北京2月27日电",
     * with the wire's reporters when printed: "新华社北京3月5日电（记者 王琳 李强）".
     */
    static final Pattern DATELINE = Pattern.compile(
            "^(?:本报[\\p{IsHan}]{0,6}讯 *(?:[（(][^（）()]{1,60}[）)])?"
                    + "|据?(?:新华社|中新社|人民日报|央视新闻|大众日报)[\\p{IsHan}\\d]{0,16}?电"
                    + "(?: *[（(](?:记者|通讯员)[^（）()]{1,40}[）)])?)");

    /** A byline or credit mark "■" (also "●" and "◆") at the start of a line: "■ 本报记者 刘敏". */
    static final Pattern MARK = Pattern.compile("^[■●◆] *\\S");

    /** The characters that mark a byline or credit. */
    static final String MARKS = "■●◆";

    /**
     * @param line stripped line text
     * @return {@code true} when the line holds a mark character anywhere (a cheap guard before {@link #INLINE_MARK})
     */
    public static boolean hasMark(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (MARKS.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A credit printed at the end of a caption's last line: "… 向“新”而行。 ■ 本报记者 许金松" (004 line 246). */
    static final Pattern INLINE_MARK = Pattern.compile(" +[■●◆] *(?=\\S)");

    /**
     * A byline without "■": a reporter role with names ("本报记者 赵宗锋", "本报通讯员 杨坤") or an office with one
     * name after a space ("高新区党工委书记、管委会主任 张亚"), on a short line with no sentence punctuation.
     */
    static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:本报|特约|见习)?(?:记者|通讯员|评论员|撰稿人|摄影)(?: *[\\p{IsHan}·]{2,5})?(?: +[\\p{IsHan}·]{2,5}){0,5}"
                    + "|[\\p{IsHan}、]{2,28}(?:书记|主任|县长|市长|区长|主席|局长|部长|院长|校长|委员|记者|通讯员|评论员)"
                    + "(?: +[\\p{IsHan}·]{2,4}){1,4})$");

    /**
     * A commentary byline: "本报评论员", "特约评论员 王强", "本报评论部". It signs an opinion piece and is never a
     * photographer's credit.
     */
    static final Pattern COMMENTARY = Pattern.compile("评论员|评论部");

    /** The duty editors' line: "值班编委:朱海波 值班审核:张洁 责编:王博 …" (seed 003 line 103). */
    static final Pattern STAFF = Pattern.compile("^(?:值班编委|值班主任|值班审核|责任编辑|责编)[:：]");

    /** The heading of the index box: "今日导读", "本期导读", "导读". */
    static final Pattern INDEX_HEADING = Pattern.compile("^(?:今日|本期|本版)?导读$");

    /** An index entry that names a page: "第3-5版", "…见第8版". */
    static final Pattern INDEX_PAGE = Pattern.compile("第 *\\d{1,3}(?: *[-—~～至、] *\\d{1,3})? *版$");

    /**
     * Column labels (栏目): a series number in a circle ("两会新观察 ③"), an editor's note or commentary label
     * ("编 者 按", "短评").
     */
    static final Pattern COLUMN = Pattern.compile(
            "^(?:.{2,16} *[①-⑳]|编者按|编后|编后语|短评|快评|时评|述评|社论|评论员文章)$");

    /** A series title joined with a middle dot: "学习贯彻党的二十届三中全会精神·抓学习话落实". */
    static final Pattern SERIES = Pattern.compile("^[^ ·]{6,30}·[^ ·]{2,20}$");

    /** An enumerated crosshead: "(一)忆往昔,聊城工业…", "（二）…", "一、…". */
    static final Pattern ENUMERATED = Pattern.compile("^(?:[（(][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)");

    private LinePatterns() {
    }

    /**
     * @param line stripped line text
     * @return the jump target page of the first jump marker on the line, or {@code null}
     */
    public static Integer jumpPage(String line) {
        if (line.indexOf('转') < 0 && line.indexOf('详') < 0) {
            return null;
        }
        return firstPage(JUMP.matcher(line));
    }

    /**
     * @param line stripped line text
     * @return the line without jump markers, stripped
     */
    public static String withoutJump(String line) {
        return JUMP.matcher(line).replaceAll("").strip();
    }

    /**
     * @param line stripped line text
     * @return the page of the first continuation marker on the line ("（上接第一版）" → 1), or {@code null}
     */
    public static Integer continuedFromPage(String line) {
        if (line.indexOf('接') < 0) {
            return null;
        }
        return firstPage(CONTINUED_FROM.matcher(line));
    }

    /**
     * @param line stripped line text
     * @return the line without continuation markers, stripped
     */
    public static String withoutContinuedFrom(String line) {
        return CONTINUED_FROM.matcher(line).replaceAll("").strip();
    }

    private static Integer firstPage(Matcher m) {
        if (!m.find()) {
            return null;
        }
        return pageNumber(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /**
     * @param printed a page number matched by {@link #PAGE}: "8", "八", "十二", "二十", "九十九"
     * @return its value
     */
    static int pageNumber(String printed) {
        if (Character.isDigit(printed.charAt(0))) {
            return Integer.parseInt(printed);
        }
        int ten = printed.indexOf('十');
        if (ten < 0) {
            return digit(printed.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(printed.charAt(0));
        int units = ten == printed.length() - 1 ? 0 : digit(printed.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(char c) {
        return "一二三四五六七八九".indexOf(c) + 1;
    }

    /**
     * @param text the start of a body, lines joined without separator
     * @return the length of the dateline at its start, or 0 when it has none
     */
    public static int datelineLength(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /**
     * @param line stripped line text
     * @return {@code true} for a "■" line
     */
    public static boolean isMark(String line) {
        return !line.isEmpty() && MARKS.indexOf(line.charAt(0)) >= 0 && MARK.matcher(line).find();
    }

    /**
     * @param line stripped line text without "■"
     * @return {@code true} when the line reads as a byline
     */
    public static boolean isByline(String line) {
        return line.length() <= 40 && BYLINE.matcher(Typography.cleanNames(line)).matches();
    }

    /**
     * @param text a byline or credit without "■"
     * @return {@code true} when it signs a commentary ("本报评论员") and so cannot be a photo credit
     */
    public static boolean isCommentaryByline(String text) {
        return COMMENTARY.matcher(text).find();
    }

    /**
     * @param line stripped line text
     * @return {@code true} for the duty editors' line
     */
    public static boolean isStaff(String line) {
        return !line.isEmpty() && (line.charAt(0) == '值' || line.charAt(0) == '责') && STAFF.matcher(line).find();
    }

    /**
     * @param line stripped line text
     * @return {@code true} for the index box heading
     */
    public static boolean isIndexHeading(String line) {
        return line.length() <= 12 && INDEX_HEADING.matcher(line.replace(" ", "")).matches();
    }

    /**
     * @param line stripped line text
     * @return {@code true} for an index entry naming a page
     */
    public static boolean isIndexPage(String line) {
        return INDEX_PAGE.matcher(line).find();
    }

    /**
     * @param line one headline-like line
     * @return {@code true} when it reads as a column label
     */
    public static boolean isColumn(String line) {
        String text = Typography.isLetterSpaced(line) ? line.replace(" ", "") : line;
        return text.length() <= 50 && COLUMN.matcher(text).matches();
    }

    /**
     * @param line one headline-like line
     * @return {@code true} for a long series title with a middle dot (a column label when a byline follows)
     */
    public static boolean isSeriesTitle(String line) {
        return SERIES.matcher(line).matches();
    }

    /**
     * @param line one line
     * @return {@code true} when it starts with a crosshead enumerator
     */
    public static boolean isEnumerated(String line) {
        return ENUMERATED.matcher(line).find();
    }
}
