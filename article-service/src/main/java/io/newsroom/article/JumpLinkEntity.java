package io.newsroom.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One link of a jump (table {@code article.jump_link}, migration {@code V5__jump_links.sql}): an article that breaks
 * off with "（下转第3版）" and the article of page 3 that continues it ({@link #CONTINUATION}), or a teaser and its
 * story ({@link #TEASER}). Automatic links are recomputed after every page upsert; an editor's ({@link #manual})
 * link, or decision that a jump or continuation has no partner (one side {@code null}), is kept until the editor
 * changes it.
 */
@Entity
@Table(name = "jump_link")
public class JumpLinkEntity {

    /** Kind of a link from an article to its continuation. */
    public static final String CONTINUATION = "continuation";
    /** Kind of a link from a teaser to its story. */
    public static final String TEASER = "teaser";

    /** Surrogate key. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** Paper code. */
    public String paper;
    /** Edition date. */
    @Column(name = "edition_date")
    public LocalDate editionDate;
    /** The jumping article or teaser; {@code null} in an editor's "this continuation has no jump". */
    @Column(name = "from_id")
    public UUID fromId;
    /** The continuation or story; {@code null} in an editor's "this jump has no partner". */
    @Column(name = "to_id")
    public UUID toId;
    /** {@link #CONTINUATION} or {@link #TEASER}. */
    public String kind;
    /** The matcher's score, {@code null} for an editor's decision. */
    public Double score;
    /** Whether an editor made this decision (then a page upsert never changes it). */
    public boolean manual;
    /** {@code upn} of the editor, {@code null} for the matcher. */
    @Column(name = "decided_by")
    public String decidedBy;
    /** When it was decided. */
    @Column(name = "decided_at")
    public Instant decidedAt;
}
