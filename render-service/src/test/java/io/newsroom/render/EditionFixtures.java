package io.newsroom.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsroom.contract.ArticleStatus;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Correction;
import io.newsroom.contract.CorrectionKind;
import io.newsroom.contract.FrontMatterItem;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.Paragraph;
import io.newsroom.contract.Photo;
import io.newsroom.contract.json.ContractJsonModule;
import io.newsroom.devstack.Seeds;
import io.newsroom.render.edition.EditionContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Test editions: the hand-checked gold segmentations of seed front pages ({@code seeds/gold}, dates from
 * {@code seeds/editions.json}), each item turned into a full published article,
 * plus an adversarial two-page edition (markup, ampersands, quotes, a jump to an existing and to
 * a missing page).
 */
public final class EditionFixtures {

    /** Snake-case JSON like article-service's public API. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new JavaTimeModule()).registerModule(new ContractJsonModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Date of the adversarial edition. */
    public static final LocalDate ADVERSARIAL_DATE = LocalDate.of(2025, 4, 1);
    /** Headline of the adversarial article. */
    public static final String EVIL_HEADLINE = "<script>alert(\"x\")</script> & \"引号\" 'single' </h1>";

    private static final String[] GOLD = {"000_4d5d399ab3f75c42", "001_eedb6a7ca95d22b6", "004_fc92e0db041b966d"};

    private EditionFixtures() {
    }

    /** @return the gold editions then the adversarial one */
    public static List<EditionContent> editions() {
        List<EditionContent> editions = new ArrayList<>();
        JsonNode seeds = read(Seeds.file("editions.json"));
        for (String gold : GOLD) {
            JsonNode page = null;
            for (JsonNode p : seeds.get("pages")) {
                if (p.get("file").asText().equals(gold + ".txt")) {
                    page = p;
                }
            }
            LocalDate date = LocalDate.parse(page.get("date").asText());
            editions.add(new EditionContent("lcrb", "聊城日报", "聊城日报社", date,
                    fromGold(read(Seeds.gold(gold + ".json")), date, page.get("page").asInt(),
                            page.get("pageName").asText())));
        }
        editions.add(adversarial());
        editions.add(stitched());
        editions.add(frontMatter());
        return editions;
    }

    /** Date of the edition with front matter. */
    public static final LocalDate FRONT_MATTER_DATE = LocalDate.of(2025, 4, 2);
    /** The lead of the front-matter edition's article printed without a headline. */
    public static final String UNTITLED_LEAD = "本报讯 昨日上午，市区多条道路完成提升改造并恢复通行，沿线居民出行更加便利。";

    /**
     * Page 1 with a 今日导读 box, an article, an article printed without a headline and a staff line (README "Front
     * matter"): article-service lists the two articles and answers the box and the staff line as front matter.
     */
    public static EditionContent frontMatter() {
        Instant t = Instant.parse("2025-04-01T20:00:00Z");
        ArticleView headed = article("fm-1", 1, "要闻", 1, "article", null, null, "城区道路提升改造完工", null,
                "本报记者 张三", null, List.of(new Paragraph("body", "城区道路提升改造工程全部完工。")), null, List.of(), 1, t);
        ArticleView untitled = article("fm-2", 1, "要闻", 2, "article", null, null, null, null, null, null,
                List.of(new Paragraph("body", UNTITLED_LEAD), new Paragraph("body", "第二段正文。")), null, List.of(), 1,
                t);
        List<FrontMatterItem> front = List.of(
                new FrontMatterItem(id("fm-index"), 1, 0, ItemType.INDEX, "今日导读",
                        List.of(new Paragraph("body", "城市更新　第2版"), new Paragraph("body", "乡村振兴　第3版"))),
                new FrontMatterItem(id("fm-staff"), 1, 3, ItemType.STAFF, null,
                        List.of(new Paragraph("body", "值班编委：张三　责任编辑：李四　校对：王五"))));
        return new EditionContent("lcrb", "聊城日报", "聊城日报社", FRONT_MATTER_DATE, List.of(headed, untitled), front);
    }

    /** Date of the stitched edition. */
    public static final LocalDate STITCHED_DATE = LocalDate.of(2012, 1, 5);

