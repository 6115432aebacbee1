package io.newsroom.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.article.service.ArticleEditService;
import io.newsroom.article.service.ArticleQueryService;
import io.newsroom.article.service.ETags;
import io.newsroom.article.service.JumpLinkService;
import io.newsroom.contract.ArticlePatch;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.ContinuationRequest;
import io.newsroom.contract.MergeRequest;
import io.newsroom.contract.MoveRequest;
import io.newsroom.contract.ParagraphsUpdate;
import io.newsroom.contract.PhotosUpdate;
import io.newsroom.contract.RevisionList;
import io.newsroom.contract.RevisionView;
import io.newsroom.contract.SplitRequest;
import io.newsroom.contract.SplitResult;
import io.newsroom.contract.WithdrawRequest;
import io.newsroom.support.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Editors' API for one article (README, article-service): read, merge patch, replace paragraphs or photos,
 * withdraw, exclude from publication and restore (README "Front matter"), merge with the adjacent item, split at a
 * paragraph, move the headline block or byline, link and unlink a jump (README "Jumps"), revisions.
 * Changes need {@code If-Match: "<version>"} (428 without, 412 when stale); the editor is the token's {@code upn}. Role {@code editor}; 401 without a token, 403 without the role.
 */
@Path("/api/v1/desk/articles/{id}")
@RolesAllowed("editor")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "desk")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No or invalid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Token without the editor role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such article",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "unknown id", value = OpenApiExamples.PROBLEM_404)))
public class DeskArticleResource {

