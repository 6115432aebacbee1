package io.newsroom.article;

import io.newsroom.contract.CorrectionKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One correction (更正) of a published article (table {@code article.article_correction}, migration V6), written in
 * the transaction of the change.
 */
@Entity
@Table(name = "article_correction")
public class ArticleCorrectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "article_id")
    public UUID articleId;
    /** When the change was made (UTC). */
    @Column(name = "corrected_at")
    public Instant correctedAt;
    @Enumerated(EnumType.STRING)
    public CorrectionKind kind;
    /** API names of the reader-visible fields changed. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> fields;
    /** The editor's 更正说明, or {@code null}. */
    public String note;
    /** {@code upn} of the editor. */
    public String editor;
}
