package io.newsroom.article.rest;

import io.newsroom.article.api.NinjsItem;
import io.newsroom.article.service.PublishedArticleCache;
import io.newsroom.contract.ArticleView;
import io.newsroom.support.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mobile clients' read of one published article (README, article-service), as our JSON or, with
 * {@code Accept: application/ninjs+json}, as IPTC ninjs 2.3. Drafts and withdrawn articles are 404.
 */
@Path("/api/v1/articles/{id}")
@Tag(name = "public", description = "Mobile clients' API: published content only, no authentication")
public class ArticleResource {

    private static final MediaType NINJS = MediaType.valueOf(NinjsItem.MEDIA_TYPE);

    private final PublishedArticleCache published;

    ArticleResource(PublishedArticleCache published) {
        this.published = published;
    }

    /**
     * @param id          article id
     * @param ifNoneMatch conditional GET
     * @param headers     for the {@code Accept} negotiation
     * @return the article (for a continuation's id, the story it continues); {@code ETag: "<version>"} for JSON,
     *         {@code "<version>-ninjs"} for ninjs; a story printed on several pages has the versions of its parts
     *         joined with "." ({@code "3.1"})
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, NinjsItem.MEDIA_TYPE})
    @Operation(summary = "Read a published article",
            description = "application/json (default) or application/ninjs+json (IPTC ninjs 2.3) by Accept. A story "
                    + "printed on several pages (\"（下转第3版）\") is one article: its whole text, `pages` and `parts`; "
                    + "the id of its continuation answers the same story (200, the story's id in the body).")
    @APIResponse(responseCode = "200", description = "The article",
            headers = {@Header(name = "ETag", schema = @Schema(example = "\"3\"")),
                    @Header(name = "Cache-Control", schema = @Schema(example = "public, max-age=60"))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class)),
                    @Content(mediaType = NinjsItem.MEDIA_TYPE, schema = @Schema(implementation = NinjsItem.class))})
    @APIResponse(responseCode = "304", description = "If-None-Match matched")
    @APIResponse(responseCode = "404", description = "Unknown, draft or withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not published", value = OpenApiExamples.PROBLEM_404)))
    public Response get(@Parameter(description = "Article id") @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context HttpHeaders headers) {
        PublishedArticleCache.Rendered article = published.get(id);
        boolean ninjs = prefersNinjs(headers);
        String etag = "\"" + article.tag() + (ninjs ? "-ninjs\"" : "\"");
        byte[] entity = ninjs ? article.ninjs() : article.json();
        return Conditional.get(entity, etag, ifNoneMatch, Conditional.PUBLIC)
                .type(ninjs ? NINJS : MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /** The first acceptable type (highest quality first) decides; a wildcard gives JSON. */
    private static boolean prefersNinjs(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(NINJS)) {
                return true;
            }
        }
        return false;
    }
}
