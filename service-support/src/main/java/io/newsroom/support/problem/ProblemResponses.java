package io.newsroom.support.problem;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Builds {@code application/problem+json} responses; the one place that writes problem bodies. */
public final class ProblemResponses {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private ProblemResponses() {
    }

    /**
     * @param status   HTTP status code
     * @param type     problem type, {@code null} for {@code about:blank}
     * @param title    short summary
     * @param detail   occurrence-specific explanation (no class names, no stack traces)
     * @param instance request path, may be {@code null}
     * @param errors   field errors, may be empty
     * @param headers  extra headers, may be empty
     * @return a response whose entity is a {@link Problem} with media type {@link Problem#MEDIA_TYPE}
     */
    public static Response of(int status, URI type, String title, String detail, String instance,
            List<Problem.FieldError> errors, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type == null ? ABOUT_BLANK : type, title, status, detail, instance, errors));
        headers.forEach(builder::header);
        return builder.build();
    }

    /** Shorthand for a problem without type, field errors or headers. */
    public static Response of(int status, String title, String detail, String instance) {
        return of(status, null, title, detail, instance, List.of(), Map.of());
    }
}
