package io.newsroom.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.api.SearchResults;
import io.newsroom.article.search.SearchService;
import io.newsroom.contract.ArticleStatus;
import io.newsroom.support.problem.Problem;
import io.newsroom.support.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Chinese full-text search (README "Search"): {@code GET /api/v1/search} over published articles for readers, and
 * {@code GET /api/v1/desk/search} over every status for editors. Both answer {@link SearchResults}: the total, a page
 * of hits best first with highlighted snippets, and the cursor of the next page.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Bad q, paper, from, to, limit, cursor or status; errors[] names it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SearchResource {

    private final SearchService search;
    private final ObjectMapper json;

    SearchResource(SearchService search, ObjectMapper json) {
        this.search = search;
        this.json = json;
    }

    /**
     * @param q           the words, separated by spaces (every word must occur as written)
     * @param paper       paper code, or none for every paper
     * @param from        first edition date, ISO 8601
     * @param to          last edition date, ISO 8601
     * @param limit       page size 1..100 (default 50)
     * @param cursor      {@code next_cursor} of the previous page
     * @param ifNoneMatch conditional GET
     * @return the hits among published articles
     * @throws JsonProcessingException never in practice
     */
    @GET
    @Path("/search")
    @Tag(name = "public")
    @Operation(operationId = "search", summary = "Search published articles (Chinese full text)",
            description = "Items an editor excluded from publication, 今日导读 boxes and staff lines are not found "
                    + "(README \"Front matter\").")
    @APIResponse(responseCode = "200", description = "A page of hits, best first",
            content = @Content(schema = @Schema(implementation = SearchResults.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match matched")
    public Response publicSearch(
            @Parameter(description = "Words separated by spaces, 1 to 100 characters", example = "林长制", required = true)
            @QueryParam("q") String q,
            @Parameter(description = "Paper code", example = "lcrb") @QueryParam("paper") String paper,
            @Parameter(description = "First edition date", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last edition date", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Page size 1..100 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from next_cursor") @QueryParam("cursor") String cursor,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws JsonProcessingException {
        SearchResults results = search.search(new SearchService.Request(q, paper, from, to, limit, cursor,
                EnumSet.of(ArticleStatus.PUBLISHED), true));
        return Conditional.hashed(json, results, ifNoneMatch, Conditional.PUBLIC);
    }

    /**
     * @param q           the words, separated by spaces
     * @param paper       paper code, or none for every paper
     * @param from        first edition date, ISO 8601
     * @param to          last edition date, ISO 8601
     * @param status      statuses to search, comma-separated ({@code DRAFT,PUBLISHED,WITHDRAWN}); none: all
     * @param limit       page size 1..100 (default 50)
     * @param cursor      {@code next_cursor} of the previous page
     * @param ifNoneMatch conditional GET
     * @return the hits among the articles of those statuses
     * @throws JsonProcessingException never in practice
     */
    @GET
    @Path("/desk/search")
    @RolesAllowed("editor")
    @SecurityRequirement(name = "jwt")
    @Tag(name = "desk")
    @Operation(operationId = "deskSearch", summary = "Search articles of any status (Chinese full text)")
    @APIResponse(responseCode = "200", description = "A page of hits, best first",
            content = @Content(schema = @Schema(implementation = SearchResults.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match matched")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks the editor role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deskSearch(
            @Parameter(description = "Words separated by spaces, 1 to 100 characters", example = "林长制", required = true)
            @QueryParam("q") String q,
            @Parameter(description = "Paper code", example = "lcrb") @QueryParam("paper") String paper,
            @Parameter(description = "First edition date", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last edition date", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Statuses, comma-separated (default: all)", example = "DRAFT,PUBLISHED")
            @QueryParam("status") String status,
            @Parameter(description = "Page size 1..100 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from next_cursor") @QueryParam("cursor") String cursor,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws JsonProcessingException {
        SearchResults results = search.search(new SearchService.Request(q, paper, from, to, limit, cursor,
                statuses(status), false));
        return Conditional.hashed(json, results, ifNoneMatch, Conditional.PRIVATE);
    }

    private static Set<ArticleStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return EnumSet.allOf(ArticleStatus.class);
        }
        List<ArticleStatus> out = new ArrayList<>();
        for (String s : status.split(",")) {
            try {
                out.add(ArticleStatus.valueOf(s.strip()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("status", "\"" + s.strip() + "\" is not DRAFT, PUBLISHED or WITHDRAWN");
            }
        }
        return EnumSet.copyOf(out);
    }
}
