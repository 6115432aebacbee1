package io.newsroom.render.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsroom.contract.ArticleSummary;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.FrontMatter;
import io.newsroom.contract.ItemPage;
import io.newsroom.contract.Paper;
import io.newsroom.render.config.RenderConfig;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads published articles and the paper registry from article-service with a timeout (5 s per call) and retries
 * (2 more tries, 200 ms apart, on connection failures, timeouts and 5xx answers). Papers are cached for
 * {@code render.paper-cache-ttl} (the registry changes rarely).
 *
 * <p>Errors: a 404 answer becomes a 404 problem (the edition or article is not published); a
 * service that stays unreachable or failing becomes a 503 problem with {@code Retry-After}.
 */
@ApplicationScoped
public class ArticleClient {

    /** Page size of the edition listing (article-service's maximum). */
    static final int PAGE_SIZE = 100;

    private final ArticleRestClient rest;
    private final RenderConfig config;
    private final Cache<String, Optional<Paper>> papers;

    ArticleClient(@RestClient ArticleRestClient rest, RenderConfig config) {
        this.rest = rest;
        this.config = config;
        this.papers = Caffeine.newBuilder().expireAfterWrite(config.paperCacheTtl()).maximumSize(1_000).build();
    }

    /**
     * @param code paper code
     * @return the registry's paper, or empty when article-service does not know the code
     * @throws ProblemException 503 when article-service is unavailable
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = {ProcessingException.class, TimeoutException.class,
            UpstreamFailure.class}, abortOn = ProblemException.class)
    @Fallback(fallbackMethod = "paperUnavailable", skipOn = ProblemException.class)
    public Optional<Paper> paper(String code) {
        return papers.get(code, c -> {
            try {
                return Optional.of(rest.getPaper(c));
            } catch (WebApplicationException e) {
                if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                    return Optional.empty();
                }
                throw new UpstreamFailure(e);
            }
        });
    }

    /**
     * @param paper  paper code
     * @param date   edition date
     * @param cursor cursor from the previous page, null for the first
     * @return one page of published article summaries
     * @throws ProblemException 404 when article-service answers 404, 503 when it is unavailable
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = {ProcessingException.class, TimeoutException.class,
            UpstreamFailure.class}, abortOn = ProblemException.class)
    @Fallback(fallbackMethod = "listUnavailable", skipOn = ProblemException.class)
    public ItemPage<ArticleSummary> listPublished(String paper, LocalDate date, String cursor) {
        try {
            return rest.listArticles(paper, date, PAGE_SIZE, cursor);
        } catch (WebApplicationException e) {
            throw translate(e, "no published edition " + paper + "/" + date);
        }
    }

    /**
     * @param paper paper code
     * @param date  edition date
     * @return the edition's published front matter (README "Front matter")
     * @throws ProblemException 404 when article-service answers 404, 503 when it is unavailable
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = {ProcessingException.class, TimeoutException.class,
            UpstreamFailure.class}, abortOn = ProblemException.class)
    @Fallback(fallbackMethod = "frontMatterUnavailable", skipOn = ProblemException.class)
    public FrontMatter frontMatter(String paper, LocalDate date) {
        try {
            return rest.getFrontMatter(paper, date);
        } catch (WebApplicationException e) {
            throw translate(e, "no published edition " + paper + "/" + date);
        }
    }

    /**
     * @param id article id
     * @return the full published article
     * @throws ProblemException 404 when it is not (or no longer) published, 503 when article-service is unavailable
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = {ProcessingException.class, TimeoutException.class,
            UpstreamFailure.class}, abortOn = ProblemException.class)
    @Fallback(fallbackMethod = "articleUnavailable", skipOn = ProblemException.class)
    public ArticleView article(UUID id) {
        try {
            return rest.getArticle(id);
        } catch (WebApplicationException e) {
            throw translate(e, "article " + id + " is not published");
        }
    }

    ItemPage<ArticleSummary> listUnavailable(String paper, LocalDate date, String cursor) {
        throw unavailable();
    }

    FrontMatter frontMatterUnavailable(String paper, LocalDate date) {
        throw unavailable();
    }

    ArticleView articleUnavailable(UUID id) {
        throw unavailable();
    }

    Optional<Paper> paperUnavailable(String code) {
        throw unavailable();
    }

    private ProblemException unavailable() {
        return ProblemException.unavailable("article-service is unavailable; nothing was rendered or stored",
                config.retryAfterSeconds());
    }

    private static RuntimeException translate(WebApplicationException e, String notFound) {
        if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
            return ProblemException.notFound(notFound);
        }
        return new UpstreamFailure(e);
    }

    /** article-service answered with an error other than 404; retried, then reported as 503. */
    static final class UpstreamFailure extends RuntimeException {
        UpstreamFailure(Throwable cause) {
            super(cause);
        }
    }
}
