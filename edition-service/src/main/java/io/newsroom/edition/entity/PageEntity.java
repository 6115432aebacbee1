package io.newsroom.edition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * One received page: its text, how it was decoded, and its segmentation. What article-service made of the items
 * (articles, open flags) is article-service's and is read from it when needed, never copied here. The JSON column
 * holds API-shaped JSON (snake_case) written by {@code io.newsroom.edition.mapping.EditionMapper}.
 */
@Entity
@Table(name = "page")
public class PageEntity {

    /** Surrogate key. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The edition the page belongs to. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    public EditionEntity edition;

    /** Page number, 1..99. */
    public int number;

    /** Page name as printed, e.g. 要闻. */
    public String pageName;

    /** The decoded page text. */
    public String rawText;

    /** Charset the bytes were decoded with, e.g. {@code UTF-8}, {@code GB18030}. */
    public String encoding;

    /** {@code true} when the charset was detected, {@code false} when the request declared it. */
    public boolean encodingDetected;

    /** Lower-case hex SHA-256 of the decoded text's UTF-8 bytes (the content hash sent to article-service). */
    public String sha256;

    /** When the current text was received. */
    public Instant receivedAt;

    /**
     * When this page number was first received (a replacement keeps it; the database sets it, migration V6), or
     * {@code null} on an entity not yet read back.
     */
    @Column(name = "first_received_at", insertable = false, updatable = false)
    public Instant firstReceivedAt;

    /** Who sent the current text (the bearer token's name). */
    public String receivedBy;

    /** Number of lines of the text as the segmenter counted them. */
    public int lineCount;

    /** Number of segmented items. */
    public int itemCount;

    /** JSON array of the segmented items (README "Segmented item"). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String segmentation;
}
