package io.newsroom.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.newsroom.contract.InvalidFieldException;
import io.newsroom.support.json.InvalidTextException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one set of exception mappers of every service: each failure becomes an RFC 9457
 * {@code application/problem+json} response naming the field and the reason; no Java class name
 * or stack trace ever reaches a body. A database that cannot be reached is a 503 with {@code Retry-After}
 * ({@code newsroom.database.retry-after-seconds}, 5 by default; {@link DatabaseFailures}); other unexpected exceptions
 * are logged and answered with a generic 500. Failures before JAX-RS (Vert.x' body, URI and header limits) are
 * answered by {@link HttpFailureProblems}.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    /** {@code Retry-After} of a 503 answered because the database cannot be reached. */
    @ConfigProperty(name = "newsroom.database.retry-after-seconds", defaultValue = "5")
    int databaseRetryAfterSeconds;

    /** Maps {@link ProblemException} to its status, field errors and headers. */
    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.status(), e.type(), e.title(), e.getMessage(), path(uri), e.errors(),
                e.headers());
    }

    /** A broken rule of the contract (paper code, edition date, page number): 400 naming the field. */
    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e, UriInfo uri) {
        return problem(ProblemException.invalidField(e), uri);
    }

    /** Bean Validation failures: 400 with one field error per violation (parameter names, not method names). */
    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        String detail = errors.isEmpty() ? "The request is invalid."
                : errors.stream().map(f -> f.field() + ": " + f.reason()).reduce((a, b) -> a + "; " + b).get();
        return ProblemResponses.of(400, null, "Invalid request", detail, path(uri), errors, Map.of());
    }

    /** Unknown JSON property: 400 naming the property. */
    @ServerExceptionMapper(priority = 1)
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return ProblemResponses.of(400, null, "Invalid request", field + ": unknown field", path(uri),
                List.of(new Problem.FieldError(field, "unknown field")), Map.of());
    }

    /**
     * A value of the wrong type or format (e.g. an item type that is no type): 400 naming the field. Mapped here
     * so that it is problem+json, not the JSON body of Quarkus' own mapper of this exception.
     */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    /**
     * Malformed or mistyped JSON: 400 naming the field where the reader stopped, with the reason in plain words (the
     * JSON type the member needs, text after the document, a text the contract refuses); never Jackson's message,
     * which names Java types.
     */
    @ServerExceptionMapper(priority = 2)
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "body";
        String reason = jsonReason(e);
        return ProblemResponses.of(400, null, "Invalid request", field + ": " + reason, path(uri),
                List.of(new Problem.FieldError(field, reason)), Map.of());
    }

    static String jsonReason(JsonProcessingException e) {
        if (e instanceof InvalidTextException text) {
            return text.reason();
        }
        if (!(e instanceof JsonMappingException)) {
            return "malformed JSON";
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Trailing token")) {
            return "text after the end of the JSON document";
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (e instanceof InvalidFormatException || target == null) {
            return "wrong type or format";
        }
        if (target == String.class) {
            return "must be a JSON string";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class) {
            return "must be a whole number";
        }
        if (target == Double.class || target == double.class || target == Float.class || target == float.class) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be a JSON array";
        }
        if (target.isRecord() || Map.class.isAssignableFrom(target)
                || com.fasterxml.jackson.databind.node.ObjectNode.class.isAssignableFrom(target)) {
            return "must be a JSON object";
        }
        return "wrong type or format";
    }

    /**
     * A request body the server could not read: a malformed {@code multipart/form-data} body (no closing boundary,
     * not multipart at all), or a connection cut while it was read. 400 naming {@code body}; any other
     * {@link IOException} is an unexpected failure.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        boolean readingTheBody = java.util.Arrays.stream(e.getStackTrace()).limit(12)
                .anyMatch(f -> f.getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                        || f.getClassName().endsWith(".FormBodyHandler"));
        if (!readingTheBody) {
            return unexpected(e, uri);
        }
        String reason = "the multipart/form-data body is malformed or incomplete and could not be read";
        return ProblemResponses.of(400, null, "Invalid request", "body: " + reason, path(uri),
                List.of(new Problem.FieldError("body", reason)), Map.of());
    }

    /**
     * No or invalid credentials: 401 with {@code WWW-Authenticate: Bearer} (RFC 6750 §3). Needs
     * {@code quarkus.http.auth.proactive=false} so that token failures reach this mapper.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return ProblemResponses.of(401, null, "Unauthorized",
                "A valid bearer token is required (Authorization: Bearer <JWT>).", path(uri), List.of(),
                Map.of("WWW-Authenticate", "Bearer"));
    }

    /** Authenticated but without the role the operation needs: 403. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(403, "Forbidden", "The token does not grant the role this operation needs.",
                path(uri));
    }

    /** JAX-RS exceptions (404 of an unknown path, 405, 406, 415 …) keep their status as a problem. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, uri); // Quarkus' JSON reader wraps malformed JSON in a 400
        }
        Response r = e.getResponse();
        int status = r == null ? 500 : r.getStatus();
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String title = info == null ? "Error" : info.getReasonPhrase();
        Map<String, String> headers = new java.util.HashMap<>();
        if (r != null) {
            for (String h : List.of("WWW-Authenticate", "Allow", "Retry-After", "Location")) {
                String v = r.getHeaderString(h);
                if (v != null) {
                    headers.put(h, v);
                }
            }
        }
        String detail = status >= 500 ? "The server could not complete the request." : plain(e.getMessage(), title);
        List<Problem.FieldError> errors = status == 415
                ? List.of(new Problem.FieldError("Content-Type", "is not a media type this operation accepts"))
                : List.of();
        return ProblemResponses.of(status, null, title, detail, path(uri), errors, headers);
    }

    /**
     * The database cannot be reached (whatever layer wrapped it): 503 with {@code Retry-After}; anything else is a bug:
     * logged with its stack trace, answered with a generic 500.
     */
    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("Database unavailable on %s: %s", path(uri), e.toString());
            return problem(databaseUnavailable(databaseRetryAfterSeconds), uri);
        }
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return ProblemResponses.of(500, "Internal Server Error", "The server could not complete the request.",
                path(uri));
    }

    /**
     * @param retryAfterSeconds value of {@code Retry-After}
     * @return the 503 answered while the database cannot be reached
     */
    public static ProblemException databaseUnavailable(int retryAfterSeconds) {
        return ProblemException.unavailable("The database is unavailable; nothing was changed. Retry later.",
                retryAfterSeconds);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String plain(String message, String fallback) {
        if (message == null || message.isBlank() || message.startsWith("HTTP ")) {
            return fallback;
        }
        return message;
    }

    /** {@code create.arg0.headline} → {@code headline}; keeps indexed bean paths like {@code items[2].headline}. */
    static String fieldName(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                case PARAMETER -> {
                    out.setLength(0);
                    continue;
                }
                default -> {
                }
            }
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (at != null) {
                    out.append('[').append(at).append(']');
                }
            }
            String name = node.getName();
            if (name == null || name.startsWith("<")) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(name);
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }
}
