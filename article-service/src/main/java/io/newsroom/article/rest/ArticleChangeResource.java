package io.newsroom.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.api.ArticleChanges;
import io.newsroom.article.service.ArticleQueryService;
import io.newsroom.article.service.QueryParameters;
import io.newsroom.support.problem.Problem;
import io.newsroom.support.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mobile clients' change feed (README "Feeds"): what changed among the articles readers see after a sequence
 * number, with tombstones for those they no longer see, so that a client keeps a copy in step.
 */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public")
public class ArticleChangeResource {

    /** Clients may keep an answer but must ask again before using it: the feed moves. */
    private static final String REVALIDATE = "public, no-cache";

    private final ArticleQueryService queries;
    private final ObjectMapper json;

    ArticleChangeResource(ArticleQueryService queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
    }

    /**
     * @param after the last sequence number already read, {@code >= 0}; 0 (default) from the start
     * @param limit       most changes, 1..1000 (default 500)
     * @param ifNoneMatch conditional GET
     * @return the changes and the sequence number to pass next
     * @throws JsonProcessingException never in practice
     * @throws ProblemException        400 naming {@code after} or {@code limit}
     */
    @GET
    @Operation(operationId = "listArticleChanges", summary = "Article changes after a sequence number, with tombstones",
            description = "UPSERT: the article is published for readers and changed (publication, correction): fetch "
                    + "it. DELETE: readers no longer see it (withdrawn, excluded, unpublished, stitched into another "
                    + "story as its continuation): drop it. In commit order (a change committed later never gets a "
                    + "lower number); pass last_sequence as after next time, at once while more is true. "
                    + "Cache-Control: public, no-cache (revalidate with If-None-Match).")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(schema = @Schema(implementation = ArticleChanges.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match matched")
    @APIResponse(responseCode = "400", description = "after or limit is not a number in range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changes(
            @Parameter(description = "Last sequence number read (0 from the start)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0"))
            @QueryParam("after") String after,
            @Parameter(description = "Most changes (1..1000, default 500)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
            @QueryParam("limit") String limit,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws JsonProcessingException {
        long from = QueryParameters.integer("after", after, 0, 0, Long.MAX_VALUE);
        int max = (int) QueryParameters.integer("limit", limit, DeskEditionChangeResource.DEFAULT_LIMIT, 1,
                DeskEditionChangeResource.MAX_LIMIT);
        return Conditional.hashed(json, queries.articleChanges(from, max), ifNoneMatch, REVALIDATE);
    }
}
