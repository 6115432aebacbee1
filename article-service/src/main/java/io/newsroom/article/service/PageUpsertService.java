package io.newsroom.article.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.ArticleEntity;
import io.newsroom.article.EditionPageEntity;
import io.newsroom.article.mapping.ArticleMapper;
import io.newsroom.article.model.EditionKey;
import io.newsroom.article.repository.ArticleRepository;
import io.newsroom.article.matching.StoryMatcher;
import io.newsroom.article.repository.EditionPageRepository;
import io.newsroom.contract.ArticleStatus;
import io.newsroom.contract.CorrectionKind;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Upserts the segmented items of one edition page (README, article-service, {@code PUT …/pages/{page}}).
 *
 * <p>Rules: the same page content hash as last time changes nothing (every outcome {@code UNCHANGED}).
 * Otherwise items are matched to the page's articles by content, never by position ({@link StoryMatcher}: headline
 * group, lead and text similarity, source lines to break ties; one to one), so an article id keeps its story
 * however items are inserted, deleted, reordered or edited. An item of no existing story is {@code CREATED}; an
 * article nobody edited takes its item's new version and position ({@code UPDATED}), or stays as it is when
 * neither changed ({@code UNCHANGED}); an unpublished, unedited article whose story is gone is {@code REMOVED}
 * (deleted). An article an editor edited is never overwritten or deleted, and a published article is never
 * deleted: it is {@code CONFLICT}, listed in {@code conflicts}, keeps its content, and moves to its item's
 * position (or after the page's items when its story is gone). Then the edition's jump links are recomputed
 * ({@link JumpLinkService#recompute}). One transaction per call; upserts of the same page are serialised. A
 * published article that takes its item's new text records a correction
 * ({@link io.newsroom.contract.CorrectionKind#UPDATED_FROM_PAGE}); a published article moved to another position
 * announces its edition on the change feed (its rendition is made again).
 */
@ApplicationScoped
@Transactional
public class PageUpsertService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PageUpsertService.class);

    private final ArticleRepository articles;
    private final EditionPageRepository pages;
    private final ObjectMapper json;
    private final Event<ArticlesChanged> changes;
    private final JumpLinkService jumps;
    private final Corrections corrections;

    PageUpsertService(ArticleRepository articles, EditionPageRepository pages, ObjectMapper json,
            Event<ArticlesChanged> changes, JumpLinkService jumps, Corrections corrections) {
        this.articles = articles;
        this.pages = pages;
        this.json = json;
        this.changes = changes;
        this.jumps = jumps;
        this.corrections = corrections;
    }

    /**
     * @param edition paper and date
     * @param page    page number 1..99
     * @param upsert  the page's items, already validated
     * @param editor  {@code upn} of the caller (named by the corrections the upsert records)
     * @return what happened to each article, and the conflicts
     */
    @WithSpan("upsert page")
    public PageUpsertResult upsert(EditionKey edition, int page, PageUpsert upsert, String editor) {
        Telemetry.page(edition.paper(), edition.date(), page);
        PageUpsertResult result = upsertPage(edition, page, upsert, editor);
        Telemetry.articleIds(result.articles().stream().map(ArticleOutcome::id).toList());
        LOG.infof("page %s %s %d upserted: %s, %d conflicts", edition.paper(), edition.date(), page,
                result.articles().stream().collect(java.util.stream.Collectors.groupingBy(ArticleOutcome::outcome,
                        java.util.TreeMap::new, java.util.stream.Collectors.counting())), result.conflicts().size());
        return result;
    }

    private PageUpsertResult upsertPage(EditionKey edition, int page, PageUpsert upsert, String editor) {
        EditionPageEntity pageRow = pages.lock(edition, page).orElse(null);
        List<ArticleEntity> existing = articles.lockPage(edition, page);
        if (pageRow != null && pageRow.contentHash.equals(upsert.contentHash())) {
            List<ArticleOutcome> unchanged = existing.stream().map(a -> outcome(a, UpsertOutcome.UNCHANGED)).toList();
            return new PageUpsertResult(edition.paper(), edition.date(), page, upsert.contentHash(), unchanged,
                    List.of());
        }
        Instant now = Instant.now();
        List<SegmentedItem> items = upsert.items();
        List<String> itemHashes = items.stream().map(this::itemHash).toList();
        Map<Integer, ArticleEntity> matched = match(existing, items, itemHashes);
        List<Step> steps = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();

        for (int position = 0; position < items.size(); position++) {
            SegmentedItem item = items.get(position);
            String itemHash = itemHashes.get(position);
            ArticleEntity a = matched.get(position);
            int positionBefore = a == null ? position : a.position;
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
                outcome = a.position == position ? UpsertOutcome.UNCHANGED : UpsertOutcome.UPDATED;
                a.position = position; // the same item, only moved (an editor's changes stay)
            } else if (a.editedByEditor) {
                conflicts.add(new Conflict(a.id, position, "edited by " + a.lastEditor + " (version " + a.version
                        + "); the new segmentation of this story was not applied"));
                a.position = position;
                outcome = UpsertOutcome.CONFLICT;
            } else {
                Corrections.Visible before = Corrections.Visible.of(a);
                a.position = position;
                a.pageName = upsert.pageName();
                a.updatedAt = now;
                ArticleMapper.applyItem(item, a, itemHash, upsert.contentHash());
                corrections.record(a, a.status, CorrectionKind.UPDATED_FROM_PAGE,
                        before.changedIn(Corrections.Visible.of(a)), null, editor, now);
                outcome = UpsertOutcome.UPDATED;
            }
            if (a.status == ArticleStatus.PUBLISHED && a.position != positionBefore) {
                corrections.editionChanged(edition, now);
            }
            steps.add(new Step(a, outcome));
        }
        int kept = items.size();
        Set<ArticleEntity> carried = Collections.newSetFromMap(new IdentityHashMap<>());
        carried.addAll(matched.values());
        for (ArticleEntity gone : existing) {
            if (carried.contains(gone)) {
                continue;
            }
            if (gone.editedByEditor || gone.status == ArticleStatus.PUBLISHED) {
                String why = gone.editedByEditor ? "edited by " + gone.lastEditor + " (version " + gone.version + ")"
                        : "published (version " + gone.version + ")";
                if (gone.status == ArticleStatus.PUBLISHED && gone.position != kept) {
                    corrections.editionChanged(edition, now);
                }
                gone.position = kept++;
                conflicts.add(new Conflict(gone.id, gone.position, why + "; the new segmentation has no item of this"
                        + " story, the article was kept after the page's items (withdraw it if the story is gone)"));
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
                .filter(s -> s.outcome() != UpsertOutcome.CREATED && s.outcome() != UpsertOutcome.UNCHANGED)
                .map(s -> s.article().id).toList()));
        jumps.recompute(edition); // the edition's jumps, in this transaction (README "Jumps")
        return new PageUpsertResult(edition.paper(), edition.date(), page, upsert.contentHash(),
                steps.stream().map(s -> outcome(s.article(), s.outcome())).toList(), conflicts);
    }

    /**
     * Which existing article carries the story of each item ({@link StoryMatcher}: by content, one to one, never by
     * position).
     *
     * @return item position → its article; items of no existing story are absent
     */
    private static Map<Integer, ArticleEntity> match(List<ArticleEntity> existing, List<SegmentedItem> items,
            List<String> itemHashes) {
        List<StoryMatcher.Story> old = existing.stream().map(PageUpsertService::story).toList();
        List<StoryMatcher.Story> now = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            now.add(StoryMatcher.story(items.get(i), itemHashes.get(i)));
        }
        Map<Integer, ArticleEntity> matched = new HashMap<>();
        for (StoryMatcher.Match m : StoryMatcher.match(old, now)) {
            matched.put(m.incoming(), existing.get(m.existing()));
        }
        return matched;
    }

    /** @return what a stored article says, as the matcher compares it */
    private static StoryMatcher.Story story(ArticleEntity a) {
        List<int[]> lines = a.sourceLines.stream().filter(r -> r.size() == 2)
                .map(r -> new int[] {r.get(0), r.get(1)}).toList();
        return StoryMatcher.story(a.type, a.kicker, a.headline, a.subheadline, a.paragraphs, a.photos, lines,
                a.itemContentHash);
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
