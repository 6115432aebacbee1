package io.newsroom.contract;

/** What a page upsert did to one article. */
public enum UpsertOutcome {
    /** A new position: the article was created. */
    CREATED,
    /** The item changed and nobody had edited the article: it was replaced. */
    UPDATED,
    /** Nothing changed. */
    UNCHANGED,
    /** The position is gone and nobody had edited the article: it was deleted. */
    REMOVED,
    /** The item changed (or vanished) but an editor had edited the article: it was kept as is. */
    CONFLICT
}
