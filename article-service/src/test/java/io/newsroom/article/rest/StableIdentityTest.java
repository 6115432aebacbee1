package io.newsroom.article.rest;

import static io.newsroom.article.rest.Fixtures.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsroom.article.matching.StoryPages;
import io.newsroom.article.matching.StoryPages.Page;
import io.newsroom.article.matching.StoryPages.Story;
import io.newsroom.contract.json.ContractJsonModule;
import io.newsroom.devstack.testing.JwtKeysResource;
import io.newsroom.devstack.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The identity property through article-service itself (HTTP, PostgreSQL): real pages are uploaded, published, an
 * article is edited by an editor, then the pages are changed (items inserted, deleted, reordered, edited) and
 * uploaded again, several times. After every upload: no id carries another story; a published article is never
 * deleted or given another story; an editor's article keeps the editor's text; outcomes say what happened.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtKeysResource.class, restrictToAnnotatedClass = false)
class StableIdentityTest {

    private static final long SEED = 0x1D_2025L;
    private static final int TRIALS = 12;
    private static final int ROUNDS = 5;

    private static final ObjectMapper WIRE = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new ContractJsonModule())
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    @Test
    void reingestedPagesNeverGiveAnIdAnotherStory() {
        List<Page> pages = StoryPages.pages().stream().filter(p -> p.items().size() >= 3).toList();
        Random rnd = new Random(SEED);
        int checked = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Page page = pages.get(rnd.nextInt(pages.size()));
            String date = Fixtures.freshDate();
            List<Story> items = page.items();
            Map<String, String> storyOf = new HashMap<>();
            Set<String> published = new HashSet<>();
            Map<String, String> editedHeadline = new HashMap<>();
            List<String> history = new ArrayList<>(List.of("page " + page.name()));
            for (int round = 0; round <= ROUNDS; round++) {
                if (round > 0) {
                    Set<Story> ignored = Collections.newSetFromMap(new IdentityHashMap<>());
                    items = StoryPages.mutate(items, pages, rnd, ignored, history);
                }
                String where = "trial " + trial + ", round " + round + ": " + history;
                JsonPath result = upsert(date, items, trial + "/" + round);
                List<Map<String, Object>> outcomes = result.getList("articles");
                for (Map<String, Object> o : outcomes) {
                    String id = (String) o.get("id");
                    int position = (Integer) o.get("position");
                    String outcome = (String) o.get("outcome");
                    String story = position < items.size() ? items.get(position).story() : null;
                    switch (outcome) {
                        case "CREATED" -> {
                            assertFalse(storyOf.containsKey(id), where);
                            storyOf.put(id, story);
                        }
                        case "UPDATED", "UNCHANGED" -> assertEquals(storyOf.get(id), story,
                                "article " + id + " (" + outcome + ") changed story; " + where);
                        case "CONFLICT" -> {
                            assertTrue(published.contains(id) || editedHeadline.containsKey(id), where);
                            if (story != null) {
                                assertEquals(storyOf.get(id), story, "article " + id + " (CONFLICT); " + where);
                            }
                        }
                        case "REMOVED" -> {
                            assertFalse(published.contains(id), "a published article was deleted; " + where);
                            assertFalse(editedHeadline.containsKey(id), "an edited article was deleted; " + where);
                            storyOf.remove(id);
                        }
                        default -> throw new AssertionError(outcome);
                    }
                    checked++;
                }
                int itemCount = items.size();
                assertEquals(itemCount, outcomes.stream().filter(o -> (Integer) o.get("position") < itemCount
                        && !"REMOVED".equals(o.get("outcome"))).count(), "one article per item; " + where);
                checkStoredContent(date, items, editedHeadline, where);
                if (round == 1) {
                    Fixtures.publish("lcrb", date);
                    published.addAll(storyOf.keySet());
                }
                if (round == 2) {
                    String id = (String) outcomes.get(rnd.nextInt(items.size())).get("id");
                    String headline = "编辑改过的标题" + trial;
                    editor().contentType(Fixtures.MERGE_PATCH).header("If-Match", Fixtures.etag(id))
                            .body("{\"headline\": \"" + headline + "\"}")
                            .patch("/api/v1/desk/articles/{id}", id).then().statusCode(200);
                    editedHeadline.put(id, headline);
                }
            }
            for (String id : published) {
                editor().get("/api/v1/desk/articles/{id}", id).then().statusCode(200);
            }
        }
        assertTrue(checked > 200, "outcomes checked: " + checked);
    }

    /** Each article at an item's position holds that item (its headline), unless an editor changed it. */
    private static void checkStoredContent(String date, List<Story> items, Map<String, String> editedHeadline,
            String where) {
        JsonPath listing = editor().get("/api/v1/desk/editions/lcrb/{date}/articles?page=5", date).then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> articles = listing.getList("items");
        for (Map<String, Object> a : articles) {
            String id = (String) a.get("id");
            int position = (Integer) a.get("position");
            if (editedHeadline.containsKey(id)) {
                assertEquals(editedHeadline.get(id), a.get("headline"), "the editor's headline stays; " + where);
            } else if (position < items.size()) {
                assertEquals(items.get(position).item().headline(), a.get("headline"), where);
            }
        }
    }

    private static JsonPath upsert(String date, List<Story> items, String version) {
        Map<String, Object> body = new HashMap<>();
        body.put("page_name", "要闻");
        body.put("content_hash", Fixtures.sha256(date + "/" + version));
        body.put("items", items.stream().map(s -> WIRE.convertValue(s.item(), Map.class)).toList());
        return editor().contentType(ContentType.JSON).body(body)
                .put("/api/v1/desk/editions/lcrb/{date}/pages/5", date)
                .then().statusCode(200).extract().jsonPath();
    }
}
