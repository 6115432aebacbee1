package io.newsroom.article.rest;

import static io.newsroom.article.rest.Fixtures.MERGE_PATCH;
import static io.newsroom.article.rest.Fixtures.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.newsroom.article.matching.StoryPages;
import io.newsroom.article.search.SearchTerms;
import io.newsroom.contract.json.ContractJsonModule;
import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Chinese full-text search: quality on real pages against exact-substring ground truth, what readers and editors
 * see by status, index updates on edit and withdrawal, pagination, and refused parameters.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class SearchTest {

    private static final ObjectMapper WIRE = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).registerModule(new ContractJsonModule());
    /** The quality pages live on dates no other test uses. */
    private static final LocalDate FIRST = LocalDate.of(2091, 1, 1);

    /**
     * Every real page (seed gold, dev corpus gold) published as one edition each; every committed query answered by
     * the public API is compared with the articles whose text holds each of its words as written (今日导读 boxes and
     * staff lines are front matter, which readers do not search).
     */
    @Test
    void findsWhatTheTextHoldsAndNothingElse() throws IOException {
        List<StoryPages.Page> pages = StoryPages.pages();
        Map<String, List<String>> texts = new HashMap<>(); // article id → its folded texts
        for (int i = 0; i < pages.size(); i++) {
            String date = FIRST.plusDays(i).toString();
            Map<String, Object> body = new HashMap<>();
            body.put("page_name", "要闻");
            body.put("content_hash", Fixtures.sha256("search/" + date));
            body.put("items", pages.get(i).items().stream().map(s -> WIRE.convertValue(s.item(), Map.class)).toList());
            editor().contentType(ContentType.JSON).body(body).put("/api/v1/desk/editions/lcrb/{date}/pages/1", date)
                    .then().statusCode(200);
            Fixtures.publish("lcrb", date);
            JsonPath stored = editor().get("/api/v1/desk/editions/lcrb/{date}/articles", date).then().statusCode(200)
                    .extract().jsonPath();
            for (Map<String, Object> a : stored.<Map<String, Object>>getList("items")) {
                if (!List.of("index", "staff").contains(a.get("type"))) { // front matter: no article readers find
                    texts.put((String) a.get("id"), folded(a));
                }
            }
        }
        String to = FIRST.plusDays(pages.size()).toString();
        int expected = 0;
        int found = 0;
        List<String> misses = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> queries = queries();
        assertTrue(queries.size() >= 50, "at least 50 queries: " + queries.size());
        for (String q : queries) {
            List<String> words = SearchTerms.words(q);
            Set<String> truth = new TreeSet<>();
            texts.forEach((id, fields) -> {
                if (words.stream().allMatch(w -> fields.stream().anyMatch(f -> f.contains(w)))) {
                    truth.add(id);
                }
            });
            Set<String> hits = new HashSet<>();
            String cursor = null;
            do {
                var request = given().queryParam("q", q).queryParam("from", FIRST.toString()).queryParam("to", to)
                        .queryParam("limit", 100);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath page = request.get("/api/v1/search").then().statusCode(200).extract().jsonPath();
                hits.addAll(page.getList("items.id", String.class));
                assertEquals(truth.size(), page.getInt("total"), q + ": total");
                cursor = page.getString("next_cursor");
            } while (cursor != null);
            expected += truth.size();
            for (String id : truth) {
                if (hits.contains(id)) {
                    found++;
                } else {
                    misses.add(q + " → " + id);
                }
            }
            hits.stream().filter(id -> !truth.contains(id)).forEach(id -> wrong.add(q + " → " + id));
        }
        double recall = expected == 0 ? 0 : (double) found / expected;
        System.out.printf("search quality: %d queries, %d expected hits, recall %.4f, %d hits without the words%n",
                queries.size(), expected, recall, wrong.size());
        assertTrue(expected >= 200, "the queries must find something: " + expected);
        assertTrue(recall >= 0.98, "recall " + recall + ", missed: " + misses);
        assertEquals(List.of(), wrong, "hits whose text lacks a word of the query");
    }

    @Test
    void readersFindPublishedArticlesOnlyAndTheIndexFollowsEditsAndWithdrawals() {
        String date = Fixtures.freshDate();
        List<String> ids = Fixtures.upsert("lcrb", date, 1, Fixtures.page("要闻", "search-status" + date,
                List.of(Fixtures.article("鲲鹏展翅检索测试")))).extract().jsonPath().getList("articles.id", String.class);
        String id = ids.get(0);
        given().queryParam("q", "鲲鹏展翅").get("/api/v1/search").then().statusCode(200).body("total", equalTo(0));
        editor().queryParam("q", "鲲鹏展翅").get("/api/v1/desk/search").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("DRAFT"))
                .body("items[0].snippet", containsString("<em>鲲鹏展翅</em>"));
        editor().queryParam("q", "鲲鹏展翅").queryParam("status", "PUBLISHED").get("/api/v1/desk/search").then()
                .statusCode(200).body("total", equalTo(0));

        Fixtures.publish("lcrb", date);
        given().queryParam("q", "鲲鹏展翅").get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id)).body("items[0].page", equalTo(1));

        editor().contentType(MERGE_PATCH).header("If-Match", Fixtures.etag(id)).body("{\"headline\": \"雄鹰翱翔检索测试\"}")
                .patch("/api/v1/desk/articles/{id}", id).then().statusCode(200);
        given().queryParam("q", "雄鹰翱翔").get("/api/v1/search").then().body("total", equalTo(1));
        given().queryParam("q", "鲲鹏展翅 检索测试").get("/api/v1/search").then()
                .body("total", equalTo(1)); // the paragraphs still say 鲲鹏展翅检索测试

        editor().post("/api/v1/desk/articles/{id}/withdraw", id).then().statusCode(200);
        given().queryParam("q", "雄鹰翱翔").get("/api/v1/search").then().body("total", equalTo(0));
    }

    @Test
    void pagesGoOnByCursorToTheLastHit() {
        String date = Fixtures.freshDate();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(Fixtures.article("翻页检索样稿" + i));
        }
        Fixtures.upsert("lcrb", date, 1, Fixtures.page("要闻", "search-pages" + date, items));
        Fixtures.publish("lcrb", date);
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", "翻页检索样稿").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/search").then().statusCode(200).body("total", equalTo(5))
                    .extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            cursor = page.getString("next_cursor");
            pages++;
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void badParametersAreProblemsNamingTheField() {
        Map<String, Map<String, Object>> cases = Map.of(
                "q", Map.of("q", "，。！"),
                "limit", Map.of("q", "聊城", "limit", 0),
                "cursor", Map.of("q", "聊城", "cursor", "%%%"),
                "from", Map.of("q", "聊城", "from", "2025-02-30"),
                "paper", Map.of("q", "聊城", "paper", "X1"));
        cases.forEach((field, params) -> given().queryParams(params).get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field)));
        given().get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "聊城").queryParam("from", "2025-03-02").queryParam("to", "2025-03-01")
                .get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("from"));
        editor().queryParam("q", "聊城").queryParam("status", "LOST").get("/api/v1/desk/search").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("q", "聊城").get("/api/v1/desk/search").then().statusCode(401);
    }

    @SuppressWarnings("unchecked")
    private static List<String> folded(Map<String, Object> article) {
        List<String> out = new ArrayList<>();
        for (String k : List.of("column", "kicker", "headline", "subheadline", "byline", "dateline")) {
            if (article.get(k) != null) {
                out.add(SearchTerms.fold((String) article.get(k)));
            }
        }
        for (Map<String, Object> p : (List<Map<String, Object>>) article.get("paragraphs")) {
            out.add(SearchTerms.fold((String) p.get("text")));
        }
        for (Map<String, Object> p : (List<Map<String, Object>>) article.get("photos")) {
            for (String k : List.of("caption", "credit")) {
                if (p.get(k) != null) {
                    out.add(SearchTerms.fold((String) p.get(k)));
                }
            }
        }
        return out;
    }

    private static List<String> queries() throws IOException {
        try (InputStream in = SearchTest.class.getResourceAsStream("/search/queries.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }
}
