package io.newsroom.article.parsing;

import io.newsroom.devstack.Seeds;
import java.nio.file.Files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.contract.Contributor;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every byline, dateline and photo credit of the hand-checked gold pages parses into named people. */
class GoldCreditsTest {

    @ParameterizedTest
    @ValueSource(strings = {"000_4d5d399ab3f75c42.json", "001_eedb6a7ca95d22b6.json", "004_fc92e0db041b966d.json"})
    void goldCreditsParse(String file) throws IOException {
        JsonNode items;
        try (InputStream in = Files.newInputStream(Seeds.gold(file))) {
            items = new ObjectMapper().readTree(in).get("items");
        }
        int checked = 0;
        for (JsonNode item : items) {
            if (item.hasNonNull("dateline")) {
                DatelineParser.ParsedDateline d = DatelineParser.parse(item.get("dateline").asText());
                assertNotNull(d.parts().source(), item.get("dateline").asText());
                d.contributors().forEach(GoldCreditsTest::assertPerson);
                checked++;
            }
            if (item.hasNonNull("byline")) {
                List<Contributor> people = BylineParser.parse(item.get("byline").asText());
                assertFalse(people.isEmpty(), item.get("byline").asText());
                people.forEach(GoldCreditsTest::assertPerson);
                checked++;
            }
            for (JsonNode photo : item.path("photos")) {
                if (photo.hasNonNull("credit")) {
                    List<Contributor> people = BylineParser.parse(photo.get("credit").asText());
                    assertEquals("记者", people.get(0).role(), photo.get("credit").asText());
                    people.forEach(GoldCreditsTest::assertPerson);
                }
            }
        }
        assertTrue(checked > 3, "the page has credits");
    }

    private static void assertPerson(Contributor c) {
        assertTrue(c.name() != null && c.name().matches("\\p{IsHan}{2,4}"), c.toString());
    }
}
