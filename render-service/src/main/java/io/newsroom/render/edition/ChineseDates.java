package io.newsroom.render.edition;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Dates in the form Chinese newspapers print them in the masthead. */
public final class ChineseDates {

    private static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};

    private ChineseDates() {
    }

    /**
     * @param date a date
     * @return e.g. "2025年3月26日" (no leading zeros, as printed)
     */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * @param date a date
     * @return e.g. "2025年3月26日 星期三", the masthead form (星期一 … 星期日)
     */
    public static String dateWithWeekday(LocalDate date) {
        return date(date) + " " + weekday(date.getDayOfWeek());
    }

    /** @return "星期一" … "星期日" */
    static String weekday(DayOfWeek day) {
        return "星期" + WEEKDAYS[day.getValue() - 1];
    }
}
