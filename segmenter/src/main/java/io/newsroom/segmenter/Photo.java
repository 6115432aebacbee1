package io.newsroom.segmenter;

/**
 * A printed photo's text.
 *
 * @param caption the caption; two caption paragraphs are joined with {@code "\n"}
 * @param credit  the photographer credit without the leading "■", e.g. {@code "本报记者 田柏林"}; may be {@code null}
 */
public record Photo(String caption, String credit) {
}
