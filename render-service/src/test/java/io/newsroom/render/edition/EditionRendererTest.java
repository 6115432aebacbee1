package io.newsroom.render.edition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.render.EditionFixtures;
import io.newsroom.render.EpubChecker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The renderers on the fixture editions; EPUBCheck on every EPUB (HTML validity: {@link HtmlValidityTest}). */
class EditionRendererTest {

    private static final EditionRenderer RENDERER = new EditionRenderer();

    static Stream<EditionContent> editions() {
        return EditionFixtures.editions().stream();
    }

    @ParameterizedTest
    @MethodSource("editions")
    void epubPassesEpubcheckWithoutErrorsOrWarnings(EditionContent edition) {
        assertEquals("errors=0 warnings=0 fatal=0", EpubChecker.check(epub(RENDERER.render(edition)).bytes()),
                "EPUBCheck on " + edition.date());
    }

    @ParameterizedTest
    @MethodSource("editions")
    void sameEditionGivesSameBytes(EditionContent edition) {
        List<RenderedFile> first = RENDERER.render(edition);
        List<RenderedFile> second = new EditionRenderer().render(new EditionContent(edition.paperCode(),
                edition.paperName(), edition.publisher(), edition.date(), reversed(edition.articles()),
                edition.frontMatter()));
        assertEquals(first.stream().map(RenderedFile::path).toList(), second.stream().map(RenderedFile::path).toList());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).bytes(), second.get(i).bytes(), first.get(i).path());
        }
    }

    @Test
    void filesComeInStorageOrder() {
        EditionContent edition = EditionFixtures.editions().get(0);
        List<String> paths = RENDERER.render(edition).stream().map(RenderedFile::path).toList();
        List<String> expected = new ArrayList<>();
        edition.articles().forEach(a -> expected.add("articles/" + a.id() + ".html"));
        expected.addAll(List.of("index.html", "style.css", "lcrb-2025-03-26.epub"));
        assertEquals(expected, paths);
    }

    @Test
    void indexHasMastheadDateLanguageAndPagesWithoutScripts() {
        String index = text(RENDERER.render(EditionFixtures.editions().get(0)), "index.html");
        assertTrue(index.contains("<html lang=\"zh-CN\">"), index);
        assertTrue(index.contains("<h1>聊城日报</h1>"));
        assertTrue(index.contains("2025年3月26日 星期三"));
        assertTrue(index.contains("<h2 id=\"page-1-title\">第1版 要闻</h2>"));
        assertTrue(index.contains("<a href=\"articles/" + EditionFixtures.id("20250326-p1-03") + ".html\">全力争创全市现代化建设先行区</a>"));
        assertFalse(index.contains("<script"));
    }

    @Test
    void hostileTextIsEscapedEverywhere() throws IOException {
        List<RenderedFile> files = RENDERER.render(EditionFixtures.editions().get(3));
        String article = text(files, "articles/" + EditionFixtures.id("evil-1") + ".html");
        assertFalse(article.contains("<script"), article);
        assertFalse(article.contains("<img"));
        assertTrue(article.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;引号&quot; &#39;single&#39; &lt;/h1&gt;"),
                article);
        assertTrue(article.contains("AT&amp;T 的 a&lt;b 与 c&gt;d"));
        assertTrue(article.contains("小标题 &lt;i&gt;&amp;amp;&lt;/i&gt;"));
        String index = text(files, "index.html");
        assertFalse(index.contains("<script"));
        assertTrue(index.contains("第1版 要闻 &amp; &lt;b&gt;"));
        Map<String, String> epub = unzip(epub(files).bytes());
        String xhtml = epub.get("EPUB/articles/" + EditionFixtures.id("evil-1") + ".xhtml");
        assertFalse(xhtml.contains("<script"));
        assertTrue(xhtml.contains("]]&gt; --&gt; &lt;!-- &amp;#x27; &amp;nbsp;"), xhtml);
        assertTrue(epub.get("EPUB/nav.xhtml").contains("&lt;script&gt;"));
    }

    @Test
    void jumpIsALinkWhenThePageExistsAndTextOtherwise() throws IOException {
        List<RenderedFile> files = RENDERER.render(EditionFixtures.editions().get(3));
        assertTrue(text(files, "articles/" + EditionFixtures.id("evil-1") + ".html").contains("<a href=\"" + EditionFixtures.id("evil-2") + ".html\">（下转第2版）</a>"));
        String second = text(files, "articles/" + EditionFixtures.id("evil-2") + ".html");
        assertTrue(second.contains("<p class=\"jump\">（下转第9版）</p>"), second);
        assertTrue(unzip(epub(files).bytes()).get("EPUB/articles/" + EditionFixtures.id("evil-1") + ".xhtml")
                .contains("<a href=\"" + EditionFixtures.id("evil-2") + ".xhtml\">（下转第2版）</a>"));
        String gold = text(RENDERER.render(EditionFixtures.editions().get(1)), "articles/" + EditionFixtures.id("20250228-p1-03") + ".html");
        assertTrue(gold.contains("<p class=\"jump\">（下转第8版）</p>"), gold);
    }

    @Test
    void aStoryPrintedOnTwoPagesIsRenderedOnceOnItsFirstPageWithAStubOnTheOther() throws IOException {
        EditionContent edition = EditionFixtures.stitched();
        List<RenderedFile> files = RENDERER.render(edition);
        String head = EditionFixtures.id("20120105-p1-01").toString();
        String continuation = EditionFixtures.id("20120105-p3-01").toString();
        String article = text(files, "articles/" + head + ".html");
        assertTrue(article.contains("<h1 id=\"headline\">老年公交IC卡明起分区办理</h1>"), article);
        assertTrue(article.contains("<p>根据有关文件，此次新办老年公交IC卡对象为2008年6月30日前满70周岁的老人。"
                + "办证老人除了交纳两张5厘米近期正面免冠彩色照片（二代身份证彩照有效）和10元乘车意外伤害保险费外，"
                + "离休干部须携带离休干部证及身份证原件，由所在单位离休管理部门集中登记造册预约办理；"), article);
        assertTrue(article.contains("凭卡可乘坐市公交集团全部线路的公交汽车和电车。</p>"), "page 3's text is here");
        assertTrue(article.contains("<p class=\"print-info\">印刷版：第1版起，下转第3版</p>"), article);
        assertFalse(article.contains("class=\"jump\""), "no jump link: the story goes on right here");
        assertFalse(files.stream().anyMatch(f -> f.path().contains(continuation)), "the continuation is no page");

        String index = text(files, "index.html");
        String page3 = index.substring(index.indexOf("<section class=\"page\" id=\"page-3\""));
        page3 = page3.substring(0, page3.indexOf("</section>"));
        assertTrue(page3.contains("<p class=\"continued-from\">（上接第1版）</p>\n<h3><a href=\"articles/" + head
                + ".html\">老年公交IC卡明起分区办理</a></h3>"), page3);
        assertEquals(2, index.split("articles/" + head + ".html", -1).length - 1, "page 1's card and page 3's stub");
        String page5 = index.substring(index.indexOf("<section class=\"page\" id=\"page-5\""));
        assertTrue(page5.contains("（上接第1版）</p>\n<h3><a href=\"articles/" + EditionFixtures.id("20120105-p1-08")
                + ".html\">“扫雪队”成主力</a></h3>"), page5);

        String teaser = text(files, "articles/" + EditionFixtures.id("20120105-p1-06") + ".html");
        assertTrue(teaser.contains("<p class=\"jump\"><a href=\"" + EditionFixtures.id("20120105-p2-04")
                + ".html\">详见第2版</a></p>"), teaser);
        assertFalse(teaser.contains("下转"), "a teaser keeps its printed wording");

        Map<String, String> epub = unzip(epub(files).bytes());
        assertTrue(epub.containsKey("EPUB/articles/" + head + ".xhtml"));
        assertFalse(epub.keySet().stream().anyMatch(k -> k.contains(continuation)), epub.keySet().toString());
        long copies = epub.entrySet().stream().filter(e -> e.getKey().startsWith("EPUB/articles/"))
                .filter(e -> e.getValue().contains("集中登记造册预约办理")).count();
        assertEquals(1, copies, "the story is in the EPUB once");
        String nav = epub.get("EPUB/nav.xhtml");
        assertEquals(1, nav.split("articles/" + head + ".xhtml\">老年公交IC卡明起分区办理<", -1).length - 1,
                "listed once in the navigation: " + nav);
        assertFalse(nav.contains("上接"), "no stub in the EPUB's navigation");
        assertEquals("errors=0 warnings=0 fatal=0", EpubChecker.check(epub(files).bytes()));
    }

    @Test
    void aCorrectedArticleShowsWhenItWasUpdatedAndItsCorrections() throws IOException {
        List<RenderedFile> files = RENDERER.render(EditionFixtures.editions().get(3));
        String corrected = text(files, "articles/" + EditionFixtures.id("evil-2") + ".html");
        // 2025-03-31T22:15:20Z is 06:15 on 1 April in China Standard Time
        assertTrue(corrected.contains("<p class=\"updated\">更新于 <time datetime=\"2025-03-31T22:15:20.123Z\">"
                + "2025年4月1日 06:15</time></p>"), corrected);
        assertTrue(corrected.contains("<h2 id=\"corrections\">更正</h2>"));
        assertTrue(corrected.contains("<li><time datetime=\"2025-03-31T22:15:00.123Z\">2025年4月1日 06:15</time> "
                + "更正了标题、正文：原稿&lt;b&gt;人名&lt;/b&gt;有误 &amp; 已更正</li>"), corrected);
        assertTrue(corrected.contains("</time> 与相邻稿件合并，更正了正文</li>"), corrected);
        assertTrue(corrected.indexOf("更正了标题") < corrected.indexOf("与相邻稿件合并"), "oldest first");
        String uncorrected = text(files, "articles/" + EditionFixtures.id("evil-1") + ".html");
        assertFalse(uncorrected.contains("更新于") || uncorrected.contains("class=\"corrections\""), uncorrected);
        String xhtml = unzip(epub(files).bytes()).get("EPUB/articles/" + EditionFixtures.id("evil-2") + ".xhtml");
        assertTrue(xhtml.contains("<h2 id=\"corrections\">更正</h2>") && xhtml.contains("更新于"), xhtml);
    }

    @Test
    void articlePageHasStructureAndNavigation() {
        String page = text(RENDERER.render(EditionFixtures.editions().get(3)), "articles/" + EditionFixtures.id("evil-2") + ".html");
        assertTrue(page.contains("<a rel=\"prev\" href=\"" + EditionFixtures.id("evil-1") + ".html\">上一篇："));
        assertTrue(page.contains("<a rel=\"next\" href=\"" + EditionFixtures.id("evil-3") + ".html\">下一篇：图片新闻</a>"));
        assertTrue(page.contains("<main>") && page.contains("<nav class=\"article-nav\""));
        String photo = text(RENDERER.render(EditionFixtures.editions().get(3)), "articles/" + EditionFixtures.id("evil-3") + ".html");
        assertTrue(photo.contains("<h1 id=\"headline\">图片新闻</h1>"));
        assertTrue(photo.contains("<figcaption>没有标题的图片新闻\n第二段说明</figcaption>"), photo);
        String crosshead = text(RENDERER.render(EditionFixtures.editions().get(1)), "articles/" + EditionFixtures.id("20250228-p1-05") + ".html");
        assertTrue(crosshead.contains("<h2 class=\"crosshead\">栽好梧桐引凤栖：营商环境的“聊城温度”</h2>"));
    }

    @Test
    void epubHasMimetypeFirstAndStoredAndThePackageMetadata() throws IOException {
        byte[] epub = epub(RENDERER.render(EditionFixtures.editions().get(0))).bytes();
        assertEquals("mimetype", new String(epub, 30, 8, StandardCharsets.US_ASCII));
        assertEquals(0, epub[8] | epub[9] << 8, "compression method of the first entry: STORED");
        assertEquals("application/epub+zip", new String(epub, 38, 20, StandardCharsets.US_ASCII));
        Map<String, String> entries = unzip(epub);
        assertEquals(List.of("mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml",
                "EPUB/cover.xhtml", "EPUB/style.css"), new ArrayList<>(entries.keySet()).subList(0, 6));
        String opf = entries.get("EPUB/package.opf");
        assertTrue(opf.contains("<dc:title>聊城日报 2025年3月26日</dc:title>"));
        assertTrue(opf.contains("<dc:identifier id=\"pub-id\">" + EpubEditionRenderer.identifier("lcrb", "2025-03-26")));
        assertTrue(opf.contains("<dc:date>2025-03-26</dc:date>"));
        assertTrue(opf.contains("<dc:publisher>聊城日报社</dc:publisher>"));
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">2025-03-25T20:10:00Z</meta>"), opf);
        assertTrue(opf.contains("<meta property=\"schema:accessibilitySummary\">"));
        String nav = entries.get("EPUB/nav.xhtml");
        assertTrue(nav.contains("<li><a href=\"articles/" + EditionFixtures.id("20250326-p1-01") + ".xhtml\">第1版 要闻</a>\n<ol>"), nav);
        assertTrue(nav.contains("epub:type=\"landmarks\""));
    }

    @Test
    void identifierIsStablePerPaperAndDate() {
        assertEquals(EpubEditionRenderer.identifier("lcrb", "2025-03-26"), EpubEditionRenderer.identifier("lcrb", "2025-03-26"));
        assertFalse(EpubEditionRenderer.identifier("lcrb", "2025-03-26").equals(EpubEditionRenderer.identifier("lcrb", "2025-03-27")));
        assertTrue(EpubEditionRenderer.identifier("lcrb", "2025-03-26").matches("urn:uuid:[0-9a-f-]{36}"));
    }

    @Test
    void refusesEmptyEditions() {
        assertThrows(IllegalArgumentException.class,
                () -> RENDERER.render(new EditionContent("lcrb", "聊城日报", "聊城日报社", LocalDate.of(2025, 1, 1), List.of())));
    }

    @Test
    void frontMatterIsTheIndexAndTheColophonNeverAnArticle() throws IOException {
        EditionContent edition = EditionFixtures.frontMatter();
        List<RenderedFile> files = RENDERER.render(edition);
        String indexBox = EditionFixtures.id("fm-index").toString();
        String staff = EditionFixtures.id("fm-staff").toString();
        assertFalse(files.stream().anyMatch(f -> f.path().contains(indexBox) || f.path().contains(staff)),
                "no article page for front matter");

        String index = text(files, "index.html");
        int box = index.indexOf("<section class=\"front-index\" aria-labelledby=\"index-1\">\n<h2 id=\"index-1\">今日导读</h2>");
        assertTrue(box > 0 && box < index.indexOf("<section class=\"page\""), "the index box opens the edition: " + index);
        assertTrue(index.contains("<li>城市更新　第2版</li>\n<li>乡村振兴　第3版</li>"), index);
        String footer = index.substring(index.indexOf("<footer class=\"colophon\">"));
        assertTrue(footer.contains("<p class=\"staff\">值班编委：张三　责任编辑：李四　校对：王五</p>"), footer);
        assertEquals(1, index.split("值班编委", -1).length - 1, "the staff line only in the colophon");
        assertEquals(2, index.split("class=\"teaser-card\"", -1).length - 1, "two article cards, no more");

        Map<String, String> epub = unzip(epub(files).bytes());
        String cover = epub.get("EPUB/cover.xhtml");
        assertTrue(cover.contains("<h2 id=\"index-1\">今日导读</h2>") && cover.contains("<li>乡村振兴　第3版</li>"), cover);
        assertTrue(cover.contains("<p class=\"staff\">值班编委：张三　责任编辑：李四　校对：王五</p>"), cover);
        String nav = epub.get("EPUB/nav.xhtml");
        assertFalse(nav.contains("今日导读") || nav.contains("值班编委"), nav);
        assertTrue(epub.get("EPUB/package.opf").indexOf("<itemref idref=\"cover\"/>")
                < epub.get("EPUB/package.opf").indexOf("<itemref idref=\"a-"), "the cover is the first document");
        assertEquals("errors=0 warnings=0 fatal=0", EpubChecker.check(epub(files).bytes()));
    }

    @Test
    void anArticleWithoutHeadlineGetsNoInventedTitle() throws IOException {
        List<RenderedFile> files = RENDERER.render(EditionFixtures.frontMatter());
        String id = EditionFixtures.id("fm-2").toString();
        String lead = EditionFixtures.UNTITLED_LEAD;
        String short24 = lead.substring(0, 24);

        String page = text(files, "articles/" + id + ".html");
        assertFalse(page.contains("<h1"), "no heading made of its lead: " + page);
        assertTrue(page.contains("<article aria-label=\"无标题稿件\">"), page);
        assertTrue(page.contains("<p>" + lead + "</p>"), "its lead in body style: " + page);
        assertTrue(page.contains("<title>（无标题）" + short24 + "…… - 聊城日报"), "marked untitled: " + page);

        String index = text(files, "index.html");
        assertFalse(index.contains("<h3><a href=\"articles/" + id + ".html\">"), "no heading on its card: " + index);
        assertTrue(index.contains("<p class=\"opening untitled\"><a href=\"articles/" + id + ".html\" aria-label=\"无标题稿件："),
                index);
        String headed = text(files, "articles/" + EditionFixtures.id("fm-1") + ".html");
        assertTrue(headed.contains("下一篇：（无标题）" + short24), headed);
        assertTrue(headed.contains("<h1 id=\"headline\">城区道路提升改造完工</h1>"), headed);

        Map<String, String> epub = unzip(epub(files).bytes());
        String xhtml = epub.get("EPUB/articles/" + id + ".xhtml");
        assertFalse(xhtml.contains("<h1"), xhtml);
        assertTrue(epub.get("EPUB/nav.xhtml").contains(">（无标题）" + short24 + "……</a>"), "marked in the toc");
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    static RenderedFile epub(List<RenderedFile> files) {
        return files.stream().filter(f -> f.path().endsWith(".epub")).findFirst().orElseThrow();
    }

    static String text(List<RenderedFile> files, String path) {
        return new String(files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().bytes(),
                StandardCharsets.UTF_8);
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
