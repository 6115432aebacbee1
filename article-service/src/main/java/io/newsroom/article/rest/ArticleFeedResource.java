package io.newsroom.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.repository.ArticleRepository;
import io.newsroom.article.service.ArticleQueryService;
import io.newsroom.article.service.Cursors;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mobile clients' article feed (README "Feeds"): the published articles of every edition, newest edition first, as
 * the edition listings list them (no front matter, no excluded item, a story printed on several pages once).
 */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public")
public class ArticleFeedResource {

    /** The types readers see as articles (今日导读 boxes and staff lines are front matter). */
    private static final Set<String> TYPES = Set.of("article", "photo", "teaser");

    private final ArticleQueryService queries;
    private final ObjectMapper json;

    ArticleFeedResource(ArticleQueryService queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
    }

    /**
     * @param since        first edition date, {@code yyyy-mm-dd}
     * @param updatedSince earliest last change, an ISO 8601 instant
     * @param pageName     page name, exactly
     * @param type         {@code article|photo|teaser}
     * @param limit        1..100, default 50
     * @param cursor       from the previous page's {@code next_cursor}
     * @param ifNoneMatch  conditional GET
     * @return {@code {"items": [summary…], "next_cursor"}}
     * @throws JsonProcessingException never in practice
     * @throws ProblemException        400 naming the malformed parameter
     */
    @GET
    @Operation(operationId = "listArticles", summary = "Published articles of every edition, newest first",
            description = "Newest edition date first, then paper code, page and position; what the edition listings "
                    + "list (no 今日导读 box, staff line or excluded item; a story printed on several pages once). "
                    + "An empty page when nothing matches.")
    @APIResponse(responseCode = "200", description = "A page of article summaries",
            content = @Content(schema = @Schema(implementation = EditionResource.ArticleSummaryList.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match matched")
    @APIResponse(responseCode = "400", description = "Bad since, updated_since, page_name, type, limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response feed(
            @Parameter(description = "First edition date (inclusive)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("since") String since,
            @Parameter(description = "Articles changed at or after this instant (ISO 8601, e.g. 2025-03-26T08:00:00Z)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updated_since") String updatedSince,
            @Parameter(description = "Page name, exactly", example = "要闻") @QueryParam("page_name") String pageName,
            @Parameter(description = "Item type",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"article", "photo", "teaser"}))
            @QueryParam("type") String type,
            @Parameter(description = "Page size 1..100 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from next_cursor") @QueryParam("cursor") String cursor,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws JsonProcessingException {
        if (type != null && !TYPES.contains(type)) {
            throw ProblemException.invalidField("type", "must be one of article, photo, teaser");
        }
        if (pageName != null && (pageName.isBlank() || pageName.length() > 64)) {
            throw ProblemException.invalidField("page_name", "must be 1 to 64 characters");
        }
        ArticleRepository.FeedFilter filter = new ArticleRepository.FeedFilter(QueryParameters.date("since", since),
                QueryParameters.instant("updated_since", updatedSince), pageName, type);
        return Conditional.hashed(json, queries.articleFeed(filter, cursor, Cursors.limit(limit)), ifNoneMatch,
                Conditional.PUBLIC);
    }
}
