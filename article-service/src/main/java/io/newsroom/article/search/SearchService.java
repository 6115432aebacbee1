package io.newsroom.article.search;

import io.newsroom.article.ArticleEntity;
import io.newsroom.article.api.SearchResults;
import io.newsroom.article.service.Cursors;
import io.newsroom.article.service.QueryParameters;
import io.newsroom.contract.ArticleStatus;
import io.newsroom.contract.Editions;
import io.newsroom.contract.InvalidFieldException;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.Paragraph;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chinese full-text search over the articles (README "Search"): PostgreSQL full-text search on the terms
 * {@link SearchIndex} writes ({@code article.search_vector}, GIN index), every word of the query required as written
 * ({@link SearchTerms#query}); ranked by {@code ts_rank}, then newest edition first, then page order. Pages go by an
 * opaque cursor (the offset of the next hit, at most {@value #MAX_OFFSET}).
 */
@ApplicationScoped
public class SearchService {

    /** Deepest hit a cursor may point to: past it, a query should be narrowed (paper, dates). */
    static final int MAX_OFFSET = 10_000;
    private static final String CURSOR = "s1";

    private final EntityManager em;

    SearchService(EntityManager em) {
        this.em = em;
    }

    /**
     * One search request, as sent.
     *
     * @param q        the query: words separated by spaces, 1..{@value SearchTerms#MAX_QUERY_LENGTH} characters
     * @param paper    paper code, or {@code null} for every paper
     * @param from     first edition date (ISO 8601), or {@code null}
     * @param to       last edition date (ISO 8601), or {@code null}
     * @param limit    page size 1..100 as sent, {@code null} for 50
     * @param cursor   {@code next_cursor} of the previous page, or {@code null}
     * @param statuses the statuses searched (the public API: published only)
     * @param readers  {@code true} for the public API: only what readers see as articles (no item an editor
     *                 excluded, no 今日导读 box or staff line; README "Front matter")
     */
    public record Request(String q, String paper, String from, String to, String limit, String cursor,
            Collection<ArticleStatus> statuses, boolean readers) {
    }

    /**
     * @param request the search
     * @return a page of hits, best first, with the total count
     * @throws ProblemException 400 naming {@code q}, {@code paper}, {@code from}, {@code to}, {@code limit} or
     *                          {@code cursor}
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SearchResults search(Request request) {
        if (request.q() == null || request.q().isBlank()) {
            throw ProblemException.invalidField("q", "must not be blank");
        }
        String query;
        try {
            query = SearchTerms.query(request.q());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("q", e.getMessage());
        }
        int limit = Cursors.limit(request.limit());
        int offset = request.cursor() == null ? 0 : offset(request.cursor());
        LocalDate from = QueryParameters.date("from", request.from());
        LocalDate to = QueryParameters.date("to", request.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalidField("from", "must not be after to");
        }
        if (request.paper() != null) {
            try {
                Editions.paper(request.paper());
            } catch (InvalidFieldException e) {
                throw ProblemException.invalidField(e);
            }
        }
        StringBuilder where = new StringBuilder("a.search_vector @@ cast(:q as tsquery) and a.status in (:statuses)");
        if (request.readers()) {
            where.append(" and not a.excluded and a.type not in ('index', 'staff')");
        }
        if (request.paper() != null) {
            where.append(" and a.paper = :paper");
        }
        if (from != null) {
            where.append(" and a.edition_date >= :from");
        }
        if (to != null) {
            where.append(" and a.edition_date <= :to");
        }
        Query hits = em.createNativeQuery("select cast(a.id as text), count(*) over () from {h-schema}article a where "
                + where + " order by ts_rank(a.search_vector, cast(:q as tsquery)) desc, a.edition_date desc, a.paper,"
                + " a.page_number, a.position limit :limit offset :offset");
        bind(hits, query, request, from, to).setParameter("limit", limit + 1).setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = hits.getResultList();
        long total;
        if (!rows.isEmpty()) {
            total = ((Number) rows.get(0)[1]).longValue();
        } else if (offset == 0) {
            total = 0;
        } else {
            Query count = em.createNativeQuery("select count(*) from {h-schema}article a where " + where);
            total = ((Number) bind(count, query, request, from, to).getSingleResult()).longValue();
        }
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, rows.size()); i++) {
            ids.add(UUID.fromString((String) rows.get(i)[0]));
        }
        Map<UUID, ArticleEntity> found = ids.isEmpty() ? Map.of()
                : em.createQuery("from ArticleEntity where id in :ids", ArticleEntity.class).setParameter("ids", ids)
                        .getResultStream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<String> words = SearchTerms.words(request.q());
        List<SearchResults.Hit> items = new ArrayList<>();
        for (UUID id : ids) {
            ArticleEntity a = found.get(id);
            if (a != null) {
                items.add(hit(a, words));
            }
        }
        boolean more = rows.size() > limit && offset + limit < MAX_OFFSET;
        return new SearchResults(total, items, more ? Cursors.encode(CURSOR, offset + limit) : null);
    }

    private static Query bind(Query q, String query, Request request, LocalDate from, LocalDate to) {
        q.setParameter("q", query).setParameter("statuses", request.statuses().stream().map(Enum::name).toList());
        if (request.paper() != null) {
            q.setParameter("paper", request.paper());
        }
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        return q;
    }

    private static SearchResults.Hit hit(ArticleEntity a, List<String> words) {
        List<String> texts = new ArrayList<>(List.of(nz(a.headline), nz(a.kicker), nz(a.subheadline)));
        a.paragraphs.stream().map(Paragraph::text).forEach(texts::add);
        a.photos.forEach(p -> texts.add(nz(p.caption())));
        texts.add(nz(a.byline));
        texts.add(nz(a.dateline));
        return new SearchResults.Hit(a.id, a.paper, a.editionDate, a.pageNumber, a.pageName, ItemType.fromCode(a.type),
                a.headline, Snippets.of(texts, words), a.status);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static int offset(String cursor) {
        try {
            int offset = Integer.parseInt(Cursors.decode(CURSOR, cursor, 1).get(0));
            if (offset > 0 && offset <= MAX_OFFSET) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Cursors.invalid();
    }
}
