package io.newsroom.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The state of an article before one editor change (table {@code article.article_revision}).
 * Revision numbers count from 1 per article.
 */
@Entity
@Table(name = "article_revision")
public class ArticleRevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "article_id")
    public UUID articleId;
    /** 1, 2, … per article. */
    public int number;
    /** {@code upn} of the editor who made the change. */
    public String editor;
    @Column(name = "changed_at")
    public Instant changedAt;
    /** API names of the fields the change touched, e.g. {@code ["headline", "byline"]}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "changed_fields")
    public List<String> changedFields;
    /** The article's version before the change. */
    @Column(name = "previous_version")
    public long previousVersion;
    /** The full desk view of the article before the change. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "previous_state")
    public Map<String, Object> previousState;
}
