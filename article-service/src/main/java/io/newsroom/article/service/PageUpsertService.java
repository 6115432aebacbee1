package io.newsroom.article.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.ArticleEntity;
import io.newsroom.article.EditionPageEntity;
import io.newsroom.article.mapping.ArticleMapper;
import io.newsroom.article.model.EditionKey;
import io.newsroom.article.repository.ArticleRepository;
import io.newsroom.article.repository.EditionPageRepository;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.PageUpsert;
import io.newsroom.contract.PageUpsertResult.ArticleOutcome;
import io.newsroom.contract.PageUpsertResult.Conflict;
import io.newsroom.contract.PageUpsertResult;
import io.newsroom.contract.SegmentedItem;
import io.newsroom.contract.UpsertOutcome;
import io.newsroom.support.telemetry.Telemetry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Upserts the segmented items of one edition page (README, article-service, {@code PUT …/pages/{page}}).
 *
 * <p>Rules: the same page content hash as last time changes nothing (every outcome {@code UNCHANGED}).
 * Otherwise items are matched to articles by position: a new position is {@code CREATED}; an article nobody
 * edited is replaced ({@code UPDATED}) when its item or page name changed, else {@code UNCHANGED}; a position
 * gone is {@code REMOVED} (deleted). An article an editor edited is never overwritten or deleted: it is
 * {@code CONFLICT} and listed in {@code conflicts}. One transaction per call; upserts of the same page are
 * serialised.
 */
@ApplicationScoped
@Transactional
public class PageUpsertService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PageUpsertService.class);

    private final ArticleRepository articles;
    private final EditionPageRepository pages;
    private final ObjectMapper json;
    private final Event<ArticlesChanged> changes;

    PageUpsertService(ArticleRepository articles, EditionPageRepository pages, ObjectMapper json,
            Event<ArticlesChanged> changes) {
        this.articles = articles;
        this.pages = pages;
        this.json = json;
        this.changes = changes;
    }

    /**
     * @param edition paper and date
     * @param page    page number 1..99
     * @param upsert  the page's items, already validated
     * @return what happened to each article, and the conflicts
     */
    @WithSpan("upsert page")
    public PageUpsertResult upsert(EditionKey edition, int page, PageUpsert upsert) {
        Telemetry.page(edition.paper(), edition.date(), page);
        PageUpsertResult result = upsertPage(edition, page, upsert);
        Telemetry.articleIds(result.articles().stream().map(ArticleOutcome::id).toList());
        LOG.infof("page %s %s %d upserted: %s, %d conflicts", edition.paper(), edition.date(), page,
                result.articles().stream().collect(java.util.stream.Collectors.groupingBy(ArticleOutcome::outcome,
                        java.util.TreeMap::new, java.util.stream.Collectors.counting())), result.conflicts().size());
        return result;
    }

    private PageUpsertResult upsertPage(EditionKey edition, int page, PageUpsert upsert) {
        EditionPageEntity pageRow = pages.lock(edition, page).orElse(null);
        List<ArticleEntity> existing = articles.lockPage(edition, page);
        if (pageRow != null && pageRow.contentHash.equals(upsert.contentHash())) {
            List<ArticleOutcome> unchanged = existing.stream().map(a -> outcome(a, UpsertOutcome.UNCHANGED)).toList();
            return new PageUpsertResult(edition.paper(), edition.date(), page, upsert.contentHash(), unchanged,
                    List.of());
        }
        Instant now = Instant.now();
        Map<Integer, ArticleEntity> byPosition = new LinkedHashMap<>();
        existing.forEach(a -> byPosition.put(a.position, a));
        List<Step> steps = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();

        for (int position = 0; position < upsert.items().size(); position++) {
            SegmentedItem item = upsert.items().get(position);
            String itemHash = itemHash(item);
            ArticleEntity a = byPosition.remove(position);
            UpsertOutcome outcome;
            if (a == null) {
                a = new ArticleEntity();
                a.id = UUID.randomUUID();
                a.paper = edition.paper();
                a.editionDate = edition.date();
                a.pageNumber = page;
                a.position = position;
                a.pageName = upsert.pageName();
                a.createdAt = now;
                a.updatedAt = now;
                ArticleMapper.applyItem(item, a, itemHash, upsert.contentHash());
                articles.persist(a);
                outcome = UpsertOutcome.CREATED;
            } else if (itemHash.equals(a.itemContentHash) && Objects.equals(a.pageName, upsert.pageName())) {
                outcome = UpsertOutcome.UNCHANGED;
            } else if (a.editedByEditor) {
                conflicts.add(new Conflict(a.id, position, "edited by " + a.lastEditor + " (version " + a.version
                        + "); the new segmentation of this position was not applied"));
                outcome = UpsertOutcome.CONFLICT;
            } else {
                a.pageName = upsert.pageName();
                a.updatedAt = now;
                ArticleMapper.applyItem(item, a, itemHash, upsert.contentHash());
                outcome = UpsertOutcome.UPDATED;
            }
            steps.add(new Step(a, outcome));
        }
        for (ArticleEntity gone : byPosition.values()) {
            if (gone.editedByEditor) {
                conflicts.add(new Conflict(gone.id, gone.position, "edited by " + gone.lastEditor + " (version "
                        + gone.version + "); the new segmentation has no item at this position, the article was kept"));
                steps.add(new Step(gone, UpsertOutcome.CONFLICT));
            } else {
                articles.delete(gone);
                steps.add(new Step(gone, UpsertOutcome.REMOVED));
            }
        }

        boolean newPage = pageRow == null;
        if (newPage) {
            pageRow = new EditionPageEntity();
            pageRow.paper = edition.paper();
            pageRow.editionDate = edition.date();
            pageRow.pageNumber = page;
        }
        pageRow.pageName = upsert.pageName();
        pageRow.contentHash = upsert.contentHash();
        pageRow.updatedAt = now;
        if (newPage) {
            pages.persist(pageRow);
        }
        articles.flush(); // versions are incremented at flush
        changes.fire(ArticlesChanged.of(steps.stream()
                .filter(s -> s.outcome() == UpsertOutcome.UPDATED || s.outcome() == UpsertOutcome.REMOVED)
                .map(s -> s.article().id).toList()));
        return new PageUpsertResult(edition.paper(), edition.date(), page, upsert.contentHash(),
                steps.stream().map(s -> outcome(s.article(), s.outcome())).toList(), conflicts);
    }

    /** What the upsert did to one article. */
    private record Step(ArticleEntity article, UpsertOutcome outcome) {
    }

    private static ArticleOutcome outcome(ArticleEntity a, UpsertOutcome outcome) {
        return new ArticleOutcome(a.id, a.position, ItemType.fromCode(a.type), a.headline, a.status, a.version,
                outcome);
    }

    /** Hex SHA-256 of the item's JSON (records serialise members in declaration order, so it is canonical). */
    private String itemHash(SegmentedItem item) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(json.writeValueAsString(item).getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a segmented item", e);
        }
    }
}
