package io.newsroom.article.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsroom.support.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorsTest {

    @Test
    void roundTripIsUrlSafe() {
        String cursor = Cursors.encode("e1", "2025-03-26", "lcrb");
        assertEquals(List.of("2025-03-26", "lcrb"), Cursors.decode("e1", cursor, 2));
        assertEquals(-1, cursor.indexOf('='));
        assertEquals(-1, cursor.indexOf('/'));
    }

    @Test
    void foreignOrBrokenCursorsAre400NamingCursor() {
        String articles = Cursors.encode("a1", 1, 3);
        for (String bad : List.of(articles, "%%%", Cursors.encode("e1", "only-one"))) {
            ProblemException e = assertThrows(ProblemException.class, () -> Cursors.decode("e1", bad, 2));
            assertEquals(400, e.status());
            assertEquals("cursor", e.errors().get(0).field());
        }
    }

    @Test
    void limitDefaultsTo50AndStaysWithin1To100() {
        assertEquals(50, Cursors.limit(null));
        assertEquals(100, Cursors.limit("100"));
        assertEquals(1, Cursors.limit(" 1 "));
        for (String bad : List.of("101", "0", "-1", "abc", "", "1.5", "99999999999999999999")) {
            ProblemException e = assertThrows(ProblemException.class, () -> Cursors.limit(bad), bad);
            assertEquals(400, e.status());
            assertEquals("limit", e.errors().get(0).field());
        }
    }
}
