package io.newsroom.contract.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.contract.Flag;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.LineRange;
import io.newsroom.contract.Paragraph;
import io.newsroom.contract.Photo;
import io.newsroom.contract.SegmentedItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractJsonModuleTest {

    @Test
    void itemsAreWrittenInTheContractShape() throws Exception {
        SegmentedItem item = new SegmentedItem(ItemType.PHOTO, null, null, null, null, null, null, List.of(), List.of(),
                8, 1, "（下转第8版）", List.of(new Photo("3月23日，在冠县", "本报记者 田柏林", null)), List.of(Flag.BYLINE_UNCERTAIN), 0.85,
                List.of(new LineRange(35, 47), new LineRange(49, 49)));
        ObjectMapper mapper = ContractJsonModule.mapper();
        String json = mapper.writeValueAsString(item);
        assertTrue(json.contains("本报记者 田柏林"), "not ASCII-escaped: " + json);
        JsonNode node = mapper.readTree(json);
        assertEquals(List.of("type", "column", "kicker", "headline", "subheadline", "byline", "dateline", "paragraphs",
                "crossheads", "continues_on_page", "continued_from_page", "jump_text", "photos", "flags", "confidence", "source_lines"),
                iterate(node));
        assertEquals("photo", node.get("type").asText());
        assertTrue(node.get("headline").isNull());
        assertEquals(8, node.get("continues_on_page").asInt());
        assertEquals(1, node.get("continued_from_page").asInt());
        assertEquals("（下转第8版）", node.get("jump_text").asText());
        assertEquals("BYLINE_UNCERTAIN", node.get("flags").get(0).asText());
        assertEquals("[[35,47],[49,49]]", node.get("source_lines").toString());
        assertEquals("本报记者 田柏林", node.get("photos").get(0).get("credit").asText());
        assertEquals(item, mapper.readValue(json, SegmentedItem.class), "reads back what it writes");
    }

    @Test
    void unknownTypesAndBadRangesAreRefused() {
        ObjectMapper mapper = ContractJsonModule.mapper();
        assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> mapper.readValue("\"poem\"", ItemType.class));
        assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> mapper.readValue("[3, 1]", LineRange.class));
        assertEquals(ItemType.TEASER, assertDoesNotThrow(() -> mapper.readValue("\"teaser\"", ItemType.class)));
    }

    @Test
    void crossheadsAreMarkedInPlace() {
        SegmentedItem item = new SegmentedItem(ItemType.ARTICLE, null, null, "标题", null, null, null,
                List.of("第一段。", "小标题", "第二段。", "小标题"), List.of("小标题"), null, null, null, List.of(), List.of(),
                0.9, List.of(new LineRange(1, 4)));
        assertEquals(List.of(new Paragraph("body", "第一段。"), new Paragraph("crosshead", "小标题"),
                new Paragraph("body", "第二段。"), new Paragraph("body", "小标题")), item.body());
    }

    private static List<String> iterate(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
