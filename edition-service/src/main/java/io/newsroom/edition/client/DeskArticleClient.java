package io.newsroom.edition.client;

import io.newsroom.contract.ArticleView;
import io.newsroom.contract.ContinuationRequest;
import io.newsroom.contract.MergeRequest;
import io.newsroom.contract.MoveRequest;
import io.newsroom.contract.Paragraph;
import io.newsroom.contract.ParagraphsUpdate;
import io.newsroom.contract.RevisionView;
import io.newsroom.contract.SplitRequest;
import io.newsroom.contract.SplitResult;
import io.newsroom.edition.config.EditionConfig;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The review desk's calls to article-service's editors' API, each with the editor's own bearer token (so that
 * revisions name the editor) and the REST client's read timeout (30 s). Changes send {@code If-Match: "<version>"} and are not retried.
 * A refusal (4xx, e.g. 412 for a stale version) is thrown as {@link RemoteRejectedException} for the desk to
 * explain; article-service down or failing becomes a {@link ProblemException} 503.
 */
@ApplicationScoped
public class DeskArticleClient {

    private static final String SERVICE = "article-service";

    @Inject
    @RestClient
    DeskArticleRestClient rest;

    @Inject
    EditionConfig config;

    /**
     * @param paper         paper code
     * @param date          edition date
     * @param page          page number, or {@code null} for the whole edition
     * @param authorization the editor's {@code Authorization} header value
     * @return every article (any status), page then position order
     */
    public List<ArticleView> list(String paper, LocalDate date, Integer page, String authorization) {
        return call("listing of the articles", () -> rest.list(paper, date, page, authorization).items());
    }

    /**
     * @param id            article id
     * @param authorization the editor's {@code Authorization} header value
     * @return the article
     */
    public ArticleView get(UUID id, String authorization) {
        return call("reading of an article", () -> rest.get(id, authorization));
    }

    /**
     * @param id            article id
     * @param version       the version the editor saw
     * @param patch         JSON merge patch members (a {@code null} value clears the field)
     * @param authorization the editor's {@code Authorization} header value
     * @return the article after the change
     */
    public ArticleView patch(UUID id, long version, Map<String, Object> patch, String authorization) {
        return call("change of an article", () -> rest.patch(id, etag(version), authorization, patch));
    }

    /**
     * @param id            article id
     * @param version       the version the editor saw
     * @param paragraphs    the new paragraphs
     * @param note          the editor's 更正说明 when the article is published, or {@code null}
     * @param authorization the editor's {@code Authorization} header value
     * @return the article after the change
     */
    public ArticleView paragraphs(UUID id, long version, List<Paragraph> paragraphs, String note,
            String authorization) {
        return call("change of the paragraphs",
                () -> rest.paragraphs(id, etag(version), authorization, new ParagraphsUpdate(paragraphs, note)));
    }

    /**
     * @param id            the article that stays
     * @param version       its version
     * @param body          the adjacent article and its version
     * @param authorization the editor's {@code Authorization} header value
     * @return the merged article
     */
    public ArticleView merge(UUID id, long version, MergeRequest body, String authorization) {
        return call("merge of two items", () -> rest.merge(id, etag(version), authorization, body));
    }

    /**
     * @param id            the article to split
     * @param version       its version
     * @param body          the paragraph index
     * @param authorization the editor's {@code Authorization} header value
     * @return both articles
     */
    public SplitResult split(UUID id, long version, SplitRequest body, String authorization) {
        return call("split of an item", () -> rest.split(id, etag(version), authorization, body));
    }

    /**
     * Excludes an item from publication (不发布) or restores it (恢复发布); README "Front matter".
     *
     * @param id            the article
     * @param version       its version
     * @param excluded      {@code true} to exclude, {@code false} to restore
     * @param authorization the editor's {@code Authorization} header value
     * @return the article
     */
    public ArticleView exclude(UUID id, long version, boolean excluded, String authorization) {
        return excluded ? call("exclusion from publication", () -> rest.exclude(id, etag(version), authorization))
                : call("restoration to publication", () -> rest.include(id, etag(version), authorization));
    }

    /**
     * @param id            the article giving the part
     * @param version       its version
     * @param body          the part, the receiving article and its version
     * @param authorization the editor's {@code Authorization} header value
     * @return the receiving article
     */
    public ArticleView move(UUID id, long version, MoveRequest body, String authorization) {
        return call("move of a headline or byline", () -> rest.move(id, etag(version), authorization, body));
    }

    /**
     * @param id             the article (or teaser) that jumps
     * @param continuationId its continuation (or story) on a later page
     * @param authorization  the editor's {@code Authorization} header value
     * @return the article
     */
    public ArticleView link(UUID id, UUID continuationId, String authorization) {
        return call("link of a jump", () -> rest.link(id, authorization, new ContinuationRequest(continuationId)));
    }

    /**
     * @param id            the article that jumps, or its continuation
     * @param authorization the editor's {@code Authorization} header value
     * @return the article
     */
    public ArticleView unlink(UUID id, String authorization) {
        return call("unlink of a jump", () -> rest.unlink(id, authorization));
    }

    /**
     * @param id            article id
     * @param authorization the editor's {@code Authorization} header value
     * @return its revisions, oldest first
     */
    public List<RevisionView> revisions(UUID id, String authorization) {
        return call("reading of the revisions", () -> rest.revisions(id, authorization).items());
    }

    /**
     * @param id            article id
     * @param number        revision number, from 1
     * @param authorization the editor's {@code Authorization} header value
     * @return the revision with the article's state before it ({@code previous_state})
     */
    public RevisionView revision(UUID id, int number, String authorization) {
        return call("reading of a revision", () -> rest.revision(id, number, authorization));
    }

    /**
     * Reverts an article to its state before a revision (a new revision; README "Publishing safely and history").
     *
     * @param id            article id
     * @param number        the revision to revert
     * @param version       the version the editor saw (sent as {@code If-Match}: a stale one is refused with 412)
     * @param authorization the editor's {@code Authorization} header value
     * @return the article after the revert
     */
    public ArticleView revert(UUID id, int number, long version, String authorization) {
        return call("revert to a revision", () -> rest.revert(id, number, etag(version), authorization));
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException | WebApplicationException failure) {
            // article-service unreachable, slow or failing (5xx); a refusal (4xx) is a RemoteRejectedException
            throw RemoteFailures.problem(SERVICE, what, failure, config.retryAfterSeconds());
        }
    }
}
