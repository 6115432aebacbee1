package io.newsroom.render.edition;

import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Correction;
import io.newsroom.contract.FrontMatterItem;
import io.newsroom.contract.ItemType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The structure both renditions share, computed once from an {@link EditionContent}: pages in
 * order with their articles, each article's display title, opening lines, previous/next article
 * and jump target. Templates only print what this class decided.
 *
 * <p>Rules:
 * <ul>
 * <li>Headline: the printed headline; "图片新闻" for a photo item without one; none for any other item without
 * one — readers never see an invented title: such an article is shown without a heading, its lead in body style,
 * labelled {@value #UNTITLED} for assistive technology.</li>
 * <li>Display title (page titles, table of contents, previous/next links, which cannot be empty): the headline, or
 * "（无标题）" and the opening of the first paragraph, so that it reads as a lead, not as a title.</li>
 * <li>Front matter (README "Front matter"): the 今日导读 boxes are the edition's index, printed before the pages (the
 * HTML index page, the EPUB's first document), the staff lines its colophon, in small print at its foot; neither
 * is an article card, page or nav entry.</li>
 * <li>Jump, printed as the page printed it ({@code jump_text}: "（下转第8版）", a teaser's "详见第2版"; "（下转第N版）" when
 * an older article has no wording): a link to the article it leads to ({@code jump_target_id}, a teaser's story)
 * when that is in the edition, else to the first article of the page it names when that page is in the edition,
 * plain text otherwise.</li>
 * <li>A story printed on several pages (README "Jumps": article-service answers its first article with the whole
 * text, {@code pages} and {@code parts}; its continuations are not listed) is rendered once, on its first page,
 * with its jump as print information only ("印刷版：第1版起，下转第3版"); every later page it is printed on gets a
 * stub "（上接第1版）" with its headline linking to it, before the page's articles.</li>
 * <li>Corrections (更正): an article corrected after publication shows "更新于" its {@code updated_at} and one line
 * per correction, oldest first: when (China Standard Time), what changed in words ("更正了标题、正文"), and the
 * editor's note; an article never corrected shows neither.</li>
 * </ul>
 *
 * @param content the edition
 * @param pages   pages in ascending number, each with its articles in reading order
 */
public record EditionLayout(EditionContent content, List<PageView> pages) {

    /** Length, in characters, of the lead shown in a display title when there is no headline. */
    static final int TITLE_CHARS = 24;
    /** Accessible label of an article printed without a headline. */
    static final String UNTITLED = "无标题稿件";
    /** Heading of an index box printed without one. */
    static final String INDEX_HEADING = "今日导读";
    /** Length, in characters, of the opening lines shown on the index page. */
    static final int OPENING_CHARS = 90;
    /** The article fields as readers call them, by API name (the fields a correction lists). */
    static final Map<String, String> FIELD_NAMES = Map.ofEntries(Map.entry("kicker", "引题"),
            Map.entry("headline", "标题"), Map.entry("subheadline", "副题"), Map.entry("column", "栏目"),
            Map.entry("byline", "署名"), Map.entry("dateline", "电头"), Map.entry("type", "稿件类型"),
            Map.entry("continues_on_page", "转版"), Map.entry("continued_from_page", "接版"),
            Map.entry("paragraphs", "正文"), Map.entry("photos", "图片"), Map.entry("status", "状态"));

    /**
     * One printed page.
     *
     * @param number   page number
     * @param label    "第1版 要闻" (or "第1版" without a page name)
     * @param anchor   fragment id, "page-1"
     * @param stubs    the stories continued on this page from an earlier one ("（上接第1版）")
     * @param articles its articles in reading order
     */
    public record PageView(int number, String label, String anchor, List<ContinuationStub> stubs,
            List<ArticleLayout> articles) {

        /** @return id of the page's first article, or of its first stub's story (pages are never empty) */
        public String firstArticleId() {
            return articles.isEmpty() ? stubs.get(0).articleId() : articles.get(0).article().id().toString();
        }
    }

    /**
     * Where a story rendered on its first page goes on in print: "（上接第1版）" and its headline, linking to it.
     *
     * @param fromPage  the page it continues from
     * @param articleId the story's article id (file stem)
     * @param title     the story's display title
     */
    public record ContinuationStub(int fromPage, String articleId, String title) {

        /** @return "（上接第1版）" */
        public String marker() {
            return "（上接第" + fromPage + "版）";
        }
    }

    /**
     * One article with everything decided for its rendering.
     *
     * @param article    the article
     * @param headline   its headline (see class rules), or null when it was printed without one
     * @param title      display title (see class rules)
     * @param opening    opening lines of the body for the index, or null when it has no body text
     * @param pageLabel  label of its page
     * @param previous   the article before it in reading order, or null for the first
     * @param next       the article after it, or null for the last
     * @param jumpTarget  id of the article its jump leads to (see class rules), or null
     * @param jumpText    the jump as printed, or null without a jump
     * @param printNote   for a story printed on several pages, "印刷版：第1版起，下转第3版"; else null
     * @param updated     when it was last changed, shown only when it was corrected, else null
     * @param corrections its corrections, oldest first (see class rules)
     */
    public record ArticleLayout(ArticleView article, String headline, String title, String opening, String pageLabel,
            ArticleLink previous, ArticleLink next, String jumpTarget, String jumpText, String printNote,
            Moment updated, List<CorrectionLine> corrections) {

        /** @return the accessible label of an article printed without a headline, {@value #UNTITLED} */
        public String untitledLabel() {
            return UNTITLED;
        }
    }

    /**
     * A point in time as printed.
     *
     * @param datetime ISO 8601 instant, for {@code <time datetime>}
     * @param when     as printed, "2025年3月26日 14:05" (China Standard Time)
     */
    public record Moment(String datetime, String when) {

        static Moment of(Instant instant) {
            return new Moment(instant.toString(), ChineseDates.dateTime(instant));
        }
    }

    /**
     * One correction as printed.
     *
     * @param at   when it was made
     * @param what what changed, in words, e.g. "更正了标题、正文"
     * @param note the editor's 更正说明, or null
     */
    public record CorrectionLine(Moment at, String what, String note) {
    }

    /**
     * A link to another article.
     *
     * @param id    its id (file stem)
     * @param title its display title
     */
    public record ArticleLink(String id, String title) {
    }

    /**
     * @param content the edition, articles already in reading order
     * @return its layout
     */
    public static EditionLayout of(EditionContent content) {
        List<ArticleView> articles = content.articles();
        Map<Integer, String> firstOfPage = new LinkedHashMap<>();
        Set<String> rendered = new HashSet<>();
        Map<Integer, List<ContinuationStub>> stubs = new TreeMap<>();
        for (ArticleView a : articles) {
            firstOfPage.putIfAbsent(a.page(), a.id().toString());
            rendered.add(a.id().toString());
            for (int p = 1; p < a.parts().size(); p++) {
                ArticleView.Part part = a.parts().get(p);
                stubs.computeIfAbsent(part.page(), n -> new ArrayList<>()).add(new ContinuationStub(
                        a.parts().get(p - 1).page(), a.id().toString(), title(a)));
                firstOfPage.putIfAbsent(part.page(), a.id().toString());
            }
        }
        List<ArticleLink> links = articles.stream().map(a -> new ArticleLink(a.id().toString(), title(a))).toList();
        Map<Integer, List<ArticleLayout>> byPage = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            ArticleView a = articles.get(i);
            ArticleLink previous = i > 0 ? links.get(i - 1) : null;
            ArticleLink next = i + 1 < articles.size() ? links.get(i + 1) : null;
            boolean stitched = a.pages().size() > 1;
            String jumpText = a.continuesOnPage() == null ? null
                    : a.jumpText() != null ? a.jumpText() : "（下转第" + a.continuesOnPage() + "版）";
            String linked = a.jumpTargetId() == null ? null : a.jumpTargetId().toString();
            String jumpTarget = stitched || a.continuesOnPage() == null ? null
                    : linked != null && rendered.contains(linked) ? linked : firstOfPage.get(a.continuesOnPage());
            List<CorrectionLine> corrections = a.corrections().stream().map(EditionLayout::correction).toList();
            Moment updated = corrections.isEmpty() || a.updatedAt() == null ? null : Moment.of(a.updatedAt());
            ArticleLayout view = new ArticleLayout(a, headline(a), links.get(i).title(), opening(a), pageLabel(a), previous, next,
                    jumpTarget, stitched ? null : jumpText, stitched ? printNote(a.pages()) : null, updated,
                    corrections);
            byPage.computeIfAbsent(a.page(), p -> new ArrayList<>()).add(view);
        }
        Map<Integer, String> labels = new TreeMap<>();
        byPage.forEach((number, views) -> labels.put(number, views.get(0).pageLabel()));
        stubs.keySet().forEach(number -> labels.putIfAbsent(number, "第" + number + "版"));
        List<PageView> pages = new ArrayList<>();
        labels.forEach((number, label) -> pages.add(new PageView(number, label, "page-" + number,
                List.copyOf(stubs.getOrDefault(number, List.of())), List.copyOf(byPage.getOrDefault(number,
                        List.of())))));
        return new EditionLayout(content, List.copyOf(pages));
    }

    /**
     * One 今日导读 box of the edition's index.
     *
     * @param anchor  fragment id, "index-1"
     * @param heading its heading as printed, {@value #INDEX_HEADING} when none was
     * @param lines   its lines
     */
    public record IndexBox(String anchor, String heading, List<String> lines) {
    }

    /** @return the 今日导读 boxes of the front matter, in page order (see class rules) */
    public List<IndexBox> index() {
        List<IndexBox> boxes = new ArrayList<>();
        for (FrontMatterItem item : content.frontMatter()) {
            if (item.type() == ItemType.INDEX) {
                boxes.add(new IndexBox("index-" + (boxes.size() + 1),
                        blank(item.headline()) ? INDEX_HEADING : item.headline().strip(), lines(item)));
            }
        }
        return List.copyOf(boxes);
    }

    /** @return the lines of the front matter's staff lines, the colophon (see class rules) */
    public List<String> colophon() {
        return content.frontMatter().stream().filter(item -> item.type() == ItemType.STAFF)
                .flatMap(item -> lines(item).stream()).toList();
    }

    private static List<String> lines(FrontMatterItem item) {
        return item.paragraphs().stream().map(p -> p.text().strip()).filter(t -> !t.isEmpty()).toList();
    }

    /** @return id of the edition's first article in reading order */
    public String firstArticleId() {
        return pages.get(0).firstArticleId();
    }

    /** @return every article view in reading order */
    public List<ArticleLayout> articles() {
        return pages.stream().flatMap(p -> p.articles().stream()).toList();
    }

    /** @return "印刷版：第1版起，下转第3版" (every later page, "、" between them) */
    static String printNote(List<Integer> pages) {
        StringBuilder note = new StringBuilder("印刷版：第").append(pages.get(0)).append("版起，下转");
        for (int i = 1; i < pages.size(); i++) {
            note.append(i > 1 ? "、" : "").append("第").append(pages.get(i)).append("版");
        }
        return note.toString();
    }

    /** @return "第1版 要闻", or "第1版" when the page has no name */
    static String pageLabel(ArticleView a) {
        String name = a.pageName() == null ? "" : a.pageName().strip();
        return "第" + a.page() + "版" + (name.isEmpty() ? "" : " " + name);
    }

    /** @return the correction in words (see class rules) */
    static CorrectionLine correction(Correction c) {
        String fields = c.fields().stream().map(f -> FIELD_NAMES.getOrDefault(f, f)).collect(Collectors.joining("、"));
        String what = switch (c.kind()) {
            case EDITED -> fields.isEmpty() ? "更正了本文" : "更正了" + fields;
            case WITHDRAWN -> "撤回了本文";
            case MERGED -> "与相邻稿件合并" + (fields.isEmpty() ? "" : "，更正了" + fields);
            case SPLIT -> "拆分为两篇稿件";
            case UPDATED_FROM_PAGE -> "按版面更新了" + (fields.isEmpty() ? "本文" : fields);
        };
        String note = c.note() == null || c.note().isBlank() ? null : c.note().strip();
        return new CorrectionLine(Moment.of(c.correctedAt()), what, note);
    }

    /** @return the headline (see class rules), or null */
    static String headline(ArticleView a) {
        if (!blank(a.headline())) {
            return a.headline().strip();
        }
        return a.type() == ItemType.PHOTO ? "图片新闻" : null;
    }

    /** @return the display title (see class rules) */
    static String title(ArticleView a) {
        String headline = headline(a);
        if (headline != null) {
            return headline;
        }
        String first = firstBodyText(a);
        return "（无标题）" + (first == null ? pageLabel(a) + " " + UNTITLED : shorten(first, TITLE_CHARS));
    }

    /** @return the opening of the first body paragraph, at most {@link #OPENING_CHARS} characters, or null */
    static String opening(ArticleView a) {
        String first = firstBodyText(a);
        return first == null ? null : shorten(first, OPENING_CHARS);
    }

    private static String firstBodyText(ArticleView a) {
        return a.paragraphs().stream()
                .filter(p -> !p.crosshead() && !blank(p.text()))
                .map(p -> p.text().strip())
                .findFirst()
                .orElse(null);
    }

    /** Cuts at a code point boundary and marks the cut with "……". */
    static String shorten(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints)) + "……";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
