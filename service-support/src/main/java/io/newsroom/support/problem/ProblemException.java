package io.newsroom.support.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A failure that maps to an RFC 9457 problem response with the given status; services throw it
 * for every client error they detect themselves (bad field, conflict, precondition failed …).
 * {@link ProblemExceptionMapper} turns it into {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final URI type;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    /**
     * @param status  HTTP status, 4xx or 5xx
     * @param title   short summary, e.g. "Invalid field"
     * @param detail  what happened in this occurrence
     * @param errors  per-field errors, may be empty
     * @param headers extra response headers (e.g. {@code Retry-After}), may be empty
     */
    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors,
            Map<String, String> headers) {
        this(status, null, title, detail, errors, headers);
    }

    /** As {@link #ProblemException(int, String, String, List, Map)} with an explicit problem type URI. */
    public ProblemException(int status, URI type, String title, String detail, List<Problem.FieldError> errors,
            Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** 400 for one invalid field: {@code field} is its path, {@code reason} why it is refused. */
    public static ProblemException invalidField(String field, String reason) {
        return new ProblemException(400, "Invalid request", field + ": " + reason,
                List.of(new Problem.FieldError(field, reason)), Map.of());
    }

    /**
     * @param e a broken rule of the contract (paper code, edition date, page number)
     * @return the 400 problem naming its field
     */
    public static ProblemException invalidField(io.newsroom.contract.InvalidFieldException e) {
        return invalidField(e.field(), e.reason());
    }

    /**
     * @param status     the status to answer, e.g. 400, or 413 for sizes over a limit
     * @param title      short summary
     * @param summary    what the violations mean together, put before the field list in {@code detail}
     * @param violations Bean Validation violations, not empty
     * @return the problem with one field error per violation (JSON paths such as {@code items[0].headline}), the
     *         first 100 by path
     */
    public static ProblemException fromViolations(int status, String title, String summary,
            java.util.Set<? extends jakarta.validation.ConstraintViolation<?>> violations) {
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        for (jakarta.validation.ConstraintViolation<?> v : violations) {
            errors.add(new Problem.FieldError(ProblemExceptionMappers.fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(Problem.FieldError::field));
        if (errors.size() > 100) {
            errors = errors.subList(0, 100);
        }
        String fields = errors.stream().limit(20).map(f -> f.field() + ": " + f.reason())
                .reduce((a, b) -> a + "; " + b).orElse("");
        return new ProblemException(status, title, summary + ": " + fields, errors, Map.of());
    }

    /** 404 with a plain explanation. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, List.of(), Map.of());
    }

    /** 409 with a plain explanation. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of(), Map.of());
    }

    /** 503 for a dependency that is down; {@code retryAfterSeconds} goes to {@code Retry-After}. */
    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(503, "Service unavailable", detail, List.of(),
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
