package io.newsroom.edition.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsroom.contract.EditionChanges;
import io.newsroom.contract.PageUpsert;
import io.newsroom.contract.PageUpsertResult;
import io.newsroom.contract.Paper;
import io.newsroom.contract.PublicationResult;
import io.newsroom.edition.config.EditionConfig;
import io.newsroom.support.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls article-service with a timeout per attempt and retries for the idempotent calls (a page upsert with
 * the same content hash, publish and unpublish all converge, the paper registry is a read). Papers are cached for
 * {@code edition.paper-cache-ttl} (the registry changes rarely). Every failure becomes a {@link ProblemException}:
 * 503 with {@code Retry-After} when article-service is down or failing, 502 when it refused the request.
 * Every call gets the class's timeout (10 s per attempt) and retries (2 more attempts, not after a refusal).
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 200, abortOn = RemoteRejectedException.class)
public class ArticleClient {

    private static final String SERVICE = "article-service";

    @Inject
    @RestClient
    ArticleRestClient rest;

    @Inject
    EditionConfig config;

    private Cache<String, Optional<Paper>> papers;

    @PostConstruct
    void createCache() {
        papers = Caffeine.newBuilder().expireAfterWrite(config.paperCacheTtl()).maximumSize(1_000).build();
    }

    /**
     * @param code paper code
     * @return the paper of article-service's registry, or empty when no paper has that code
     * @throws ProblemException 503 or 502, see the class comment
     */
    @Fallback(fallbackMethod = "paperFailed")
    public Optional<Paper> paper(String code) {
        return papers.get(code, c -> {
            try {
                return Optional.of(rest.paper(c));
            } catch (RemoteRejectedException refused) {
                if (refused.status() == 404) {
                    return Optional.empty();
                }
                throw refused;
            }
        });
    }

    Optional<Paper> paperFailed(String code, Throwable failure) {
        throw RemoteFailures.problem(SERVICE, "reading of the paper registry", failure, config.retryAfterSeconds());
    }

    /**
     * Reads article-service's edition change feed: the editions whose published articles changed (corrections).
     *
     * @param after         the last sequence number already read
     * @param limit         most feed rows to read (1..1000)
     * @param authorization edition-service's own {@code Authorization} header value ({@code ServiceToken})
     * @return the changed editions and the sequence number to read after next time
     * @throws ProblemException 503 or 502, see the class comment
     */
    @Fallback(fallbackMethod = "editionChangesFailed")
    public EditionChanges editionChanges(long after, int limit, String authorization) {
        return rest.editionChanges(after, limit, authorization);
    }

    EditionChanges editionChangesFailed(long after, int limit, String authorization, Throwable failure) {
        throw RemoteFailures.problem(SERVICE, "reading of the edition change feed", failure,
                config.retryAfterSeconds());
    }

    /**
     * Upserts all items of one page.
     *
     * @param paper         paper code
     * @param date          edition date
     * @param page          page number
     * @param body          page name, content hash and items
     * @param authorization the caller's {@code Authorization} header value, forwarded
     * @return article-service's outcome per article and its conflicts
     * @throws ProblemException 503 or 502, see the class comment
     */
    @Fallback(fallbackMethod = "upsertPageFailed")
    public PageUpsertResult upsertPage(String paper, LocalDate date, int page, PageUpsert body,
            String authorization) {
        return rest.upsertPage(paper, date, page, authorization, body);
    }

    PageUpsertResult upsertPageFailed(String paper, LocalDate date, int page, PageUpsert body,
            String authorization, Throwable failure) {
        throw RemoteFailures.problem(SERVICE, "upsert of page " + page, failure, config.retryAfterSeconds());
    }

    /**
     * Publishes every non-withdrawn article of an edition.
     *
     * @param paper         paper code
     * @param date          edition date
     * @param authorization the caller's {@code Authorization} header value, forwarded
     * @return the published article versions
     * @throws ProblemException 503 or 502, see the class comment
     */
    @Fallback(fallbackMethod = "publishFailed")
    public PublicationResult publish(String paper, LocalDate date, String authorization) {
        return rest.publish(paper, date, authorization);
    }

    PublicationResult publishFailed(String paper, LocalDate date, String authorization, Throwable failure) {
        throw RemoteFailures.problem(SERVICE, "publication of the articles", failure, config.retryAfterSeconds());
    }

    /**
     * Unpublishes every article of an edition (the roll-back of a publication whose rendering failed).
     *
     * @param paper         paper code
     * @param date          edition date
     * @param authorization the caller's {@code Authorization} header value, forwarded
     * @return the unpublished article versions
     * @throws ProblemException 503 or 502, see the class comment
     */
    @Fallback(fallbackMethod = "unpublishFailed")
    public PublicationResult unpublish(String paper, LocalDate date, String authorization) {
        return rest.unpublish(paper, date, authorization);
    }

    PublicationResult unpublishFailed(String paper, LocalDate date, String authorization, Throwable failure) {
        throw RemoteFailures.problem(SERVICE, "roll-back of the publication", failure, config.retryAfterSeconds());
    }
}
