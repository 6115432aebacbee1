package io.newsroom.support.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.newsroom.contract.ArticlePatch;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.PageUpsert;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The services' JSON reading ({@link ContractJsonCustomizer}) is strict: no lenient reading changes a value. */
class StrictJsonTest {

    private static final ObjectMapper JSON = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        new ContractJsonCustomizer().customize(mapper);
        return mapper;
    }

    private static String page(String member, String value) {
        return "{\"page_name\":\"要闻\",\"content_hash\":\"" + "a".repeat(64) + "\",\"items\":[{\"type\":\"article\","
                + "\"column\":null,\"headline\":\"甲\",\"paragraphs\":[\"第一段。\"],\"crossheads\":[],\"photos\":"
                + "[{\"caption\":\"图\",\"credit\":null}],\"flags\":[\"HEADLINE_MISSING\"],\"confidence\":0.9,"
                + "\"continues_on_page\":null,\"source_lines\":[[1,2]]," + "\"" + member + "\":" + value + "}]}";
    }

    @Test
    void aWellTypedPageIsRead() throws Exception {
        PageUpsert upsert = JSON.readValue(page("kicker", "\"引题\""), PageUpsert.class);
        assertEquals("引题", upsert.items().get(0).kicker());
        assertEquals(ItemType.ARTICLE, upsert.items().get(0).type());
        assertEquals(3, JSON.readValue(page("continues_on_page", "3"), PageUpsert.class).items().get(0)
                .continuesOnPage());
        assertEquals("😀", JSON.readValue("{\"headline\":\"\\ud83d\\ude00\"}", ArticlePatch.class).headline());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "kicker|123|items[0].kicker",
        "kicker|1.5|items[0].kicker",
        "kicker|true|items[0].kicker",
        "kicker|[1]|items[0].kicker",
        "kicker|\"a\\u0000b\"|items[0].kicker",
        "kicker|\"\\ud800\"|items[0].kicker",
        "kicker|\"x\\udc00\"|items[0].kicker",
        "continues_on_page|1.5|items[0].continues_on_page",
        "continues_on_page|1.0|items[0].continues_on_page",
        "continues_on_page|\"5\"|items[0].continues_on_page",
        "continues_on_page|true|items[0].continues_on_page",
        "paragraphs|[1]|items[0].paragraphs[0]",
        "paragraphs|[\"ok\", \"\\u0000\"]|items[0].paragraphs[1]",
        "flags|[0]|items[0].flags[0]",
        "confidence|\"0.9\"|items[0].confidence",
        "weight|1|items[0].weight"})
    void mistypedMembersAreRefusedNamingThem(String member, String value, String path) {
        String json = page(member, value).replace("\"" + member + "\":" + (member.equals("kicker") ? "" : "null,"), "")
                .replace(",\"" + member + "\":" + value, "") .replace("\"items\":[{", "\"items\":[{\"" + member
                + "\":" + value + ",");
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> JSON.readValue(json, PageUpsert.class),
                json);
        assertEquals(path, pathOf(e), e.getMessage());
    }

    @Test
    void textAfterTheDocumentIsRefused() {
        assertThrows(JsonProcessingException.class, () -> JSON.readValue("{\"headline\":\"x\"} xyz", ArticlePatch.class));
        assertThrows(JsonMappingException.class, () -> JSON.readValue("{\"headline\":\"x\"} {}", ArticlePatch.class));
    }

    @Test
    void theTextRuleNamesItsReason() {
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> JSON.readValue("{\"headline\":\"\\ud800\"}", ArticlePatch.class));
        assertInstanceOf(InvalidTextException.class, e);
        assertEquals("headline", pathOf(e));
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
