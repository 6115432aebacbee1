package io.newsroom.article.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.ArticleEntity;
import io.newsroom.article.ArticleRevisionEntity;
import io.newsroom.article.api.ArticleChange;
import io.newsroom.article.api.ArticleChanges;
import io.newsroom.article.api.EditionSummary;
import io.newsroom.article.mapping.ArticleMapper;
import io.newsroom.article.model.EditionJumps;
import io.newsroom.article.model.EditionKey;
import io.newsroom.article.repository.ArticleChangeRepository;
import io.newsroom.article.repository.ArticleCorrectionRepository;
import io.newsroom.contract.ArticleStatus;
import io.newsroom.article.repository.ArticleRepository;
import io.newsroom.article.repository.ArticleRevisionRepository;
import io.newsroom.article.repository.EditionChangeRepository;
import io.newsroom.contract.ArticleSummary;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Correction;
import io.newsroom.contract.EditionChange;
import io.newsroom.contract.EditionChanges;
import io.newsroom.contract.FrontMatter;
import io.newsroom.contract.ItemPage;
import io.newsroom.contract.RevisionView;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Reads for the desk (any status) and for the mobile clients (published only, cursor-paginated). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleQueryService {

    private static final String EDITIONS = "e1";
    private static final String ARTICLES = "a1";
    private static final String FEED = "f1";

    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final ArticleCorrectionRepository corrections;
    private final EditionChangeRepository feed;
    private final ObjectMapper json;
    private final JumpLinkService jumps;
    private final ArticleChangeRepository articleFeed;
    private final WebUrls webUrls;

    ArticleQueryService(ArticleRepository articles, ArticleRevisionRepository revisions,
            ArticleCorrectionRepository corrections, EditionChangeRepository feed, ObjectMapper json,
            JumpLinkService jumps, ArticleChangeRepository articleFeed, WebUrls webUrls) {
        this.articleFeed = articleFeed;
        this.webUrls = webUrls;
        this.articles = articles;
        this.revisions = revisions;
        this.corrections = corrections;
        this.feed = feed;
        this.json = json;
        this.jumps = jumps;
    }

    /**
     * @param id article id
     * @return the desk view, any status
     * @throws ProblemException 404
     */
    public ArticleView deskArticle(UUID id) {
        return jumps.view(articles.findByIdOptional(id).orElseThrow(() -> notFound(id)));
    }

    /**
     * @param edition paper and date
     * @param page    page number or {@code null} for all pages
     * @return desk views, page then position order
     */
    public List<ArticleView> deskEdition(EditionKey edition, Integer page) {
        EditionJumps links = jumps.edition(edition);
        Map<UUID, ArticleEntity> byId = new HashMap<>();
        articles.listEdition(edition, null).forEach(a -> byId.put(a.id, a));
        List<ArticleEntity> shown = articles.listEdition(edition, page);
        Map<UUID, List<Correction>> byArticle = corrections.corrections(shown.stream().map(a -> a.id).toList());
        return shown.stream().map(a -> ArticleMapper.toView(a, byArticle.getOrDefault(a.id, List.of()), true,
                links.of(a, byId::get), null)).toList();
    }

    /**
     * The edition change feed: the editions whose published articles changed (corrections) after a sequence
     * number, one entry per edition with its latest change.
     *
     * @param after the last sequence number the caller has read (0 from the start)
     * @param limit most feed rows to read (1..1000)
     * @return the changed editions, by their latest sequence number
     */
    public EditionChanges editionChanges(long after, int limit) {
        List<EditionChangeRepository.Row> rows = feed.after(after, limit + 1);
        boolean more = rows.size() > limit;
        rows = more ? rows.subList(0, limit) : rows;
        Map<EditionKey, EditionChange> latest = new LinkedHashMap<>();
        for (EditionChangeRepository.Row row : rows) {
            latest.remove(row.edition());
            latest.put(row.edition(), new EditionChange(row.edition().paper(), row.edition().date(), row.sequence(),
                    row.changedAt()));
        }
        long last = rows.isEmpty() ? after : rows.get(rows.size() - 1).sequence();
        return new EditionChanges(List.copyOf(latest.values()), last, more);
    }

    /**
     * @param id article id
     * @return its revisions without previous state, oldest first
     * @throws ProblemException 404 unknown article
     */
    public List<RevisionView> revisions(UUID id) {
        if (articles.findByIdOptional(id).isEmpty()) {
            throw notFound(id);
        }
        return revisions.listFor(id).stream().map(r -> toView(r, null)).toList();
    }

    /**
     * @param id     article id
     * @param number revision number
     * @return the revision with the previous state
     * @throws ProblemException 404 unknown article or revision
     */
    public RevisionView revision(UUID id, int number) {
        return revisions.findFor(id, number).map(r -> toView(r, json.convertValue(r.previousState, ArticleView.class)))
                .orElseThrow(() -> ProblemException.notFound("Article " + id + " has no revision " + number));
    }

    /**
     * @param cursor {@code null} for the first page
     * @param limit  1..100
     * @return published editions, newest first then paper code
     * @throws ProblemException 400 for a foreign cursor
     */
    public ItemPage<EditionSummary> publishedEditions(String cursor, int limit) {
        LocalDate afterDate = null;
        String afterPaper = null;
        if (cursor != null) {
            List<String> keys = Cursors.decode(EDITIONS, cursor, 2);
            try {
                afterDate = LocalDate.parse(keys.get(0));
            } catch (DateTimeParseException e) {
                throw Cursors.invalid();
            }
            afterPaper = keys.get(1);
        }
        List<Object[]> rows = articles.publishedEditions(afterDate, afterPaper, limit + 1);
        boolean more = rows.size() > limit;
        rows = more ? rows.subList(0, limit) : rows;
        List<EditionSummary> items = new ArrayList<>(rows.size());
        if (!rows.isEmpty()) {
            LocalDate newest = (LocalDate) rows.get(0)[1];
            LocalDate oldest = (LocalDate) rows.get(rows.size() - 1)[1];
            List<Object[]> pages = articles.publishedPages(oldest, newest);
            for (Object[] row : rows) {
                List<Integer> numbers = pages.stream().filter(p -> p[0].equals(row[0]) && p[1].equals(row[1]))
                        .map(p -> (Integer) p[2]).toList();
                items.add(new EditionSummary((String) row[0], (LocalDate) row[1], numbers, (Long) row[2]));
            }
        }
        EditionSummary last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new ItemPage<>(items, more ? Cursors.encode(EDITIONS, last.date(), last.paper()) : null);
    }

    /**
     * @param edition paper and date
     * @param cursor  {@code null} for the first page
     * @param limit   1..100
     * @return published articles in page, then position order; a story printed on several pages once, as its
     *         first article with {@code pages}
     * @throws ProblemException 400 for a foreign cursor; 404 when the edition has no published article
     */
    public ItemPage<ArticleSummary> publishedArticles(EditionKey edition, String cursor, int limit) {
        int afterPage = 0;
        int afterPosition = -1;
        if (cursor != null) {
            List<String> keys = Cursors.decode(ARTICLES + edition.paper() + edition.date(), cursor, 2);
            try {
                afterPage = Integer.parseInt(keys.get(0));
                afterPosition = Integer.parseInt(keys.get(1));
            } catch (NumberFormatException e) {
                throw Cursors.invalid();
            }
        }
        List<ArticleEntity> rows = articles.publishedAfter(edition, afterPage, afterPosition, limit + 1);
        if (cursor == null && rows.isEmpty()) {
            throw ProblemException.notFound("No published edition " + edition.paper() + "/" + edition.date());
        }
        boolean more = rows.size() > limit;
        rows = more ? rows.subList(0, limit) : rows;
        ArticleEntity last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        return new ItemPage<>(summaries(rows),
                more ? Cursors.encode(ARTICLES + edition.paper() + edition.date(), last.pageNumber, last.position)
                        : null);
    }

    /**
     * The article feed: published articles of every edition, newest edition first, each edition in page order, as
     * its edition listing lists them ({@link #publishedArticles}).
     *
     * @param filter which articles
     * @param cursor {@code null} for the first page
     * @param limit  1..100
     * @return a page of summaries; empty when nothing matches
     * @throws ProblemException 400 for a foreign cursor
     */
    public ItemPage<ArticleSummary> articleFeed(ArticleRepository.FeedFilter filter, String cursor, int limit) {
        ArticleRepository.FeedKey after = null;
        if (cursor != null) {
            List<String> keys = Cursors.decode(FEED, cursor, 4);
            try {
                after = new ArticleRepository.FeedKey(LocalDate.parse(keys.get(0)), keys.get(1),
                        Integer.parseInt(keys.get(2)), Integer.parseInt(keys.get(3)));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw Cursors.invalid();
            }
        }
        List<ArticleEntity> rows = articles.publishedFeed(filter, after, limit + 1);
        boolean more = rows.size() > limit;
        rows = more ? rows.subList(0, limit) : rows;
        ArticleEntity last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        return new ItemPage<>(summaries(rows), more
                ? Cursors.encode(FEED, last.editionDate, last.paper, last.pageNumber, last.position) : null);
    }

    /** Listing entries of published articles, with what their editions' jump links make of them. */
    private List<ArticleSummary> summaries(List<ArticleEntity> rows) {
        Map<EditionKey, Function<ArticleEntity, ArticleSummary>> byEdition = new HashMap<>();
        return rows.stream().map(row -> byEdition.computeIfAbsent(new EditionKey(row.paper, row.editionDate),
                this::summarizer).apply(row)).toList();
    }

    /** Makes listing entries of one edition's published articles. */
    private Function<ArticleEntity, ArticleSummary> summarizer(EditionKey edition) {
        EditionJumps links = jumps.edition(edition);
        Map<UUID, ArticleEntity> published = new HashMap<>();
        articles.listEdition(edition, null).stream().filter(a -> a.status == ArticleStatus.PUBLISHED && !a.excluded)
                .forEach(a -> published.put(a.id, a));
        return a -> ArticleMapper.toSummary(a, links.of(a, published::get),
                webUrls.of(a.paper, a.editionDate, a.id));
    }

    /**
     * The public article change feed (README "Feeds").
     *
     * @param after the last sequence number the caller has read (0 from the start)
     * @param limit most changes (1..1000)
     * @return the changes after it in sequence order
     */
    public ArticleChanges articleChanges(long after, int limit) {
        List<ArticleChange> rows = articleFeed.after(after, limit + 1);
        boolean more = rows.size() > limit;
        rows = more ? rows.subList(0, limit) : rows;
        return new ArticleChanges(List.copyOf(rows), rows.isEmpty() ? after : rows.get(rows.size() - 1).sequence(),
                more);
    }

    /**
     * @param edition paper and date
     * @return the edition's published 今日导读 boxes and staff lines no editor excluded, page then position order
     * @throws ProblemException 404 when nothing of the edition is published
     */
    public FrontMatter frontMatter(EditionKey edition) {
        if (!articles.anyPublished(edition)) {
            throw ProblemException.notFound("No published edition " + edition.paper() + "/" + edition.date());
        }
        return new FrontMatter(articles.publishedFrontMatter(edition).stream().map(ArticleMapper::toFrontMatter)
                .toList());
    }

    private static RevisionView toView(ArticleRevisionEntity r, ArticleView previousState) {
        return new RevisionView(r.number, r.editor, r.changedAt, r.changedFields, r.previousVersion, previousState);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No article " + id);
    }
}
