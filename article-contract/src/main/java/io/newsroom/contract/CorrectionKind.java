package io.newsroom.contract;

/**
 * What a correction (更正) of a published article did. A correction is recorded for every change of an article
 * that is published, or was published until the change; changes of drafts are not corrections.
 */
public enum CorrectionKind {
    /** Fields changed by an editor (merge patch, paragraphs, photos, a moved headline block or byline). */
    EDITED,
    /** Taken down by an editor: the article left the public API and the edition. */
    WITHDRAWN,
    /** Merged with the adjacent item of its page: the staying article took the other's text, the other left. */
    MERGED,
    /** Split at a paragraph into two articles. */
    SPLIT,
    /** Its page was received again and the article (never edited by hand) took its item's new text. */
    UPDATED_FROM_PAGE
}
