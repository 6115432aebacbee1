package io.newsroom.article.service;

import io.newsroom.article.ArticleCorrectionEntity;
import io.newsroom.article.ArticleEntity;
import io.newsroom.article.model.EditionKey;
import io.newsroom.article.repository.ArticleCorrectionRepository;
import io.newsroom.article.repository.EditionChangeRepository;
import io.newsroom.contract.ArticleStatus;
import io.newsroom.contract.CorrectionKind;
import io.newsroom.contract.EditableField;
import io.newsroom.contract.Paragraph;
import io.newsroom.contract.Photo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Records corrections (更正): a change of an article that is published, or was until the change, is a correction
 * with the reader-visible fields it changed, the editor's note and the editor; the article's edition is then
 * appended to the edition change feed (once per transaction and edition), which edition-service follows to render
 * the edition again. Changes of drafts are no corrections and leave the feed alone. Runs in the caller's
 * transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Corrections {

    /** Names a change lists that readers do not see (segmentation metadata, the desk operations' markers). */
    private static final Set<String> NOT_VISIBLE = Set.of(EditableField.FLAGS.wireName(), "source_lines",
            "merged_from", "merged_into", "split_into", "split_from");

    private final ArticleCorrectionRepository corrections;
    private final EditionChangeRepository feed;
    private final TransactionSynchronizationRegistry transaction;

    Corrections(ArticleCorrectionRepository corrections, EditionChangeRepository feed,
            TransactionSynchronizationRegistry transaction) {
        this.corrections = corrections;
        this.feed = feed;
        this.transaction = transaction;
    }

    /**
     * Records a correction when the article is or was published and the change touched something readers see (or
     * withdrew, merged or split it).
     *
     * @param a            the article after the change
     * @param statusBefore its status before the change
     * @param kind         what the change did
     * @param changed      API names of the fields the change touched (invisible ones are left out)
     * @param note         the editor's note, or {@code null} (blank counts as none)
     * @param editor       {@code upn} of the editor
     * @param at           when
     * @return whether a correction was recorded
     */
    public boolean record(ArticleEntity a, ArticleStatus statusBefore, CorrectionKind kind, List<String> changed,
            String note, String editor, Instant at) {
        if (statusBefore != ArticleStatus.PUBLISHED && a.status != ArticleStatus.PUBLISHED) {
            return false;
        }
        List<String> visible = changed.stream().filter(f -> !NOT_VISIBLE.contains(f)).distinct().toList();
        if (visible.isEmpty() && (kind == CorrectionKind.EDITED || kind == CorrectionKind.UPDATED_FROM_PAGE)) {
            return false;
        }
        ArticleCorrectionEntity c = new ArticleCorrectionEntity();
        c.articleId = a.id;
        c.correctedAt = at;
        c.kind = kind;
        c.fields = new ArrayList<>(visible);
        c.note = note == null || note.isBlank() ? null : note.strip();
        c.editor = editor;
        corrections.persist(c);
        editionChanged(new EditionKey(a.paper, a.editionDate), at);
        return true;
    }

    /**
     * Appends the edition to the change feed, once per transaction: for changes of the published edition that are
     * no correction of an article's text (a published article moved to another position of its page).
     *
     * @param edition the edition
     * @param at      when
     */
    public void editionChanged(EditionKey edition, Instant at) {
        Set<EditionKey> announced = TransactionState.of(transaction, Corrections.class, HashSet::new);
        if (announced.add(edition)) {
            feed.append(edition, at);
        }
    }

    /**
     * What readers see of an article, to tell which of it a change touched when no editor listed the fields (a page
     * received again).
     *
     * @param type              item type
     * @param column            栏目
     * @param kicker            引题
     * @param headline          主标题
     * @param subheadline       副题
     * @param byline            byline
     * @param dateline          dateline
     * @param paragraphs        body and crossheads
     * @param continuesOnPage   jump page
     * @param continuedFromPage page continued from
     * @param photos            photos
     */
    public record Visible(String type, String column, String kicker, String headline, String subheadline,
            String byline, String dateline, List<Paragraph> paragraphs, Integer continuesOnPage,
            Integer continuedFromPage, List<Photo> photos) {

        /**
         * @param a an article
         * @return what readers see of it now
         */
        public static Visible of(ArticleEntity a) {
            return new Visible(a.type, a.column, a.kicker, a.headline, a.subheadline, a.byline, a.dateline,
                    List.copyOf(a.paragraphs), a.continuesOnPage, a.continuedFromPage, List.copyOf(a.photos));
        }

        /**
         * @param after the same article later
         * @return API names of the fields that differ, in the order of the API
         */
        public List<String> changedIn(Visible after) {
            List<String> changed = new ArrayList<>();
            differs(changed, "type", type, after.type);
            differs(changed, "column", column, after.column);
            differs(changed, "kicker", kicker, after.kicker);
            differs(changed, "headline", headline, after.headline);
            differs(changed, "subheadline", subheadline, after.subheadline);
            differs(changed, "byline", byline, after.byline);
            differs(changed, "dateline", dateline, after.dateline);
            differs(changed, "paragraphs", paragraphs, after.paragraphs);
            differs(changed, "continues_on_page", continuesOnPage, after.continuesOnPage);
            differs(changed, "continued_from_page", continuedFromPage, after.continuedFromPage);
            differs(changed, "photos", photos, after.photos);
            return changed;
        }

        private static void differs(List<String> changed, String name, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                changed.add(name);
            }
        }
    }
}
