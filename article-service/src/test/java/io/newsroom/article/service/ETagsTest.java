package io.newsroom.article.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void ifNoneMatchUsesWeakComparisonAndLists() {
        assertTrue(ETags.matches("\"3\"", "\"3\""));
        assertTrue(ETags.matches("W/\"3\"", "\"3\""));
        assertTrue(ETags.matches("\"1\", \"3\"", "\"3\""));
        assertTrue(ETags.matches("*", "\"3\""));
        assertFalse(ETags.matches("\"4\"", "\"3\""));
        assertFalse(ETags.matches(null, "\"3\""));
    }

    @Test
    void ifMatchUsesStrongComparison() {
        assertTrue(ETags.matchesStrongly("\"3\"", "\"3\""));
        assertTrue(ETags.matchesStrongly("3", "\"3\""));
        assertFalse(ETags.matchesStrongly("W/\"3\"", "\"3\""));
        assertFalse(ETags.matchesStrongly("\"2\"", "\"3\""));
    }

    @Test
    void representationTagsDependOnEveryByte() {
        String a = ETags.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(a, ETags.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(a, ETags.of("{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(34, a.length(), "quoted 32 hex digits");
    }
}
