package io.newsroom.render.rest;

import io.newsroom.contract.RenditionManifest;
import io.newsroom.render.RenderRequest;
import io.newsroom.render.RenditionView;
import io.newsroom.render.service.RenditionService;
import io.newsroom.support.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
 * Renditions API: {@code POST} renders an edition now (role editor), {@code GET} answers the
 * manifest in force with presigned links. Errors are {@code application/problem+json}.
 */
@Path("/api/v1/renditions/{paper}/{date}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "renditions", description = "HTML and EPUB 3 renditions of published editions")
public class RenditionResource {

    private final RenditionService service;

    RenditionResource(RenditionService service) {
        this.service = service;
    }

    /**
     * @param paper paper code, e.g. "lcrb"
     * @param date  edition date, ISO
     * @param body  optional paper name and publisher
     * @return the stored manifest
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Render the published edition now",
            description = "Reads the published articles from article-service, renders the HTML edition and the "
                    + "EPUB 3 periodical in memory, stores them all or nothing and writes the manifest last.")
    @APIResponse(responseCode = "200", description = "The new manifest",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RenditionManifest.class)))
    @APIResponse(responseCode = "400", description = "Bad paper, date or body",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "No bearer token")
    @APIResponse(responseCode = "403", description = "Token without the editor role")
    @APIResponse(responseCode = "404", description = "No published article in this edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "article-service or storage unavailable; nothing changed "
            + "(see Retry-After)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RenditionManifest render(
            @Parameter(description = "Paper code", example = "lcrb") @PathParam("paper") String paper,
            @Parameter(description = "Edition date (ISO)", example = "2025-03-26") @PathParam("date") String date,
            @Valid RenderRequest body) {
        return service.render(paper, date, body);
    }

    /**
     * @return the manifest in force with presigned links of the EPUB and the index page
     */
    @GET
    @Operation(summary = "The rendition in force",
            description = "The manifest plus presigned URLs of the EPUB and the HTML index, valid until expires_at.")
    @APIResponse(responseCode = "200", description = "Manifest and links",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RenditionView.class, type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "Never rendered",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "Storage unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RenditionView get(
            @Parameter(description = "Paper code", example = "lcrb") @PathParam("paper") String paper,
            @Parameter(description = "Edition date (ISO)", example = "2025-03-26") @PathParam("date") String date) {
        return service.view(paper, date);
    }
}
