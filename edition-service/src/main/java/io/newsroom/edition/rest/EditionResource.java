package io.newsroom.edition.rest;

import io.newsroom.contract.RenditionManifest;
import io.newsroom.edition.api.EditionView;
import io.newsroom.edition.api.PageSummary;
import io.newsroom.edition.service.Caller;
import io.newsroom.edition.service.EditionService;
import io.newsroom.edition.service.PageAddress;
import io.newsroom.edition.service.PageIngestService;
import io.newsroom.edition.service.PageTextReader;
import io.newsroom.edition.service.PublicationService;
import io.newsroom.segmenter.DecodedPage;
import io.newsroom.support.problem.Problem;
import io.newsroom.support.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Edition-service's edition API (README "edition-service"): page upload, the edition's state, publication.
 * Writes need the role {@code editor}; errors are {@code application/problem+json}.
 */
@Path("/api/v1/workflow/editions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "editions")
public class EditionResource {

    private static final String EDITOR = "editor";

    @Inject
    EditionService editions;

    @Inject
    PageIngestService ingest;

    @Inject
    PublicationService publications;

    @Inject
    PageTextReader reader;

    @Inject
    JsonWebToken jwt;

    /**
     * Uploads a page as the request body.
     *
     * @param paper       paper code, e.g. {@code lcrb}
     * @param date        edition date, {@code YYYY-MM-DD}
     * @param number      page number, 1..99
     * @param pageName    optional page name, e.g. 要闻 (default from the paper's configuration)
     * @param contentType {@code text/plain}, with an optional {@code charset} (else UTF-8 or GB18030 is detected)
     * @param body        the page text, at most 2 MB
     * @return the summary: items by type, flags to review, article outcomes, conflicts
     */
    @PUT
    @Path("/{paper}/{date}/pages/{number}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(EDITOR)
    @Operation(summary = "Upload a page's text (text/plain); segments it and upserts its articles")
    @APIResponse(responseCode = "200", description = "The page is stored with its articles (or was already)")
    @APIResponse(responseCode = "400", description = "Bad date, number, page_name, file or body; errors[] names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown paper",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Page text over 2 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Not text/plain or multipart/form-data, or an unknown charset",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "article-service or storage down; nothing stored, retry later",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageSummary putPage(@RestPath String paper, @RestPath String date, @RestPath String number,
            @RestQuery("page_name") String pageName, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        return ingest.counted(() -> ingest.ingest(editions.pageAddress(paper, date, number), pageName,
                reader.readText(contentType, body), caller()));
    }

    /**
     * Uploads a page as a file ({@code multipart/form-data}); the charset is detected (UTF-8 or GB18030).
     *
     * @param paper        paper code
     * @param date         edition date
     * @param number       page number, 1..99
     * @param pageName     optional page name as a query parameter
     * @param file         the file part {@code file}
     * @param formPageName optional page name as a form part {@code page_name} (wins over the query parameter)
     * @return the summary, as for a text/plain upload
     */
    @PUT
    @Path("/{paper}/{date}/pages/{number}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(EDITOR)
    @Operation(summary = "Upload a page's text file (multipart/form-data, part \"file\")")
    @APIResponse(responseCode = "200", description = "The page is stored with its articles (or was already)")
    @APIResponse(responseCode = "400", description = "Bad date, number, page_name, file or body; errors[] names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown paper",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Page text over 2 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Not text/plain or multipart/form-data, or an unknown charset",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "article-service or storage down; nothing stored, retry later",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageSummary putPageFile(@RestPath String paper, @RestPath String date, @RestPath String number,
            @RestQuery("page_name") String pageName, @RestForm("file") FileUpload file,
            @RestForm("page_name") String formPageName) {
        return ingest.counted(() -> {
            PageAddress address = editions.pageAddress(paper, date, number);
            if (file == null) {
                throw ProblemException.invalidField("file", "a file part named \"file\" is required");
            }
            DecodedPage text = reader.read(reader.bytes(file), null);
            return ingest.ingest(address, formPageName != null ? formPageName : pageName, text, caller());
        });
    }

    /**
     * @param paper paper code
     * @param date  edition date
     * @return status, pages with item counts and open flags, publications
     */
    @GET
    @Path("/{paper}/{date}")
    @Operation(summary = "An edition's status, pages, item counts, open flags and publications")
    @APIResponse(responseCode = "200", description = "The edition")
    @APIResponse(responseCode = "404", description = "Unknown paper or no page received",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public EditionView get(@RestPath String paper, @RestPath String date) {
        return editions.view(paper, EditionService.date(date));
    }

    /**
     * Publishes the edition's articles and renders it, one publication of an edition at a time (409 meanwhile); on a
     * rendering failure the manifest in force decides what stays published (503).
     *
     * @param paper paper code
     * @param date  edition date
     * @return the rendition manifest
     */
    @POST
    @Path("/{paper}/{date}/publish")
    @RolesAllowed(EDITOR)
    @Operation(summary = "Publish the edition's articles and render the HTML and EPUB edition")
    @APIResponse(responseCode = "200", description = "Published and rendered: the rendition manifest")
    @APIResponse(responseCode = "404", description = "Unknown paper or no page received",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Another publication of this edition is running (on any replica);"
            + " nothing was done, publish again when it has finished",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "article-service or render-service down, or the rendering failed;"
            + " see the README for what stays published", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RenditionManifest publish(@RestPath String paper, @RestPath String date) {
        editions.paper(paper);
        return publications.publish(paper, EditionService.date(date), caller());
    }

    private Caller caller() {
        return new Caller(jwt.getName(), "Bearer " + jwt.getRawToken());
    }
}
