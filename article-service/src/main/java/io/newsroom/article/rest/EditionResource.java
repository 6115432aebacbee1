package io.newsroom.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.api.EditionSummary;
import io.newsroom.article.model.EditionKey;
import io.newsroom.article.service.ArticleQueryService;
import io.newsroom.article.service.Cursors;
import io.newsroom.contract.ArticleSummary;
import io.newsroom.contract.FrontMatter;
import io.newsroom.support.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mobile clients' listings (README, article-service): published editions newest first, and the published
 * articles of one edition in page order. Keyset pagination: {@code limit} 1–100 (default 50), {@code next_cursor}
 * an opaque string to pass back as {@code cursor}, {@code null} on the last page. ETag is a hash of the body.
 */
@Path("/api/v1/editions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public")
@APIResponse(responseCode = "400", description = "Bad limit, cursor, paper or date",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "304", description = "If-None-Match matched")
public class EditionResource {

    private final ArticleQueryService queries;
    private final ObjectMapper json;

    EditionResource(ArticleQueryService queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
    }

    /**
     * @param limit       1..100, default 50
     * @param cursor      from the previous page's {@code next_cursor}
     * @param ifNoneMatch conditional GET
     * @return {@code {"items": [edition…], "next_cursor"}}
     * @throws JsonProcessingException never in practice
     */
    @GET
    @Operation(summary = "Published editions, newest first")
    @APIResponse(responseCode = "200", description = "A page of editions",
            content = @Content(schema = @Schema(implementation = EditionList.class)))
    public Response editions(
            @Parameter(description = "Page size 1..100 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from next_cursor") @QueryParam("cursor") String cursor,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws JsonProcessingException {
        return cached(queries.publishedEditions(cursor, Cursors.limit(limit)), ifNoneMatch);
    }

    /**
     * @param paper       paper code
     * @param date        edition date
     * @param limit       1..100, default 50
     * @param cursor      from the previous page's {@code next_cursor}
     * @param ifNoneMatch conditional GET
     * @return {@code {"items": [summary…], "next_cursor"}}
     * @throws JsonProcessingException never in practice
     */
    @GET
    @Path("/{paper}/{date}/articles")
    @Operation(summary = "Published articles of an edition, in page then position order")
    @APIResponse(responseCode = "200", description = "A page of article summaries",
            content = @Content(schema = @Schema(implementation = ArticleSummaryList.class)))
    @APIResponse(responseCode = "404", description = "No published article in this edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response articles(@Parameter(example = "lcrb") @PathParam("paper") String paper,
            @Parameter(example = "2025-03-26") @PathParam("date") String date,
            @Parameter(description = "Page size 1..100 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from next_cursor") @QueryParam("cursor") String cursor,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws JsonProcessingException {
        EditionKey edition = EditionKey.parse(paper, date);
        return cached(queries.publishedArticles(edition, cursor, Cursors.limit(limit)), ifNoneMatch);
    }

    /**
     * @param paper       paper code
     * @param date        edition date
     * @param ifNoneMatch conditional GET
     * @return {@code {"items": [front-matter item…]}}
     * @throws JsonProcessingException never in practice
     */
    @GET
    @Path("/{paper}/{date}/front-matter")
    @Operation(summary = "The edition's front matter: its 今日导读 boxes and staff lines",
            description = "Published with the edition but never listed or answered as articles (README \"Front "
                    + "matter\"): renditions print the 今日导读 boxes as the edition's index and the staff lines as its "
                    + "colophon. Items an editor excluded from publication are left out; empty when the edition "
                    + "printed none.")
    @APIResponse(responseCode = "200", description = "The front matter, page then position order",
            content = @Content(schema = @Schema(implementation = FrontMatter.class)))
    @APIResponse(responseCode = "404", description = "Nothing of this edition is published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response frontMatter(@Parameter(example = "lcrb") @PathParam("paper") String paper,
            @Parameter(example = "2025-03-26") @PathParam("date") String date,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws JsonProcessingException {
        return cached(queries.frontMatter(EditionKey.parse(paper, date)), ifNoneMatch);
    }

    private Response cached(Object page, String ifNoneMatch) throws JsonProcessingException {
        return Conditional.hashed(json, page, ifNoneMatch, Conditional.PUBLIC);
    }

    /** OpenAPI schema of the editions page. */
    @Schema(name = "EditionList")
    record EditionList(List<EditionSummary> items, String nextCursor) {
    }

    /** OpenAPI schema of the articles page. */
    @Schema(name = "ArticleSummaryList")
    record ArticleSummaryList(List<ArticleSummary> items, String nextCursor) {
    }
}
