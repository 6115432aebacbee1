package io.newsroom.segmenter.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.segmenter.Flag;
import io.newsroom.segmenter.ItemType;
import io.newsroom.segmenter.LineRange;
import io.newsroom.segmenter.Photo;
import io.newsroom.segmenter.SegmentedItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentJsonModuleTest {

    @Test
    void itemsAreWrittenInTheContractShape() throws Exception {
        SegmentedItem item = new SegmentedItem(ItemType.PHOTO, null, null, null, null, null, null, List.of(), List.of(),
                8, 1, List.of(new Photo("3月23日，在冠县", "本报记者 田柏林")), List.of(Flag.BYLINE_UNCERTAIN), 0.85,
                List.of(new LineRange(35, 47), new LineRange(49, 49)));
        ObjectMapper mapper = SegmentJsonModule.mapper();
        String json = mapper.writeValueAsString(item);
        assertTrue(json.contains("本报记者 田柏林"), "not ASCII-escaped: " + json);
        JsonNode node = mapper.readTree(json);
        assertEquals(List.of("type", "column", "kicker", "headline", "subheadline", "byline", "dateline", "paragraphs",
                "crossheads", "continues_on_page", "continued_from_page", "photos", "flags", "confidence", "source_lines"),
                iterate(node));
        assertEquals("photo", node.get("type").asText());
        assertTrue(node.get("headline").isNull());
        assertEquals(8, node.get("continues_on_page").asInt());
        assertEquals(1, node.get("continued_from_page").asInt());
        assertEquals("BYLINE_UNCERTAIN", node.get("flags").get(0).asText());
        assertEquals("[[35,47],[49,49]]", node.get("source_lines").toString());
        assertEquals("本报记者 田柏林", node.get("photos").get(0).get("credit").asText());
    }

    private static List<String> iterate(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
