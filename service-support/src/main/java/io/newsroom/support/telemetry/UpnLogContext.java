package io.newsroom.support.telemetry;

import io.quarkus.security.spi.runtime.AuthenticationSuccessEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Puts the authenticated caller's name ({@code upn} of the bearer or desk token) into the logging context as
 * {@value #KEY}, so that every later log line of the request carries it (README "Observability"). Only the name:
 * never the token itself.
 */
@ApplicationScoped
public class UpnLogContext {

    /** MDC key of the caller's name. */
    public static final String KEY = "upn";

    void authenticated(@Observes AuthenticationSuccessEvent event) {
        if (event.getSecurityIdentity() != null && !event.getSecurityIdentity().isAnonymous()) {
            MDC.put(KEY, event.getSecurityIdentity().getPrincipal().getName());
        }
    }
}
