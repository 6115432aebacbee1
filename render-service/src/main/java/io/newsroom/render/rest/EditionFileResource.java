package io.newsroom.render.rest;

import io.newsroom.render.service.RenditionService;
import io.newsroom.support.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves the files of the rendition in force, so the HTML edition reads in a browser through the
 * service: {@code /editions/lcrb/2025-03-26/index.html}. Only files listed in the manifest are
 * served, with the content type the manifest lists.
 */
@Path("/editions/{paper}/{date}/{path: .+}")
@Tag(name = "editions", description = "Stored rendition files")
public class EditionFileResource {

    private final RenditionService service;

    EditionFileResource(RenditionService service) {
        this.service = service;
    }

    /**
     * @param path file path under the edition, e.g. "index.html", "articles/42.html", "lcrb-2025-03-26.epub"
     * @return the file with Content-Type and Cache-Control
     */
    @GET
    @Operation(summary = "A stored rendition file")
    @APIResponse(responseCode = "200", description = "The file (HTML, CSS or EPUB)",
            content = {@Content(mediaType = "text/html"), @Content(mediaType = "text/css"),
                @Content(mediaType = "application/epub+zip")})
    @APIResponse(responseCode = "404", description = "Not a file of the rendition in force",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "Storage unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response file(
            @Parameter(description = "Paper code", example = "lcrb") @PathParam("paper") String paper,
            @Parameter(description = "Edition date (ISO)", example = "2025-03-26") @PathParam("date") String date,
            @Parameter(description = "File path", example = "index.html") @PathParam("path") String path) {
        RenditionService.StoredFile file = service.file(paper, date, path);
        return Response.ok(file.bytes(), file.contentType())
                .header(HttpHeaders.CACHE_CONTROL, file.cacheControl())
                .build();
    }
}
