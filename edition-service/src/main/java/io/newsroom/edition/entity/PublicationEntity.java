package io.newsroom.edition.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One successful publication of an edition; a re-publication, or a rendition made again after corrections
 * ({@link PublicationKind#CORRECTION}), is a new row.
 */
@Entity
@Table(name = "publication")
public class PublicationEntity {

    /** Surrogate key. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The edition published. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    public EditionEntity edition;

    /** 1 for the first publication of the edition, then 2, 3 … */
    public int sequence;

    /** When the rendition finished. */
    public Instant publishedAt;

    /** Who published (the bearer token's name; {@code edition-service} for a rendition after corrections). */
    public String publishedBy;

    /** An editor's publication, or the rendition made again after corrections. */
    @Enumerated(EnumType.STRING)
    public PublicationKind kind = PublicationKind.PUBLICATION;

    /** The rendition manifest render-service answered, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String manifest;
}
