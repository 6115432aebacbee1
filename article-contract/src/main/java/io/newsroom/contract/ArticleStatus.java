package io.newsroom.contract;

/** Publication status of an article. */
public enum ArticleStatus {
    /** Stored, visible only to editors. */
    DRAFT,
    /** Visible on the mobile clients' API. */
    PUBLISHED,
    /** Taken down by an editor; never published again by an edition-wide publish. */
    WITHDRAWN
}
