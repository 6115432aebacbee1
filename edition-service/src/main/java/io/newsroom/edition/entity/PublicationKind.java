package io.newsroom.edition.entity;

/** Why an edition was rendered: an editor's publication, or corrections of its published articles. */
public enum PublicationKind {
    /** An editor published the edition (articles published, then rendered). */
    PUBLICATION,
    /** The rendition was made again by itself after corrections of published articles (nothing else published). */
    CORRECTION
}
