package io.newsroom.edition.entity;

/** Where an edition is in its workflow: OPEN while pages arrive, PUBLISHED after a successful publication. */
public enum EditionStatus {
    /** Pages may be ingested; nothing has been published yet. */
    OPEN,
    /** At least one publication (articles published and the edition rendered) succeeded. */
    PUBLISHED
}
