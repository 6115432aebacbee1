package io.newsroom.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link HttpFailureProblems#malformedPart}: which part of a request target the 400 problem names; and
 * {@link TextParameterFilter#encodingFlaw}: percent-encoded bytes that are no UTF-8.
 */
class MalformedUriTest {

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {
        "/api/v1/editions?cursor=%%% cursor",
        "/api/v1/editions?limit=5&cursor=%zz cursor",
        "/api/v1/%zz path",
        "/api/v1/%zz?cursor=%%% path",
        "/api/v1/editions?%%%=1 query",
        "/api/v1/editions?a%20b=%% query",
        "/api/v1/editions?x=a%2 x",
    })
    void namesTheMalformedPart(String uri, String expected) {
        assertEquals(expected, HttpFailureProblems.malformedPart(uri));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/editions?cursor=abc", "/api/v1/papers/%E8%81%8A", "/api/v1/editions?x=%00", "/"})
    void acceptsWhatUriParses(String uri) {
        assertNull(HttpFailureProblems.malformedPart(uri));
    }

    @ParameterizedTest
    @CsvSource({"%ED%A0%80", "a%FF", "%C3%28", "%E8%A6", "%zz"})
    void percentEncodedBytesThatAreNoUtf8AreAFlaw(String raw) {
        assertNotNull(TextParameterFilter.encodingFlaw(raw));
    }

    @ParameterizedTest
    @CsvSource({"%E8%A6%81%E9%97%BB", "abc", "%00", "%F0%9F%98%80", "a+b"})
    void utf8IsNoFlawOfTheEncoding(String raw) {
        assertNull(TextParameterFilter.encodingFlaw(raw));
    }
}