    /**
     * The real multi-page edition lywb-e1 of the segmenter's {@code dev} corpus (pages 1, 2, 3 and 5) as
     * article-service's public API answers it once its jumps are linked (README "Jumps"): "老年公交IC卡明起分区办理"
     * (page 1, jumping to 3) and "“扫雪队”成主力" (1 → 5) are each one article with the whole text, {@code pages} and
     * {@code parts}, their continuations not listed; the teaser "路边垃圾成堆 沟渠臭味难闻" keeps "详见第2版" and links
     * to its story on page 2. Ids {@code 20120105-pN-NN}.
     *
     * @return the edition
     */
    public static EditionContent stitched() {
        java.nio.file.Path gold = Seeds.dir().resolve("..").resolve("segmenter").resolve("corpus").resolve("dev")
                .resolve("gold");
        List<ArticleView> all = new ArrayList<>();
        for (int page : new int[] {1, 2, 3, 5}) {
            all.addAll(fromGold(read(gold.resolve("lywb-e1-p" + page + ".pdftotext.json")), STITCHED_DATE, page,
                    page == 1 ? "要闻" : "社会"));
        }
        List<ArticleView> out = new ArrayList<>(all);
        for (ArticleView head : all) {
            if (head.continuesOnPage() == null) {
                continue;
            }
            ArticleView target = all.stream().filter(a -> a.page() == head.continuesOnPage()
                    && a.headline() != null && a.headline().equals(head.headline())).findFirst().orElseThrow();
            int at = out.indexOf(head);
            if (head.type() == ItemType.TEASER) {
                out.set(at, jumped(head, "详见第" + head.continuesOnPage() + "版", target.id(), head.paragraphs(),
                        null, null));
                continue;
            }
            List<Paragraph> text = new ArrayList<>(head.paragraphs());
            Paragraph last = text.remove(text.size() - 1);
            text.add(new Paragraph("body", last.text() + target.paragraphs().get(0).text()));
            text.addAll(target.paragraphs().subList(1, target.paragraphs().size()));
            out.set(at, jumped(head, "（下转第" + head.continuesOnPage() + "版）", target.id(), text,
                    List.of(head.page(), target.page()), List.of(new ArticleView.Part(head.page(), head.id(),
                            head.paragraphs()), new ArticleView.Part(target.page(), target.id(), target.paragraphs()))));
            out.remove(target);
        }
        return new EditionContent("lcrb", "洛阳晚报", "洛阳日报社", STITCHED_DATE, out);
    }

    private static ArticleView jumped(ArticleView a, String jumpText, UUID target, List<Paragraph> paragraphs,
            List<Integer> pages, List<ArticleView.Part> parts) {
        return new ArticleView(a.id(), "lcrb", STITCHED_DATE, a.page(), a.pageName(), a.position(), a.type(),
                a.column(), a.kicker(), a.headline(), a.subheadline(), a.byline(), a.contributors(), a.dateline(),
                a.datelineParts(), paragraphs, a.continuesOnPage(), null, jumpText, target, null, pages, parts,
                a.photos(), a.status(), a.version(), a.createdAt(), a.updatedAt(), a.publishedAt(), List.of(), null,
                a.webUrl());
    }

