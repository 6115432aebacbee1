package io.newsroom.article.rest;

import io.newsroom.article.service.ArticleQueryService;
import io.newsroom.article.service.QueryParameters;
import io.newsroom.contract.EditionChanges;
import io.newsroom.support.problem.Problem;
import io.newsroom.support.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The edition change feed (README "article-service", Corrections): which editions' published articles changed by a
 * correction after a sequence number. edition-service follows it to render those editions again. Role
 * {@code editor} (edition-service calls it with its own service token); 401 without a token, 403 without the role.
 */
@Path("/api/v1/desk/editions/changes")
@RolesAllowed("editor")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "desk")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Token without the editor role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DeskEditionChangeResource {

    /** Most feed rows one answer reads by default. */
    static final int DEFAULT_LIMIT = 500;
    /** Most feed rows one answer may read. */
    static final int MAX_LIMIT = 1_000;

    private final ArticleQueryService queries;

    DeskEditionChangeResource(ArticleQueryService queries) {
        this.queries = queries;
    }

    /**
     * @param after the last sequence number already read, {@code >= 0}; 0 (default) from the start
     * @param limit most feed rows to read, 1..1000 (default 500)
     * @return the changed editions and the sequence number to pass next
     * @throws ProblemException 400 naming {@code after} or {@code limit}
     */
    @GET
    @Operation(summary = "Editions whose published articles changed after a sequence number",
            description = "One entry per edition with its latest change; pass last_sequence as after next time. "
                    + "Changes become visible in sequence order (a change committed later never gets a lower number).")
    @APIResponse(responseCode = "200", description = "The changed editions",
            content = @Content(schema = @Schema(implementation = EditionChanges.class)))
    @APIResponse(responseCode = "400", description = "after or limit is not a number in range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EditionChanges changes(
            @Parameter(description = "Last sequence number read (0 from the start)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0"))
            @QueryParam("after") String after,
            @Parameter(description = "Most feed rows to read (1..1000, default 500)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
            @QueryParam("limit") String limit) {
        long from = QueryParameters.integer("after", after, 0, 0, Long.MAX_VALUE);
        int max = (int) QueryParameters.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return queries.editionChanges(from, max);
    }
}
