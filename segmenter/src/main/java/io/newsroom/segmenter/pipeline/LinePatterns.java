package io.newsroom.segmenter.pipeline;

import java.util.Arrays;
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
     * Jump rule: "（下转第8版）", "(下转第8版)", "（下转第八版）", "（转第8版）" at a line end or alone, "详细报道见第8版"
     * (seed 001 line 179, 003 line 9), a teaser's "详见第2版" (dev lywb-e1-p1 line 69, hxdsb-e1-p1 line 106) or a bare
     * "转第10版" (shared/gold/SCHEMA.md lists every form). Group 1 or 2 holds the page number ({@link #PAGE}). The
     * marker is not text of the item: it becomes the item's {@code continues_on_page}, and its wording, as printed,
     * the item's {@code jump_text} (a teaser's "详见第2版" is no "下转").
     */
    static final Pattern JUMP = Pattern.compile(
            "[（(] *下? *转 *第 *(" + PAGE + ") *版 *[）)]|(?:详 *细 *报 *道 *见|详 *见|下? *转) *第 *(" + PAGE + ") *版");

    /**
     * A jump marker found on a line.
     *
     * @param page the page it names
     * @param text the marker as printed, white space removed: "（下转第8版）", "详见第2版"
     */
    public record Jump(int page, String text) {
    }

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
     * with the wire's reporters when printed: "新华社北京3月5日电（记者 王琳 李强）". From dev: a place and date
     * ("本报杭州3月2日讯 （记者 何苏鸣 …）", "本报海宁9月28日电"), a name without role ("本报讯（方建兵）"), the
     * reporter run on ("本报讯 记者徐颢报道"), another paper's 讯 ("海都讯"), "信阳消息（王长江）", "据《京九晚报》".
     */
    static final Pattern DATELINE = Pattern.compile(
            "^(?:本报[\\p{IsHan}\\d]{0,10}?[讯电](?!员)(?: *[（(][^（）()]{1,60}[）)]| +(?:记者|通讯员)[\\p{IsHan} ]{2,16}?报道)?"
                    + "|[\\p{IsHan}]{2,4}讯(?= |　|[（(])(?: *[（(][^（）()]{1,60}[）)])?"
                    + "|[\\p{IsHan}]{2,6}消息[（(][^（）()]{1,40}[）)]"
                    + "|据《[^《》]{2,12}》"
                    + "|据?(?:新华社|中新社|中新网|新华网|人民日报|央视新闻|大众日报)[\\p{IsHan}\\d]{0,16}?电"
                    + "(?: *[（(](?:记者|通讯员)[^（）()]{1,40}[）)])?)");

    /**
     * A byline or credit mark at the start of a line: "■ 本报记者 刘敏", also "□ ◎ ● ▲ ◆" ("▲（卢 鸣）", dev czrb-p03),
     * the marks segscore.py does not count as text.
     */
    static final Pattern MARK = Pattern.compile("^[■□◎●▲◆] *\\S");

    /** The characters that mark a byline or credit. */
    static final String MARKS = "■□◎●▲◆";

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
    static final Pattern INLINE_MARK = Pattern.compile(" +[■□◎●▲◆] *(?=\\S)");

    /**
     * A photo credit printed without "■" on a line of its own: a reporter's credit ending in 摄 or /图 ("杨树山本报记者潘宏宇白云峰摄",
     * dev hljrb-p01 pdfbox line 4; "本报记者 苏强摄"), an agency credit ("新华社发", "新华社记者 王鹏 摄", dev czrb-p01) or a
     * handout ("图片由市文旅局提供"), or names alone before 摄 ("殷小晴摄", "常延东 摄", dev jzrb-p11, yarb-p01).
     */
    static final Pattern PHOTO_CREDIT = Pattern.compile(
            "^(?:[\\p{IsHan}·　 ]{0,12}(?:记者|通讯员|摄影)[\\p{IsHan}·　 ]{1,20}(?:摄|摄影|/图)"
                    + "|[\\p{IsHan}]{1,6}社(?:记者[\\p{IsHan}·　 ]{2,12})?发"
                    + "|图片由[\\p{IsHan}·　 ]{2,20}提供"
                    + "|[\\p{IsHan}]{2,3}(?: [\\p{IsHan}]{2,3}){0,2}(?<!拍) ?摄)$");
    /**
     * The same credit run on at the end of a caption's last line after its sentence end: "…正忘情戏雪。　本报记者郭俊峰摄"
     * (dev hljrb-p01 pdfbox line 11), or a bare name after a space ("…城区形象。 许来伟 摄", dev jzrb-p11); group 1
     * or 2 is the credit.
     */
    static final Pattern INLINE_PHOTO_CREDIT = Pattern.compile(
            "(?<=[。！？”）)])[\\s　]*((?:[\\p{IsHan}·]{0,12}(?:记者|通讯员|摄影)[\\p{IsHan}·　 ]{1,20}(?:摄|/图))"
                    + "|[\\p{IsHan}]{1,6}社(?:记者[\\p{IsHan}·　 ]{2,12})?发)$"
                    + "|(?<=[。！？”）)])[\\s　]+([\\p{IsHan}]{2,4}(?: [\\p{IsHan}]{2,4}){0,2} ?摄)$");

    /** The role words of bylines, an agency prefix allowed: "YMG全媒体记者", "湖南日报全媒体记者". */
    private static final String ROLE = "[\\p{IsHan}A-Z]{0,8}?(?:全媒体|融媒体|首席|见习|特约|实习)?(?:记者|通讯员|评论员|撰稿人|摄影记者|摄影)"
            + "|实习生|栏目主持|主持人|文/图|文/摄|图/文";

    /**
     * A byline without "■": reporter roles with their names, in any order and number ("本报记者 赵宗锋", "记者 李涛
     * 通讯员 田英杰", "见习记者 连漪 文/图", "湖南日报全媒体记者 田燕", "快报记者 马晶晶", "通讯员 刘厚珉 摄", "文/图 记者
     * 周东伦", dev gold), or an office with one name after a space ("高新区党工委书记、管委会主任 张亚"), on a short line
     * with no sentence punctuation. A role may carry an agency prefix ("YMG全媒体记者", "XX日报社全媒体记者").
     */
    static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:" + ROLE + ")(?: *[\\p{IsHan}·]{2,5}(?: +[\\p{IsHan}·]{2,5}){0,5})? *(?:文/图|文/摄|摄|整理|报道)? *)+"
                    + "|[\\p{IsHan}、]{2,28}(?:书记|主任|县长|市长|区长|主席|局长|部长|院长|校长|委员|记者|通讯员|评论员)"
                    + "(?: +[\\p{IsHan}·]{2,4}){1,4}$");

    /**
     * A byline printed in brackets on a line of its own over the body: "（郭茂让 周佳佳）", "（卢 鸣）" (dev czrb-p03),
     * "（全媒体记者 王建成）", "（张骞/文 张梦珠/图）": ideographs, spaces and "/" only, and either a role word or names
     * (two or more, or one of two to four characters).
     */
    static final Pattern BRACKETED = Pattern.compile("^[（(]([\\p{IsHan}·/ ]{2,30})[）)]$");
    private static final Pattern ROLE_WORD = Pattern.compile("记者|通讯员|实习生|评论员|撰稿|主持|/[文图摄]|[文图摄]/");


    /**
     * A commentary byline: "本报评论员", "特约评论员 王强", "本报评论部". It signs an opinion piece and is never a
     * photographer's credit.
     */
    static final Pattern COMMENTARY = Pattern.compile("评论员|评论部");

    /** The duty editors' line: "值班编委:朱海波 值班审核:张洁 责编:王博 …" (seed 003 line 103). */
    static final Pattern STAFF = Pattern.compile("^(?:值班编委|值班主任|值班审核|责任编辑|责编)[:：]");

    /**
     * Pieces of the page header (报头/版头), which is no item: the date with its weekday ("2023年10月25日 星期三"),
     * the page number ("第1版", "第 12 版"), the page count ("今日16版"), the publisher ("滁州日报社出版",
     * "宁波日报报业集团出版", "辽宁日报传媒集团出版") and a paper's name ("滁州日报", "海峡都市报", "人民政协报"). Dev pages
     * czrb-p01 (pdfbox lines 8, 50, 51) and lywb-e1-p1 ("洛阳·热线洛阳晚报2023年4月6日 星期四第3版").
     */
    static final Pattern FURNITURE_PIECE = Pattern.compile(
            "\\d{4} *年 *\\d{1,2} *月 *\\d{1,2} *日 *(?:星期|周)[一二三四五六日天]"
                    + "|第 *\\d{1,3} *版|今日 *\\d{1,3} *版"
                    + "|\\p{IsHan}{2,10}(?:社|报业集团|传媒集团|报社)出版"
                    + "|\\p{IsHan}{2,6}(?:日报|晚报|都市报|晨报|早报|快报|商报|时报|法治报|政协报)");
    /** Punctuation of running text, which a header line does not keep besides its pieces. */
    private static final Pattern SENTENCE_MARK = Pattern.compile("[，。！？；：、,.!?;:“”\"（）()《》]");
    /** Most characters a header line may keep besides its {@link #FURNITURE_PIECE pieces}: a page name ("综合新闻", "社区/家事"). */
    static final int FURNITURE_REST = 6;

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
        Jump jump = jump(line);
        return jump == null ? null : jump.page();
    }

    /**
     * @param line stripped line text
     * @return the first jump marker on the line with its page and printed wording, or {@code null}
     */
    public static Jump jump(String line) {
        if (line.indexOf('版') < 0 || (line.indexOf('转') < 0 && line.indexOf('详') < 0)) {
            return null;
        }
        Matcher m = JUMP.matcher(line);
        if (!m.find()) {
            return null;
        }
        return new Jump(pageNumber(m.group(1) != null ? m.group(1) : m.group(2)), m.group().replace(" ", ""));
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
        if (line.indexOf('版') < 0 || line.indexOf('接') < 0) {
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
        if (!mayHoldDateline(text)) {
            return 0;
        }
        text = TextAffinity.foldAll(text);
        Matcher m = DATELINE.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /** Every dateline holds 讯, 电, 消息 or 《 within its first characters: a cheap test before the pattern. */
    /**
     * @param line a line
     * @param next the line after it
     * @return {@code false} when the two lines read as one cannot start with a dateline: a cheap test before
     *         {@link #datelineLength} on their concatenation
     */
    static boolean mayOpenWithDateline(String line, String next) {
        return mayHoldDateline(line) || (line.length() < DATELINE_REACH && mayHoldDateline(next));
    }

    /** Every dateline holds its key character within this many characters. */
    private static final int DATELINE_REACH = 24;

    private static boolean mayHoldDateline(String text) {
        for (int i = 0, end = Math.min(text.length(), DATELINE_REACH); i < end; i++) {
            char c = text.charAt(i);
            if (c == '讯' || c == '电' || c == '息' || c == '《') {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Every byline holds a bracket, a slash or one of these characters of role words: a cheap test first. */
    private static final String BYLINE_CHARS = "者员摄习持稿记任长⻓席/（(";

    /**
     * @param line stripped line text
     * @return {@code true} for a "■" line
     */
    public static boolean isMark(String line) {
        return !line.isEmpty() && MARKS.indexOf(line.charAt(0)) >= 0 && MARK.matcher(line).find();
    }

    /**
     * @param line stripped line text
     * @return {@code true} for a photo credit line without "■" ({@link #PHOTO_CREDIT})
     */
    public static boolean isPhotoCredit(String line) {
        return line.length() <= 32 && (line.endsWith("摄") || line.endsWith("摄影") || line.endsWith("/图")
                || line.endsWith("社发") || line.endsWith("提供"))
                && PHOTO_CREDIT.matcher(TextAffinity.foldAll(line)).matches();
    }

    /**
     * @param line stripped line text without "■"
     * @return {@code true} when the line reads as a byline
     */
    public static boolean isByline(String line) {
        if (line.length() > 40 || !containsAny(line, BYLINE_CHARS)) {
            return false;
        }
        line = TextAffinity.foldAll(line);
        if (line.length() > 2 && line.charAt(0) >= 'A' && line.charAt(0) <= 'Z' && Typography.isIdeograph(line.charAt(1))) {
            // a marker glyph that the extractor printed as a letter: "N本报记者 李思玲", "N海都记者 陈燕燕" (dev hxdsb-e1-p2)
            line = line.substring(1);
        }
        String clean = Typography.cleanNames(line);
        if (BYLINE.matcher(clean).matches()) {
            return true;
        }
        Matcher m = BRACKETED.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String inner = m.group(1).trim();
        if (ROLE_WORD.matcher(inner).find()) {
            return true;
        }
        String[] names = Typography.cleanNames(inner).split(" ");
        return names.length >= 2 ? Arrays.stream(names).allMatch(t -> t.length() <= 4)
                : names[0].length() >= 2 && names[0].length() <= 4;
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
        return !line.isEmpty() && (line.charAt(0) == '值' || line.charAt(0) == '责')
                && STAFF.matcher(TextAffinity.foldAll(line)).find();
    }

    /**
     * Page-furniture rule: a line is part of the page header when it holds at least one {@link #FURNITURE_PIECE}
     * and, without its pieces and spaces, at most {@link #FURNITURE_REST} characters that are no punctuation of a
     * sentence (a page name such as "民情一线通" may stay; "…第1版" ending a sentence of an index entry may not).
     *
     * @param line stripped line text
     * @return {@code true} for a header line ("2023年10月25日 星期三", "第1版", "滁州日报社出版", "今日16版 齐鲁晚报")
     */
    public static boolean isPageFurniture(String line) {
        if (line.isEmpty() || line.length() > 48 || !(line.indexOf('版') >= 0 || line.endsWith("报")
                || line.contains("星期"))) {
            return false;
        }
        line = TextAffinity.foldAll(line);
        java.util.regex.Matcher m = FURNITURE_PIECE.matcher(line);
        if (!m.find()) {
            return false;
        }
        String rest = FURNITURE_PIECE.matcher(line).replaceAll("").replaceAll("[\\s　]", "");
        return rest.codePointCount(0, rest.length()) <= FURNITURE_REST && !SENTENCE_MARK.matcher(rest).find();
    }

    /**
     * @param line stripped line text
     * @return {@code true} for the index box heading
     */
    public static boolean isIndexHeading(String line) {
        return line.length() <= 12 && line.endsWith("读")
                && INDEX_HEADING.matcher(TextAffinity.foldAll(line).replace(" ", "")).matches();
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
