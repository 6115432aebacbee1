package io.newsroom.contract;

import java.util.Locale;

/**
 * What kind of printed item a segment is (shared/gold/SCHEMA.md "Types").
 * Serialised in lower case: {@code article}, {@code photo}, {@code teaser}, {@code index}, {@code staff}.
 */
public enum ItemType {
    /** A story, feature, interview or commentary, with paragraphs. */
    ARTICLE,
    /** A standalone photo item (图片新闻): captions and a photographer credit, no headline, no paragraphs. */
    PHOTO,
    /** A headline block whose body is printed on another page. */
    TEASER,
    /** The 今日导读 box; each line is a paragraph. */
    INDEX,
    /** The duty-editor credits line (值班编委 …). */
    STAFF;

    /** @return the lower-case wire name, e.g. {@code "article"} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param code a wire name, case-insensitive
     * @return the type
     * @throws IllegalArgumentException for an unknown name
     */
    public static ItemType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
