package io.newsroom.article.rest;

import io.newsroom.devstack.Seeds;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.devstack.testing.JwtKeysResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data and calls shared by the article-service tests. Every test takes its own edition. */
final class Fixtures {

    /** Merge patch media type with an explicit charset (RestAssured would otherwise send ISO-8859-1). */
    static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private static final AtomicInteger NEXT_DAY = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** @return a date no other test in this JVM uses */
    static String freshDate() {
        return LocalDate.of(2030, 1, 1).plusDays(NEXT_DAY.incrementAndGet()).toString();
    }

    /** @return a request with an editor's bearer token (upn {@code alice}) */
    static RequestSpecification editor() {
        return given().auth().oauth2(JwtKeysResource.token("alice", "editor"));
    }

    /** @return an article item with a headline, a byline and two paragraphs */
    static Map<String, Object> article(String headline) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "article");
        item.put("column", null);
        item.put("kicker", "引题" + headline);
        item.put("headline", headline);
        item.put("subheadline", "——副题");
        item.put("byline", "本报记者 夏旭光 本报通讯员 杨坤");
        item.put("dateline", "本报讯（记者 赵宗锋 黄振）");
        item.put("paragraphs", List.of(headline + "的第一段。", "小标题", headline + "的第二段。"));
        item.put("crossheads", List.of("小标题"));
        item.put("continues_on_page", null);
        item.put("photos", List.of(Map.of("caption", headline + "图片说明", "credit", "本报记者 田柏林")));
        item.put("flags", List.of());
        item.put("confidence", 0.9);
        item.put("source_lines", List.of(List.of(1, 20)));
        return item;
    }

    /**
     * @param pageName page name
     * @param hashSeed text whose SHA-256 is the page content hash
     * @param items    the items
     * @return a page upsert body
     */
    static Map<String, Object> page(String pageName, String hashSeed, List<Map<String, Object>> items) {
        Map<String, Object> body = new HashMap<>();
        body.put("page_name", pageName);
        body.put("content_hash", sha256(hashSeed));
        body.put("items", items);
        return body;
    }

    /** PUTs a page as an editor and expects 200. */
    static ValidatableResponse upsert(String paper, String date, int page, Map<String, Object> body) {
        return editor().contentType(ContentType.JSON).body(body)
                .put("/api/v1/desk/editions/{paper}/{date}/pages/{page}", paper, date, page)
                .then().statusCode(200);
    }

    /** Upserts {@code count} articles on page 1 and returns their ids in position order. */
    static List<String> seed(String paper, String date, int page, int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(article("标题" + page + "-" + i));
        }
        return upsert(paper, date, page, page("要闻", paper + date + page + count, items))
                .extract().jsonPath().getList("articles.id", String.class);
    }

    /** @return the desk ETag of an article */
    static String etag(String id) {
        return editor().get("/api/v1/desk/articles/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    /** Publishes an edition as an editor and expects 200. */
    static void publish(String paper, String date) {
        editor().post("/api/v1/desk/editions/{paper}/{date}/publish", paper, date).then().statusCode(200);
    }

    /** @return the items of a gold segmentation in {@code seeds/gold} */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> goldItems(String name) {
        try (InputStream in = java.nio.file.Files.newInputStream(Seeds.gold(name))) {
            return (List<Map<String, Object>>) JSON.readValue(in, Map.class).get("items");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
