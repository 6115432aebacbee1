package io.newsroom.support.problem;

import io.newsroom.contract.Texts;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every service's path and query parameters obey the contract's text rule ({@link Texts}): a parameter with a NUL
 * character ({@code %00}) is refused with 400 naming it before any resource runs, so that no such value reaches a
 * database query (PostgreSQL refuses it: 500) or a storage key.
 */
public class TextParameterFilter {

    /**
     * @param uri the matched request
     * @return a 400 problem naming the first parameter that breaks the rule, or empty to go on
     */
    @ServerRequestFilter
    public Optional<Response> checkParameters(UriInfo uri) {
        return Optional.ofNullable(refuse(uri.getPathParameters(), uri))
                .or(() -> Optional.ofNullable(refuse(uri.getQueryParameters(), uri)));
    }

    private static Response refuse(MultivaluedMap<String, String> parameters, UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String flaw = Texts.flaw(value);
                if (flaw != null) {
                    String field = parameter.getKey();
                    return ProblemResponses.of(400, null, "Invalid request", field + ": " + flaw,
                            "/" + uri.getPath().replaceFirst("^/", ""), List.of(new Problem.FieldError(field, flaw)),
                            Map.of());
                }
            }
        }
        return null;
    }
}
