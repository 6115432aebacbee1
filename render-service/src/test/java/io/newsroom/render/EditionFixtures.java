package io.newsroom.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsroom.render.edition.EditionArticle;
import io.newsroom.render.edition.EditionArticle.ArticleParagraph;
import io.newsroom.render.edition.EditionArticle.ArticlePhoto;
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

/**
 * Test editions: the hand-checked gold segmentations of seed front pages (copied from
 * /work/shared/gold to {@code fixtures/gold}), each item turned into a full published article,
 * plus an adversarial two-page edition (markup, ampersands, quotes, a jump to an existing and to
 * a missing page).
 */
public final class EditionFixtures {

    /** Snake-case JSON like article-service's public API. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new JavaTimeModule())
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
        JsonNode seeds = read("fixtures/gold/editions.json");
        for (String gold : GOLD) {
            JsonNode page = null;
            for (JsonNode p : seeds.get("pages")) {
                if (p.get("file").asText().equals(gold + ".txt")) {
                    page = p;
                }
            }
            LocalDate date = LocalDate.parse(page.get("date").asText());
            editions.add(new EditionContent("lcrb", "聊城日报", "聊城日报社", date,
                    fromGold(read("fixtures/gold/" + gold + ".json"), date, page.get("page").asInt(),
                            page.get("pageName").asText())));
        }
        editions.add(adversarial());
        return editions;
    }

    /** Turns gold items into full articles: ids {@code yyyyMMdd-p1-NN}, positions from 1, version 1. */
    static List<EditionArticle> fromGold(JsonNode gold, LocalDate date, int pageNumber, String pageName) {
        List<EditionArticle> articles = new ArrayList<>();
        int position = 0;
        for (JsonNode item : gold.get("items")) {
            position++;
            Set<String> crossheads = new HashSet<>();
            item.path("crossheads").forEach(c -> crossheads.add(c.asText()));
            List<ArticleParagraph> paragraphs = new ArrayList<>();
            item.path("paragraphs").forEach(p -> paragraphs.add(
                    new ArticleParagraph(crossheads.contains(p.asText()) ? "crosshead" : "body", p.asText())));
            List<ArticlePhoto> photos = new ArrayList<>();
            item.path("photos").forEach(p -> photos.add(new ArticlePhoto(text(p, "caption"), text(p, "credit"), null)));
            String id = date.toString().replace("-", "") + "-p" + pageNumber + "-" + String.format("%02d", position);
            Instant updated = date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).minusSeconds(3600L * 4 - position * 60L);
            articles.add(new EditionArticle(id, pageNumber, pageName, position, text(item, "type"), text(item, "column"),
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
        EditionArticle evil = new EditionArticle("evil-1", 1, "要闻 & <b>", 1, "article",
                "专栏 <em>", "A & B < C > D", EVIL_HEADLINE, "——\"quoted\" & 'apostrophe'",
                "本报记者 <张三> & 李四", "本报讯（记者 \"王五\"）",
                List.of(new ArticleParagraph("body", "正文<script>alert(1)</script>，AT&T 的 a<b 与 c>d。"),
                        new ArticleParagraph("crosshead", "小标题 <i>&amp;</i>"),
                        new ArticleParagraph("body", "]]> --> <!-- &#x27; &nbsp; \"双引号\" '单引号'")),
                2,
                List.of(new ArticlePhoto("<img src=x onerror=alert(1)> 图片说明 & 更多", "本报记者 \"摄影\" & 'co'", "img/1.jpg")),
                3, t);
        EditionArticle second = new EditionArticle("evil-2", 2, "综合", 1, "article", null, null, "第二版文章", null,
                null, null, List.of(new ArticleParagraph("body", "第二版的正文。")), 9, List.of(), 1, t.minusSeconds(60));
        EditionArticle photo = new EditionArticle("evil-3", 2, "综合", 2, "photo", null, null, null, null, null, null,
                List.of(), null, List.of(new ArticlePhoto("没有标题的图片新闻\n第二段说明", null, null)), 1, t.minusSeconds(120));
        return new EditionContent("lcrb", "聊城日报", "聊城日报社", ADVERSARIAL_DATE, List.of(second, photo, evil));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode read(String resource) {
        try (InputStream in = EditionFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