    /** Media type of RFC 7396 JSON merge patches. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private final ArticleEditService edits;
    private final ArticleQueryService queries;
    private final ObjectMapper json;
    private final Validator validator;
    private final JumpLinkService jumps;

    DeskArticleResource(ArticleEditService edits, ArticleQueryService queries, ObjectMapper json, Validator validator,
            JumpLinkService jumps) {
        this.jumps = jumps;
        this.edits = edits;
        this.queries = queries;
        this.json = json;
        this.validator = validator;
    }

    /**
     * @param id          article id
     * @param ifNoneMatch conditional GET
     * @return the desk view with {@code ETag: "<version>"}
     */
    @GET
    @Operation(summary = "Read one article, any status")
    @APIResponse(responseCode = "200", description = "The article; ETag is \"<version>\"",
            headers = @Header(name = "ETag", schema = @Schema(example = "\"3\"")),
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match matched")
    public Response get(@Parameter(description = "Article id") @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ArticleView view = queries.deskArticle(id);
        return Conditional.get(view, ETags.version(view.version()), ifNoneMatch, Conditional.PRIVATE).build();
    }

    /**
     * @param id      article id
     * @param ifMatch {@code "<version>"}
     * @param patch   the merge patch document
     * @param user    the caller
     * @return the article after the change, with its new ETag
     * @throws JsonProcessingException mapped to 400 naming the member (unknown or mistyped)
     */
    @PATCH
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "JSON merge patch of kicker, headline, subheadline, column, byline, dateline, type, "
            + "continues_on_page, flags",
            description = "RFC 7396: null clears a member, absent leaves it. Byline and dateline are parsed again. "
                    + "Records a revision; the article is then never overwritten by a page upsert. A change of a published "
                    + "article is a correction (shown to readers with the optional correction_note; its edition is "
                    + "rendered again).")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ArticlePatch.class),
            examples = @ExampleObject(name = "headline", value = OpenApiExamples.PATCH)))
    @APIResponse(responseCode = "200", description = "Changed article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Unknown member, too long, wrong type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too long", value = OpenApiExamples.PROBLEM_400)))
    @APIResponse(responseCode = "412", description = "Stale If-Match; detail gives the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = OpenApiExamples.PROBLEM_412)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing", value = OpenApiExamples.PROBLEM_428)))
    public Response patch(@PathParam("id") UUID id,
            @Parameter(description = "The current ETag", required = true, example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ObjectNode patch, @Context SecurityContext user) throws JsonProcessingException {
        ArticlePatch values = json.treeToValue(patch, ArticlePatch.class);
        Set<ConstraintViolation<ArticlePatch>> violations = validator.validate(values);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Set<String> present = new HashSet<>();
        patch.fieldNames().forEachRemaining(present::add);
        return changed(edits.patch(id, ifMatch, values, present, editor(user)));
    }

    /**
     * @param id      article id
     * @param ifMatch {@code "<version>"}
     * @param update  the new paragraphs
     * @param user    the caller
     * @return the article after the change
     */
    @PUT
    @Path("/paragraphs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the paragraphs", description = "Records a revision when they differ.")
    @APIResponse(responseCode = "200", description = "Changed article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid paragraph",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceParagraphs(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ParagraphsUpdate update, @Context SecurityContext user) {
        return changed(edits.replaceParagraphs(id, ifMatch, update.paragraphs(), update.correctionNote(), editor(user)));
    }

    /**
     * @param id      article id
     * @param ifMatch {@code "<version>"}
     * @param update  the new photos
     * @param user    the caller
     * @return the article after the change
     */
    @PUT
    @Path("/photos")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the photos", description = "Records a revision when they differ.")
    @APIResponse(responseCode = "200", description = "Changed article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid photo",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replacePhotos(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PhotosUpdate update, @Context SecurityContext user) {
        return changed(edits.replacePhotos(id, ifMatch, update.photos(), update.correctionNote(), editor(user)));
    }

    /**
     * @param id      article id
     * @param ifMatch optional {@code "<version>"}
     * @param body    optional JSON body ({@link WithdrawRequest}) with the editor's {@code correction_note}; read
     *                whatever its declared type, since withdrawing never needed one
     * @param user    the caller
     * @return the withdrawn article
     * @throws JsonProcessingException mapped to 400 naming the member (unknown or mistyped)
     */
    @POST
    @Path("/withdraw")
    @Operation(summary = "Withdraw the article (status WITHDRAWN)",
            description = "It disappears from the public API and is skipped by edition publish. If-Match is checked "
                    + "when sent. Records a revision, and a correction (with the optional correction_note) when it "
                    + "was published: its edition is then rendered again without it.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WithdrawRequest.class)))
    @APIResponse(responseCode = "400", description = "correction_note too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Withdrawn article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("id") UUID id,
            @Parameter(example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body, @Context SecurityContext user) throws JsonProcessingException {
        String note = null;
        if (body != null && !body.isBlank()) {
            WithdrawRequest request = json.readValue(body, WithdrawRequest.class);
            Set<ConstraintViolation<WithdrawRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            note = request.correctionNote();
        }
        return changed(edits.withdraw(id, ifMatch, note, editor(user)));
    }

    /**
     * @param id      article id
     * @param ifMatch {@code "<version>"}, required
     * @param user    the caller
     * @return the excluded article
     */
    @POST
    @Path("/exclude")
    @Operation(summary = "Exclude the item from publication (不发布)",
            description = "Readers never see it, whatever its status: not in the public API, search, the HTML edition "
                    + "or the EPUB; the desk still shows it (editorial.excluded). Any item can be excluded, a 今日导读 "
                    + "box or staff line too (then it is left out of the front matter). If-Match required. Records a "
                    + "revision; a published item's edition is rendered again without it.")
    @APIResponse(responseCode = "200", description = "Excluded article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exclude(@PathParam("id") UUID id,
            @Parameter(example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext user) {
        return changed(edits.exclude(id, ifMatch, true, editor(user)));
    }

    /**
     * @param id      article id
     * @param ifMatch {@code "<version>"}, required
     * @param user    the caller
     * @return the restored article
     */
    @POST
    @Path("/include")
    @Operation(summary = "Restore an excluded item to publication (恢复发布)",
            description = "Undoes exclude: once published, readers see it again (a 今日导读 box or staff line as "
                    + "front matter). If-Match required. Records a revision; a published item's edition is rendered "
                    + "again with it.")
    @APIResponse(responseCode = "200", description = "Restored article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response include(@PathParam("id") UUID id,
            @Parameter(example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext user) {
        return changed(edits.exclude(id, ifMatch, false, editor(user)));
    }

    /**
     * @param id      the article that stays
     * @param ifMatch {@code "<version>"} of this article
     * @param request the adjacent article to absorb and its version
     * @param user    the caller
     * @return the merged article
     */
    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge the next or previous item of the page into this article",
            description = "One transaction: paragraphs, photos and source lines of both in page order, flags united, "
                    + "empty headline, byline, dateline, column and jump fields filled from the other; the other "
                    + "article is withdrawn. Both get a revision (merged_from / merged_into).")
    @RequestBody(content = @Content(schema = @Schema(implementation = MergeRequest.class)))
    @APIResponse(responseCode = "200", description = "The merged article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Same article, another page or not adjacent (other_id)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "One of them is withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match or other_version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response merge(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MergeRequest request, @Context SecurityContext user) {
        return changed(edits.merge(id, ifMatch, request, editor(user)));
    }

    /**
     * @param id      the article to split
     * @param ifMatch {@code "<version>"}
     * @param request the first paragraph of the new article
     * @param user    the caller
     * @return both articles
     */
    @POST
    @Path("/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Split the article at a paragraph into two articles",
            description = "One transaction: paragraphs from the index on become a new draft article of the same page "
                    + "(after its last item). Both get a revision (split_into / split_from).")
    @RequestBody(content = @Content(schema = @Schema(implementation = SplitRequest.class)))
    @APIResponse(responseCode = "200", description = "Both articles",
            content = @Content(schema = @Schema(implementation = SplitResult.class)))
    @APIResponse(responseCode = "400", description = "Paragraph index out of range (paragraph)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The article is withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response split(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid SplitRequest request, @Context SecurityContext user) {
        SplitResult result = edits.split(id, ifMatch, request, editor(user));
        return Response.ok(result).header(HttpHeaders.ETAG, ETags.version(result.article().version())).build();
    }

    /**
     * @param id      the article giving the part
     * @param ifMatch {@code "<version>"} of this article
     * @param request the part, the receiving article and its version
     * @param user    the caller
     * @return the receiving article
     */
    @POST
    @Path("/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the headline block or the byline to another article of the edition",
            description = "One transaction: the receiver's fields of that part must be empty; this article's are "
                    + "cleared. Both get a revision. Answers the receiving article (its ETag).")
    @RequestBody(content = @Content(schema = @Schema(implementation = MoveRequest.class)))
    @APIResponse(responseCode = "200", description = "The receiving article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Bad part, same article, another edition, nothing to move",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The receiver already has that part, or one is withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match or to_version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response move(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MoveRequest request, @Context SecurityContext user) {
        return changed(edits.move(id, ifMatch, request, editor(user)));
    }

    /**
     * @param id      the article (or teaser) that jumps
     * @param request its continuation (or story) on a later page of the same edition
     * @param user    the caller
     * @return the article's desk view, with {@code jump_target_id} set
     */
    @PUT
    @Path("/continuation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link an article that jumps (\"（下转第3版）\") to its continuation, or a teaser to its story",
            description = "An editor's link: replaces the article's link, and no page upsert changes it (README "
                    + "\"Jumps\"). Readers then get one article with the whole text and `pages`. No If-Match: links "
                    + "are not part of an article's version.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ContinuationRequest.class)))
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "continuation_id unknown, the same article, in another edition, "
            + "not on a later page, or not an article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Withdrawn, a type that does not jump, or the continuation "
            + "already continues another article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response link(@PathParam("id") UUID id, @NotNull @Valid ContinuationRequest request,
            @Context SecurityContext user) {
        return changed(jumps.link(id, request.continuationId(), editor(user)));
    }

    /**
     * @param id   the article
     * @param user the caller
     * @return the article's desk view
     */
    @DELETE
    @Path("/continuation")
    @Operation(summary = "Unlink a jump",
            description = "On an article that jumps: its jump has no partner. On a continuation: the jump of the "
                    + "article it continues has none. On an article printing \"（上接第1版）\" linked to nothing: it "
                    + "continues nothing. Clears JUMP_UNMATCHED / JUMP_AMBIGUOUS; no page upsert changes it.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", description = "The article neither jumps nor continues another",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response unlink(@PathParam("id") UUID id, @Context SecurityContext user) {
        return changed(jumps.unlink(id, editor(user)));
    }

    /**
     * @param id          article id
     * @param ifNoneMatch conditional GET
     * @return the revisions, oldest first, as {@code {"items": [...]}}; ETag is a hash of the body
     * @throws JsonProcessingException never in practice (the view records always serialise)
     */
    @GET
    @Path("/revisions")
    @Operation(summary = "List the editor changes of an article", description = "Oldest first, without previous state.")
    @APIResponse(responseCode = "200", description = "Revisions",
            content = @Content(schema = @Schema(implementation = RevisionList.class)))
    public Response revisions(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch)
            throws JsonProcessingException {
        return Conditional.hashed(json, new RevisionList(queries.revisions(id)), ifNoneMatch, Conditional.PRIVATE);
    }

    /**
     * @param id          article id
     * @param number      revision number, from 1
     * @param ifNoneMatch conditional GET
     * @return who changed what and when, with the full state before the change; ETag is a hash of the body
     * @throws JsonProcessingException never in practice (the view records always serialise)
     */
    @GET
    @Path("/revisions/{n}")
    @Operation(summary = "Read one revision with the article's state before it")
    @APIResponse(responseCode = "200", description = "The revision",
            content = @Content(schema = @Schema(implementation = RevisionView.class)))
    public Response revision(@PathParam("id") UUID id, @Parameter(example = "1") @PathParam("n") int number,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws JsonProcessingException {
        return Conditional.hashed(json, queries.revision(id, number), ifNoneMatch, Conditional.PRIVATE);
    }

    /**
     * @param id      article id
     * @param number  the revision to revert, from 1
     * @param ifMatch {@code "<version>"}, required
     * @param user    the caller
     * @return the article as it was before revision {@code number}, as a new version
     */
    @POST
    @Path("/revisions/{n}/revert")
    @Operation(summary = "Revert the article to its state before a revision",
            description = "The editable fields (kicker, headline, subheadline, column, byline, dateline, type, "
                    + "continues_on_page, flags, paragraphs, photos) take the values stored as the revision's "
                    + "previous_state. Records a new revision (the history is kept); a published article's revert is "
                    + "a correction. Status and exclusion are not reverted. If-Match required. 409 (field n) when "
                    + "this or a later revision merged or split the article.")
    @APIResponse(responseCode = "200", description = "The reverted article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", description = "A merge or split lies between the revision and now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revert(@PathParam("id") UUID id, @Parameter(example = "1") @PathParam("n") int number,
            @Parameter(example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext user) {
        return changed(edits.revert(id, ifMatch, number, editor(user)));
    }

    private static Response changed(ArticleView view) {
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.version(view.version())).build();
    }

    private static String editor(SecurityContext user) {
        return user.getUserPrincipal().getName();
    }
}
