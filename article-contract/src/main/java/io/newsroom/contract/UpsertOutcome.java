package io.newsroom.contract;

/**
 * What a page upsert did to one article. Items are matched to the page's articles by content (the story they tell),
 * never by position, so an article id always keeps its story.
 */
public enum UpsertOutcome {
    /** An item of no existing story: the article was created. */
    CREATED,
    /**
     * The article took its item's new version (nobody had edited it), or only its item's new position on the page
     * (an editor's changes are never overwritten).
     */
    UPDATED,
    /** Nothing changed. */
    UNCHANGED,
    /** The story is gone from the page and the article was neither edited nor published: it was deleted. */
    REMOVED,
    /**
     * The article was kept as is: an editor had edited it and its item changed (or vanished), or it is published and
     * its story vanished. Listed in the answer's {@code conflicts}.
     */
    CONFLICT
}
