package io.newsroom.edition.rest;

import io.newsroom.edition.api.Segmentation;
import io.newsroom.segmenter.DecodedPage;
import io.newsroom.segmenter.PageSegmenter;
import io.newsroom.segmenter.SegmentedPage;
import io.newsroom.edition.service.PageTextReader;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Segmentation for tools: a page text in, its items out, nothing stored (README "edition-service"). */
@Path("/api/v1/workflow/segment")
@Tag(name = "segment")
public class SegmentResource {

    private final PageSegmenter segmenter = new PageSegmenter();

    @Inject
    PageTextReader reader;

    /**
     * @param contentType {@code text/plain}, with an optional {@code charset} (else UTF-8 or GB18030 is detected)
     * @param body        the page text, at most 2 MB
     * @return the charset used, the line count and the items
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Segment a page text into items without storing anything")
    public Segmentation segment(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        DecodedPage text = reader.readText(contentType, body);
        SegmentedPage page = segmenter.segment(text.text());
        return new Segmentation(text.charset(), page.lineCount(), page.items());
    }
}
