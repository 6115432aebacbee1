package io.newsroom.render.client;

import io.newsroom.render.config.RenderConfig;
import io.newsroom.render.edition.EditionArticle;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads published articles from article-service with a timeout (5 s per call) and retries
 * (2 more tries, 200 ms apart, on connection failures, timeouts and 5xx answers).
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

    ArticleClient(@RestClient ArticleRestClient rest, RenderConfig config) {
        this.rest = rest;
        this.config = config;
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
    public ArticleSummaryPage listPublished(String paper, LocalDate date, String cursor) {
        try {
            return rest.listArticles(paper, date.toString(), PAGE_SIZE, cursor);
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
    public EditionArticle article(String id) {
        try {
            return rest.getArticle(id);
        } catch (WebApplicationException e) {
            throw translate(e, "article " + id + " is not published");
        }
    }

    ArticleSummaryPage listUnavailable(String paper, LocalDate date, String cursor) {
        throw unavailable();
    }

    EditionArticle articleUnavailable(String id) {
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
