package io.newsroom.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}).
 *
 * @param type     URI reference naming the problem type ({@code about:blank} or {@code urn:problem:…})
 * @param title    short, human-readable summary of the problem type
 * @param status   the HTTP status code, repeated for clients that lose the status line
 * @param detail   explanation specific to this occurrence; never a Java class name or stack trace
 * @param instance the request path the problem occurred on, or {@code null}
 * @param errors   per-field errors (extension member), empty when the problem is not about fields
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** Media type of problem details bodies (RFC 9457 §3). */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid input field.
     *
     * @param field  the field's path as the client sent it, e.g. {@code headline}, {@code date},
     *               {@code items[3].photos[0].caption}, or a header name such as {@code If-Match}
     * @param reason why the value is refused, in plain words
     */
    public record FieldError(String field, String reason) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
