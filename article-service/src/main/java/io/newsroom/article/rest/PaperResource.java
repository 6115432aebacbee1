package io.newsroom.article.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.PaperEntity;
import io.newsroom.article.repository.PaperRepository;
import io.newsroom.contract.Editions;
import io.newsroom.contract.InvalidFieldException;
import io.newsroom.contract.Paper;
import io.newsroom.support.problem.Problem;
import io.newsroom.support.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The paper registry (README "article-service"): every paper with its masthead name, publisher and fixed page
 * names. Public reads; edition-service and render-service read it through their REST clients.
 */
@Path("/api/v1/papers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "papers", description = "The paper registry")
@Transactional(Transactional.TxType.SUPPORTS)
public class PaperResource {

    private final PaperRepository papers;
    private final ObjectMapper json;

    PaperResource(PaperRepository papers, ObjectMapper json) {
        this.papers = papers;
        this.json = json;
    }

    /**
     * @param ifNoneMatch conditional GET
     * @return every paper, by code, as {@code {"items": [...]}}
     * @throws JsonProcessingException never in practice
     */
    @GET
    @Operation(summary = "Every paper of the registry, by code")
    @APIResponse(responseCode = "200", description = "The papers",
            content = @Content(schema = @Schema(implementation = PaperList.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match matched")
    public Response list(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws JsonProcessingException {
        List<Paper> all = papers.listAll(Sort.by("code")).stream().map(PaperResource::paper).toList();
        return Conditional.hashed(json, new PaperList(all), ifNoneMatch, Conditional.PUBLIC);
    }

    /**
     * @param code        paper code
     * @param ifNoneMatch conditional GET
     * @return the paper
     * @throws JsonProcessingException never in practice
     */
    @GET
    @Path("/{paper}")
    @Operation(summary = "One paper of the registry")
    @APIResponse(responseCode = "200", description = "The paper",
            content = @Content(schema = @Schema(implementation = Paper.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match matched")
    @APIResponse(responseCode = "400", description = "Not a paper code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No paper has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown paper", value = """
                            {"type": "about:blank", "title": "Not found", "status": 404,
                             "detail": "paper: no paper has the code \\"xyz\\"", "instance": "/api/v1/papers/xyz",
                             "errors": [{"field": "paper", "reason": "no paper has the code \\"xyz\\""}]}""")))
    public Response get(@Parameter(description = "Paper code", example = "lcrb") @PathParam("paper") String code,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws JsonProcessingException {
        try {
            Editions.paper(code);
        } catch (InvalidFieldException e) {
            throw ProblemException.invalidField(e);
        }
        PaperEntity paper = papers.findByIdOptional(code).orElseThrow(() -> {
            String reason = "no paper has the code \"" + code + "\"";
            return new ProblemException(404, "Not found", "paper: " + reason,
                    List.of(new Problem.FieldError("paper", reason)), java.util.Map.of());
        });
        return Conditional.hashed(json, paper(paper), ifNoneMatch, Conditional.PUBLIC);
    }

    private static Paper paper(PaperEntity p) {
        return new Paper(p.code, p.name, p.publisher, p.language, p.pageNames);
    }

    /**
     * The registry listing.
     *
     * @param items every paper, by code
     */
    @Schema(name = "PaperList")
    record PaperList(List<Paper> items) {
    }
}
