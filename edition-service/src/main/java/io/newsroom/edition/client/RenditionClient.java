package io.newsroom.edition.client;

import io.newsroom.contract.RenditionManifest;
import io.newsroom.edition.config.EditionConfig;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls render-service with a timeout. Rendering is not retried here (it is long and writes a new rendition);
 * the editor's retry of the publication repeats it. Failures become a {@link ProblemException}: 503 with
 * {@code Retry-After} when render-service is down or failing, 502 when it refused the request. The rendering's
 * timeout is {@code io.newsroom.edition.client.RenditionClient/render/Timeout/value} (MicroProfile Fault Tolerance,
 * seconds, default 60).
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
     * @throws RenderFailedException 503 or 502, see the class comment, saying whether the rendering is over
     */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "renderFailed")
    public RenditionManifest render(String paper, LocalDate date, String authorization) {
        return rest.render(paper, date, authorization);
    }

    RenditionManifest renderFailed(String paper, LocalDate date, String authorization, Throwable failure) {
        throw new RenderFailedException(
                RemoteFailures.problem(SERVICE, "rendering of the edition", failure, config.retryAfterSeconds()),
                answered(failure) || neverReached(failure));
    }

    /** render-service answered with an error status: by its contract, nothing changed. */
    private static boolean answered(Throwable failure) {
        return failure instanceof RemoteRejectedException || failure instanceof WebApplicationException;
    }

    /** The connection was refused: the request never reached render-service. */
    private static boolean neverReached(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rendition in force: the manifest render-service serves now.
     *
     * @param paper paper code
     * @param date  edition date
     * @return the manifest in force, or empty when the edition was never rendered
     * @throws ProblemException 503 or 502, see the class comment
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "currentFailed")
    public Optional<RenditionManifest> current(String paper, LocalDate date) {
        try {
            return Optional.of(rest.current(paper, date));
        } catch (RemoteRejectedException refused) {
            if (refused.status() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    Optional<RenditionManifest> currentFailed(String paper, LocalDate date, Throwable failure) {
        throw RemoteFailures.problem(SERVICE, "reading of the rendition in force", failure,
                config.retryAfterSeconds());
    }
}
