package io.newsroom.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EditionsTest {

    @Test
    void datesFrom1900To2100AreAccepted() {
        assertEquals(LocalDate.of(1900, 1, 1), Editions.date("1900-01-01"));
        assertEquals(LocalDate.of(2100, 12, 31), Editions.date("2100-12-31"));
        assertEquals(LocalDate.of(2024, 2, 29), Editions.date("2024-02-29"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "-2025-01-01", "+10000-01-01", "+2025-01-01", "1899-12-31", "2101-01-01",
        "2025-02-29", "2025-3-26", "26.03.2025", "٢٠٢٥-٠٣-٢٦", "2025-03-26 ", ""})
    void otherDatesAreRefusedNamingDate(String text) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> Editions.date(text));
        assertEquals("date", e.field());
    }

    @Test
    void nullDateIsRefused() {
        assertEquals("date", assertThrows(InvalidFieldException.class, () -> Editions.date(null)).field());
    }

    @Test
    void pageNumbersAreAsciiDigitsFrom1To99() {
        assertEquals(1, Editions.page("1", "page"));
        assertEquals(7, Editions.page("07", "page"));
        assertEquals(99, Editions.page("99", "page"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"١", "٩", "１", "१", "0", "100", "+1", "-1", " 1", "1.0", "1e1", "99999999999", "a", "",
        "1\u0000"})
    void otherPageNumbersAreRefusedNamingTheField(String text) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> Editions.page(text, "number"));
        assertEquals("number", e.field());
    }

    @Test
    void pagePaperRuleIsUnchanged() {
        assertEquals("lcrb", Editions.paper("lcrb"));
        assertThrows(InvalidFieldException.class, () -> Editions.paper("lc\u0000rb"));
    }
}
