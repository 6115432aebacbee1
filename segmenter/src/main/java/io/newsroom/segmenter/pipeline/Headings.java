package io.newsroom.segmenter.pipeline;

/**
 * The roles of a headline group's lines.
 *
 * @param kicker      引题 or {@code null}
 * @param headline    主标题 or {@code null}
 * @param subheadline 副题 or {@code null}
 * @param uncertain   {@code true} when the kicker/headline/subheadline call is weak
 */
public record Headings(String kicker, String headline, String subheadline, boolean uncertain) {
}
