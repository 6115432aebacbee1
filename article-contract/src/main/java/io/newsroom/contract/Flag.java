package io.newsroom.contract;

/**
 * What an editor should check on a segmented item. The names are stable: they are stored with
 * articles and shown in the review desk.
 */
public enum Flag {
    /** The item has body text but no headline was found in the page text. */
    HEADLINE_MISSING,
    /** Two headline lines of equal weight: which one is the kicker and which the headline is a guess. */
    HEADLINE_ROLE_UNCERTAIN,
    /** The body's last paragraph does not end a sentence and no jump line follows. */
    BODY_ENDS_MID_SENTENCE,
    /** A line was taken as the byline (or not) on weak evidence. */
    BYLINE_UNCERTAIN,
    /** Text that could not be attached to any item was kept as an item of its own. */
    ORPHAN_TEXT,
    /**
     * A jump ("（下转第3版）", "详见第2版") or a continuation ("（上接第1版）") found no partner on the page it names
     * (article-service's jump matching; README "Jumps"). Set by article-service, never by the segmenter.
     */
    JUMP_UNMATCHED,
    /** A jump was linked to its best candidate, but a rival scored almost as high: an editor should check it. */
    JUMP_AMBIGUOUS;

    /** @return whether article-service's jump matching sets this flag (it is computed, not stored with the item) */
    public boolean jump() {
        return this == JUMP_UNMATCHED || this == JUMP_AMBIGUOUS;
    }
}
