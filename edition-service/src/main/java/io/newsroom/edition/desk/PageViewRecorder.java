package io.newsroom.edition.desk;

import io.newsroom.edition.repository.PageReviewViewRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records that the signed-in editor opened a page's review screen ({@code GET /desk/editions/{paper}/{date}/pages/{n}}
 * answered 200), for the publish confirmation's "pages never opened in review". A response filter rather than a
 * line in the review resource, so the review screen's code stays unaware of it; a failure to record is logged and
 * never fails the page.
 */
public class PageViewRecorder {

    private static final Logger LOG = Logger.getLogger(PageViewRecorder.class);

    /** A page's review path: paper, date, page number. */
    static final Pattern REVIEW_PATH = Pattern.compile("/desk/editions/([a-z0-9]+)/(\\d{4}-\\d{2}-\\d{2})/pages/(\\d{1,2})/?");

    @Inject
    DeskSession session;

    @Inject
    PageReviewViewRepository views;

    /**
     * @param request  the request
     * @param response its answer; only a 200 to a {@code GET} of a review path is recorded
     */
    @ServerResponseFilter
    public void recordView(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        Matcher m = REVIEW_PATH.matcher(request.getUriInfo().getPath());
        if (!m.matches()) {
            return;
        }
        try {
            String editor = session.editor().username();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            QuarkusTransaction.requiringNew().run(() -> views.record(m.group(1), LocalDate.parse(m.group(2)),
                    Integer.parseInt(m.group(3)), editor, now));
        } catch (RuntimeException failed) {
            LOG.warnf("could not record the review view of %s: %s", request.getUriInfo().getPath(), failed.toString());
        }
    }
}
