package io.newsroom.contract;


/**
 * The parts of a printed dateline ({@code 电头}).
 *
 * @param source   the news source, e.g. {@code 本报}, {@code 新华社}; {@code null} when the dateline is not recognised
 * @param place    where it was filed, e.g. {@code 北京}; {@code null} when not printed
 * @param dateText the date as printed, e.g. {@code 2月27日}; {@code null} when not printed
 */
public record DatelineParts(String source, String place, String dateText) {
}
