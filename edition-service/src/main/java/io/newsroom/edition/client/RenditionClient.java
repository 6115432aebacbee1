package io.newsroom.edition.client;

import io.newsroom.contract.RenditionManifest;
import io.newsroom.edition.config.EditionConfig;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls render-service with a timeout. Rendering is not retried here (it is long and writes a new rendition);
 * the editor's retry of the publication repeats it. Failures become a {@link ProblemException}: 503 with
 * {@code Retry-After} when render-service is down or failing, 502 when it refused the request.
 */
@ApplicationScoped
public class RenditionClient {

    private static final String SERVICE = "render-service";

    @Inject
    @RestClient
    RenditionRestClient rest;

    @Inject
    EditionConfig config;

    /**
     * Renders the published edition as HTML and EPUB.
     *
     * @param paper         paper code
     * @param date          edition date
     * @param authorization the caller's {@code Authorization} header value, forwarded
     * @return the rendition manifest
     * @throws ProblemException 503 or 502, see the class comment
     */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "renderFailed")
    public RenditionManifest render(String paper, LocalDate date, String authorization) {
        return rest.render(paper, date, authorization);
    }

    RenditionManifest renderFailed(String paper, LocalDate date, String authorization, Throwable failure) {
        throw RemoteFailures.problem(SERVICE, "rendering of the edition", failure, config.retryAfterSeconds());
    }
}
