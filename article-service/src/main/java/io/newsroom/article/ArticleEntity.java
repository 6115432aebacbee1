package io.newsroom.article;

import io.newsroom.article.search.SearchIndex;
import io.newsroom.contract.ArticleStatus;
import io.newsroom.contract.Contributor;
import io.newsroom.contract.DatelineParts;
import io.newsroom.contract.Paragraph;
import io.newsroom.contract.Photo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One article (or photo, teaser, index, staff item) of one edition page, as stored in table
 * {@code article.article} (migration {@code V1__articles.sql}). Lists are JSON columns.
 * The natural key is (paper, edition date, page number, position), checked at commit (migration V4) so that a page
 * upsert can move articles to their items' new positions; the id is the story's identity, never the position.
 */
@Entity
@Table(name = "article")
@EntityListeners(SearchIndex.class)
public class ArticleEntity {

    /** Surrogate key, assigned on creation. */
    @Id
    public UUID id;

    /** Paper code, {@code [a-z0-9]{2,16}}, e.g. {@code lcrb}. */
    public String paper;
    @Column(name = "edition_date")
    public LocalDate editionDate;
    /** Page number 1..99. */
    @Column(name = "page_number")
    public int pageNumber;
    /** Page name as printed, e.g. {@code 要闻}. */
    @Column(name = "page_name")
    public String pageName;
    /** 0-based index of the item in the segmented page. */
    public int position;
    /** {@code article|photo|teaser|index|staff}. */
    public String type;

    @Column(name = "column_label")
    public String column;
    public String kicker;
    public String headline;
    public String subheadline;
    /** Byline as printed. */
    public String byline;
    /** Contributors parsed from byline and dateline. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Contributor> contributors = new ArrayList<>();
    /** Dateline as printed. */
    public String dateline;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "dateline_parts")
    public DatelineParts datelineParts;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Paragraph> paragraphs = new ArrayList<>();
    @Column(name = "continues_on_page")
    public Integer continuesOnPage;
    /** Page the story continues from ("（上接第N版）"), {@code null} when it starts on this page. */
    @Column(name = "continued_from_page")
    public Integer continuedFromPage;
    /** The jump as printed ("（下转第3版）", "详见第2版"), {@code null} without one (migration V5). */
    @Column(name = "jump_text")
    public String jumpText;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Photo> photos = new ArrayList<>();
    /** Segmentation flags (stable names of the segmenter's Flag enum). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> flags = new ArrayList<>();
    /** Segmentation confidence in [0,1]. */
    public Double confidence;
    /** 1-based inclusive line ranges of the page text this item came from. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "source_lines")
    public List<List<Integer>> sourceLines = new ArrayList<>();
    /** Hex SHA-256 of the canonical JSON of the segmented item last applied. */
    @Column(name = "item_content_hash")
    public String itemContentHash;
    /** Hex SHA-256 of the page text the item last applied came from. */
    @Column(name = "page_content_hash")
    public String pageContentHash;

    @Enumerated(EnumType.STRING)
    public ArticleStatus status = ArticleStatus.DRAFT;
    /** Optimistic-locking version; the ETag of the desk API. */
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    /** {@code upn} of the last editor, {@code null} while only the segmenter wrote it. */
    @Column(name = "last_editor")
    public String lastEditor;
    /** Whether an editor changed it; such an article is never overwritten by a page upsert. */
    @Column(name = "edited_by_editor")
    public boolean editedByEditor;
    /** Whether an editor excluded it from publication (migration V8): readers never see it, whatever its status. */
    public boolean excluded;
    /**
     * The search terms as a PostgreSQL {@code tsvector} literal, written by {@link SearchIndex} with every insert and
     * update; never read back (it reads as {@code null}).
     */
    @Column(name = "search_vector")
    @ColumnTransformer(read = "null", write = "cast(? as tsvector)")
    public String searchVector;
}
