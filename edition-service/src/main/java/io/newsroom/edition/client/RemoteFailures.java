package io.newsroom.edition.client;

import io.newsroom.support.problem.ProblemException;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** Turns a failed call to another service into the problem our caller gets. */
final class RemoteFailures {

    private static final Logger LOG = Logger.getLogger(RemoteFailures.class);

    private RemoteFailures() {
    }

    /**
     * @param service           the service called, e.g. {@code article-service}
     * @param call              what was asked, e.g. {@code "upsert of page 1"}
     * @param failure           what the call (after its retries) threw
     * @param retryAfterSeconds value of {@code Retry-After} for a 503
     * @return 502 when the service refused the request (4xx: retrying cannot help), else 503 with
     *         {@code Retry-After} (the service is down, slow or failing)
     */
    static ProblemException problem(String service, String call, Throwable failure, int retryAfterSeconds) {
        if (failure instanceof RemoteRejectedException rejected) {
            LOG.warnf("%s refused the %s: %s", service, call, rejected.getMessage());
            return new ProblemException(502, "Bad gateway",
                    service + " refused the " + call + " (" + rejected.getMessage() + ")", List.of(), Map.of());
        }
        LOG.warnf("%s failed on the %s: %s", service, call, failure.toString());
        return ProblemException.unavailable(service + " is unavailable; the " + call
                + " did not complete and nothing was changed here. Retry later.", retryAfterSeconds);
    }
}