    /** Turns gold items into full articles: ids {@code yyyyMMdd-p1-NN}, positions from 1, version 1. */
    static List<ArticleView> fromGold(JsonNode gold, LocalDate date, int pageNumber, String pageName) {
        List<ArticleView> articles = new ArrayList<>();
        int position = 0;
        for (JsonNode item : gold.get("items")) {
            position++;
            Set<String> crossheads = new HashSet<>();
            item.path("crossheads").forEach(c -> crossheads.add(c.asText()));
            List<Paragraph> paragraphs = new ArrayList<>();
            item.path("paragraphs").forEach(p -> paragraphs.add(
                    new Paragraph(crossheads.contains(p.asText()) ? "crosshead" : "body", p.asText())));
            List<Photo> photos = new ArrayList<>();
            item.path("photos").forEach(p -> photos.add(new Photo(text(p, "caption"), text(p, "credit"), null)));
            String id = date.toString().replace("-", "") + "-p" + pageNumber + "-" + String.format("%02d", position);
            Instant updated = date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).minusSeconds(3600L * 4 - position * 60L);
            articles.add(article(id, pageNumber, pageName, position, text(item, "type"), text(item, "column"),
                    text(item, "kicker"), text(item, "headline"), text(item, "subheadline"), text(item, "byline"),
                    text(item, "dateline"), paragraphs,
                    item.hasNonNull("continues_on_page") ? item.get("continues_on_page").asInt() : null,
                    photos, 1, updated));
        }
        return articles;
    }

    /** Two pages: page 1 with hostile text jumping to page 2 (a link), page 2 jumping to page 9 (absent). */
    static EditionContent adversarial() {
        Instant t = Instant.parse("2025-03-31T22:15:30.123Z");
        ArticleView evil = article("evil-1", 1, "要闻 & <b>", 1, "article",
                "专栏 <em>", "A & B < C > D", EVIL_HEADLINE, "——\"quoted\" & 'apostrophe'",
                "本报记者 <张三> & 李四", "本报讯（记者 \"王五\"）",
                List.of(new Paragraph("body", "正文<script>alert(1)</script>，AT&T 的 a<b 与 c>d。"),
                        new Paragraph("crosshead", "小标题 <i>&amp;</i>"),
                        new Paragraph("body", "]]> --> <!-- &#x27; &nbsp; \"双引号\" '单引号'")),
                2,
                List.of(new Photo("<img src=x onerror=alert(1)> 图片说明 & 更多", "本报记者 \"摄影\" & 'co'", "img/1.jpg")),
                3, t);
        ArticleView second = corrected(article("evil-2", 2, "综合", 1, "article", null, null, "第二版文章", null,
                null, null, List.of(new Paragraph("body", "第二版的正文。")), 9, List.of(), 1, t.minusSeconds(60)),
                List.of(new Correction(t.minusSeconds(30), CorrectionKind.EDITED, List.of("headline", "paragraphs"),
                                "原稿<b>人名</b>有误 & 已更正"),
                        new Correction(t.minusSeconds(10), CorrectionKind.MERGED, List.of("paragraphs"), null)));
        ArticleView photo = article("evil-3", 2, "综合", 2, "photo", null, null, null, null, null, null,
                List.of(), null, List.of(new Photo("没有标题的图片新闻\n第二段说明", null, null)), 1, t.minusSeconds(120));
        return new EditionContent("lcrb", "聊城日报", "聊城日报社", ADVERSARIAL_DATE, List.of(second, photo, evil));
    }

    /** @return the article with these corrections, last changed at the last of them */
    static ArticleView corrected(ArticleView a, List<Correction> corrections) {
        return new ArticleView(a.id(), a.paper(), a.date(), a.page(), a.pageName(), a.position(), a.type(),
                a.column(), a.kicker(), a.headline(), a.subheadline(), a.byline(), a.contributors(), a.dateline(),
                a.datelineParts(), a.paragraphs(), a.continuesOnPage(), a.continuedFromPage(), a.jumpText(),
                a.jumpTargetId(), a.continuedFromId(), a.pages(), a.parts(), a.photos(), a.status(), a.version(),
                a.createdAt(), corrections.get(corrections.size() - 1).correctedAt(), a.publishedAt(), corrections,
                null, a.webUrl());
    }

    /**
     * @param key a readable name of a fixture article, e.g. {@code evil-1}
     * @return its id (a name-based UUID, the same on every run)
     */
    public static UUID id(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A published article as article-service's public API answers it (no editorial part).
     *
     * @param key a readable name, turned into the id by {@link #id}
     * @return the article
     */
    public static ArticleView article(String key, int page, String pageName, int position, String type,
            String column, String kicker, String headline, String subheadline, String byline, String dateline,
            List<Paragraph> paragraphs, Integer continuesOnPage, List<Photo> photos, long version,
            Instant updatedAt) {
        return new ArticleView(id(key), "lcrb", null, page, pageName, position, ItemType.fromCode(type), column,
                kicker, headline,
                subheadline, byline, List.of(), dateline, null, paragraphs, continuesOnPage, null, null, null, null,
                null, null, photos, ArticleStatus.PUBLISHED, version, updatedAt, updatedAt, updatedAt, List.of(), null, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode read(java.nio.file.Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
