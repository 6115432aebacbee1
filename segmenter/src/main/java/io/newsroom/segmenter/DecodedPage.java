package io.newsroom.segmenter;

/**
 * Page text decoded from bytes.
 *
 * @param text    the text, without a byte order mark
 * @param charset the canonical name of the charset it was decoded with, e.g. {@code UTF-8}, {@code GB18030}
 * @param detected {@code true} when the charset was detected, {@code false} when it was declared
 */
public record DecodedPage(String text, String charset, boolean detected) {
}
