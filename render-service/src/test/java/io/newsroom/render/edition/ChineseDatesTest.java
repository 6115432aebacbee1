package io.newsroom.render.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {

    @Test
    void mastheadFormHasNoLeadingZerosAndTheWeekday() {
        assertEquals("2025年3月26日 星期三", ChineseDates.dateWithWeekday(LocalDate.of(2025, 3, 26)));
        assertEquals("2026年1月22日 星期四", ChineseDates.dateWithWeekday(LocalDate.of(2026, 1, 22)));
        assertEquals("2024年12月1日 星期日", ChineseDates.dateWithWeekday(LocalDate.of(2024, 12, 1)));
    }
}
