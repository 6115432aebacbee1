package io.newsroom.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The last upserted version of one edition page (table {@code article.edition_page}): its content hash
 * makes re-sending the same page a no-op.
 */
@Entity
@Table(name = "edition_page")
public class EditionPageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String paper;
    @Column(name = "edition_date")
    public LocalDate editionDate;
    @Column(name = "page_number")
    public int pageNumber;
    @Column(name = "page_name")
    public String pageName;
    /** Hex SHA-256 of the page text, as sent by edition-service. */
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
