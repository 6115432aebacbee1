package io.newsroom.render.edition;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Dates in the form Chinese newspapers print them in the masthead. */
public final class ChineseDates {

    /** The time zone times are printed in: the papers are Chinese dailies (China Standard Time, UTC+8). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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

    /**
     * @param instant a point in time
     * @return e.g. "2025年3月26日 14:05", in China Standard Time ({@link #ZONE})
     */
    public static String dateTime(Instant instant) {
        ZonedDateTime t = instant.atZone(ZONE);
        return date(t.toLocalDate()) + " " + String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    /** @return "星期一" … "星期日" */
    static String weekday(DayOfWeek day) {
        return "星期" + WEEKDAYS[day.getValue() - 1];
    }
}
