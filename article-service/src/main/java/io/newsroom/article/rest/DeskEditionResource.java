package io.newsroom.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.model.EditionKey;
import io.newsroom.article.service.ArticleQueryService;
import io.newsroom.article.service.PageUpsertService;
import io.newsroom.article.service.PublicationService;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Editions;
import io.newsroom.contract.ItemPage;
import io.newsroom.contract.PageUpsert;
import io.newsroom.contract.PageUpsertResult;
import io.newsroom.contract.PublicationResult;
import io.newsroom.support.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Editors' API for whole editions and pages (README, article-service): upsert a page's items, list an edition,
 * publish and unpublish. Role {@code editor}; 401 without a token, 403 without the role.
 */
@Path("/api/v1/desk/editions/{paper}/{date}")
@RolesAllowed("editor")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "desk", description = "Editors' API (bearer JWT, role editor)")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "400", description = "Invalid path, parameter or body; errors[] names each field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "bad date", value = """
                        {"type": "about:blank", "title": "Invalid request", "status": 400,
                         "detail": "date: must be a real calendar date as yyyy-mm-dd",
                         "instance": "/api/v1/desk/editions/lcrb/2025-02-30/pages/1",
                         "errors": [{"field": "date", "reason": "must be a real calendar date as yyyy-mm-dd"}]}""")))
@APIResponse(responseCode = "401", description = "No or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Token without the editor role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DeskEditionResource {

    private final PageUpsertService upserts;
    private final PublicationService publication;
    private final ArticleQueryService queries;
    private final ObjectMapper json;

    DeskEditionResource(PageUpsertService upserts, PublicationService publication, ArticleQueryService queries,
            ObjectMapper json) {
        this.upserts = upserts;
        this.publication = publication;
        this.queries = queries;
        this.json = json;
    }

    /**
     * Upserts every item of one page, idempotently by the page's content hash.
     *
     * @param paper  paper code {@code [a-z0-9]{2,16}}
     * @param date   edition date {@code yyyy-mm-dd}
     * @param page   page number 1..99
     * @param upsert the page name, content hash and items
     * @param user   the caller
     * @return the outcome per article and the conflicts
     */
    @PUT
    @Path("/pages/{page}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upsert the items of one page",
            description = "Same content_hash as last time: nothing changes, every outcome UNCHANGED. Otherwise items "
                    + "are matched to the page's articles by content (headline group, lead, text; never by "
                    + "position), so an id keeps its story: an article takes its item's new version and position "
                    + "(UPDATED/UNCHANGED), an item of no existing story is CREATED, an unpublished unedited article "
                    + "whose story is gone is REMOVED; an article an editor changed, or a published one whose story "
                    + "is gone, is kept and reported as CONFLICT. A NUL character (U+0000) or an unpaired surrogate in "
                    + "any text is a 400 naming the member, as is a value of the wrong JSON type.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PageUpsert.class),
            examples = @ExampleObject(name = "one article", value = OpenApiExamples.PAGE_UPSERT)))
    @APIResponse(responseCode = "200", description = "Outcome per article",
            content = @Content(schema = @Schema(implementation = PageUpsertResult.class)))
    public PageUpsertResult upsert(
            @Parameter(description = "Paper code", example = "lcrb",
                    schema = @Schema(pattern = Editions.PAPER_PATTERN)) @PathParam("paper") String paper,
            @Parameter(description = "Edition date", example = "2025-03-26",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @PathParam("date") String date,
            @Parameter(description = "Page number", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "99"))
            @PathParam("page") String page,
            @NotNull @Valid PageUpsert upsert, @Context SecurityContext user) {
        EditionKey edition = EditionKey.parse(paper, date);
        int number = EditionKey.parsePage(page);
        return upserts.upsert(edition, number, upsert, user.getUserPrincipal().getName());
    }

    /**
     * @param paper       paper code
     * @param date        edition date
     * @param page        page number, optional
     * @param ifNoneMatch conditional GET
     * @return every article of the edition (any status), page then position order, as {@code {"items": [...]}}
     * @throws JsonProcessingException never in practice (the view records always serialise)
     */
    @GET
    @Path("/articles")
    @Operation(summary = "List every article of an edition, any status",
            description = "Page then position order; ?page=N restricts to one page. No pagination: next_cursor is null.")
    @APIResponse(responseCode = "200", description = "The articles; ETag is a hash of the body",
            content = @Content(schema = @Schema(implementation = ArticleViewList.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match matched")
    public Response list(@Parameter(example = "lcrb") @PathParam("paper") String paper,
            @Parameter(example = "2025-03-26") @PathParam("date") String date,
            @Parameter(description = "Only this page (1..99)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "99"))
            @QueryParam("page") String page,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws JsonProcessingException {
        EditionKey edition = EditionKey.parse(paper, date);
        Integer pageNumber = page == null ? null : EditionKey.parsePage(page);
        return Conditional.hashed(json, new ItemPage<>(queries.deskEdition(edition, pageNumber), null), ifNoneMatch,
                Conditional.PRIVATE);
    }

    /**
     * @param paper paper code
     * @param date  edition date
     * @return the published articles with their versions
     */
    @POST
    @Path("/publish")
    @Operation(summary = "Publish every non-withdrawn article of the edition, in one transaction")
    @APIResponse(responseCode = "200", description = "Published articles and versions",
            content = @Content(schema = @Schema(implementation = PublicationResult.class)))
    @APIResponse(responseCode = "404", description = "The edition has no articles",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no edition", value = OpenApiExamples.PROBLEM_404)))
    public PublicationResult publish(@Parameter(example = "lcrb") @PathParam("paper") String paper,
            @Parameter(example = "2025-03-26") @PathParam("date") String date) {
        return publication.publish(EditionKey.parse(paper, date));
    }

    /**
     * @param paper paper code
     * @param date  edition date
     * @return the unpublished articles with their versions
     */
    @POST
    @Path("/unpublish")
    @Operation(summary = "Return every non-withdrawn article of the edition to DRAFT, in one transaction")
    @APIResponse(responseCode = "200", description = "Unpublished articles and versions",
            content = @Content(schema = @Schema(implementation = PublicationResult.class)))
    @APIResponse(responseCode = "404", description = "The edition has no articles",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicationResult unpublish(@Parameter(example = "lcrb") @PathParam("paper") String paper,
            @Parameter(example = "2025-03-26") @PathParam("date") String date) {
        return publication.unpublish(EditionKey.parse(paper, date));
    }

    /** OpenAPI schema of the desk listing. */
    @Schema(name = "ArticleViewList")
    record ArticleViewList(List<ArticleView> items, String nextCursor) {
    }
}
