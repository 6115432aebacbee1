package io.newsroom.edition.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.newsroom.edition.segment.Flag;
import io.newsroom.edition.segment.ItemType;
import io.newsroom.edition.segment.LineRange;
import io.newsroom.edition.segment.Photo;
import io.newsroom.edition.segment.SegmentedItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemJsonCustomizerTest {

    @Test
    void writesItemsInTheReadmeShape() throws Exception {
        ObjectMapper mapper = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        new ItemJsonCustomizer().customize(mapper);
        SegmentedItem item = new SegmentedItem(ItemType.PHOTO, null, null, null, null, null, null, List.of(),
                List.of(), 8, List.of(new Photo("图说", "本报记者 田柏林")), List.of(Flag.HEADLINE_MISSING), 0.5,
                List.of(new LineRange(1, 34), new LineRange(140, 143)));

        var json = mapper.readTree(mapper.writeValueAsString(item));

        assertEquals("photo", json.get("type").asText());
        assertEquals("[[1,34],[140,143]]", json.get("source_lines").toString());
        assertEquals(8, json.get("continues_on_page").asInt());
        assertEquals("HEADLINE_MISSING", json.get("flags").get(0).asText());
        assertEquals("本报记者 田柏林", json.get("photos").get(0).get("credit").asText());
    }
}
