package io.newsroom.contract;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of an article an editor changes: the members of a JSON merge patch ({@link ArticlePatch}) and of the
 * list replacements ({@code paragraphs}, {@code photos}), by their wire names. Revisions name changed fields by
 * these wire names ({@code changed_fields}).
 */
public enum EditableField {
    /** 引题. */
    KICKER("kicker", true),
    /** 主标题. */
    HEADLINE("headline", true),
    /** 副题. */
    SUBHEADLINE("subheadline", true),
    /** 栏目 label. */
    COLUMN("column", true),
    /** Byline as printed. */
    BYLINE("byline", true),
    /** Dateline as printed. */
    DATELINE("dateline", true),
    /** Item type; cannot be cleared. */
    TYPE("type", true),
    /** Jump page. */
    CONTINUES_ON_PAGE("continues_on_page", true),
    /** Segmentation flags still open. */
    FLAGS("flags", true),
    /** Body and crossheads ({@code PUT …/paragraphs}). */
    PARAGRAPHS("paragraphs", false),
    /** Photos ({@code PUT …/photos}). */
    PHOTOS("photos", false);

    private final String wireName;
    private final boolean patchable;

    EditableField(String wireName, boolean patchable) {
        this.wireName = wireName;
        this.patchable = patchable;
    }

    /** @return the JSON member name, e.g. {@code continues_on_page} */
    public String wireName() {
        return wireName;
    }

    /** @return whether a JSON merge patch sets it (else a list replacement does) */
    public boolean patchable() {
        return patchable;
    }

    /**
     * @param wireName a JSON member name
     * @return the field, or empty when no editable field has that name
     */
    public static Optional<EditableField> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(wireName)).findFirst();
    }
}
