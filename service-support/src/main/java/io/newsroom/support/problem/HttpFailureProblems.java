package io.newsroom.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Failures Vert.x answers before a request reaches JAX-RS (and so the {@link ProblemExceptionMappers}) become
 * {@code application/problem+json} too, never an empty body: a body over {@code quarkus.http.limits.max-body-size}
 * (413, field {@code body}; checked here on {@code Content-Length}), a request Vert.x cannot parse, e.g. a malformed path or form (400), a request
 * target that is no URI, e.g. {@code ?cursor=%%%} (400 naming the parameter, or {@code path}; see
 * {@link #takeOverUriValidation}), and the limits of the
 * request line and headers, checked here: a request line (method, URI, version) over
 * {@code newsroom.http.max-request-line} characters (4096 by default) is a 414, headers over
 * {@code newsroom.http.max-header-bytes} (20480) a 431. Vert.x' own limits of both
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set above them in each service, so
 * that only a request beyond those (64 KB) gets Vert.x' bare answer: its HTTP decoder answers before any route, and
 * Quarkus offers no hook there. Security failures are left to Quarkus (its challenge headers).
 */
@ApplicationScoped
public class HttpFailureProblems {

    private static final Logger LOG = Logger.getLogger(HttpFailureProblems.class);

    /** Routing context key: the part of a request target {@link URI} cannot parse. */
    private static final String MALFORMED_PART = "newsroom.malformed-uri-part";

    private final ObjectMapper json;
    private final int databaseRetryAfterSeconds;
    private final int maxRequestLine;
    private final int maxHeaderBytes;
    private final long maxBodyBytes;

    HttpFailureProblems(ObjectMapper json,
            @ConfigProperty(name = "newsroom.database.retry-after-seconds", defaultValue = "5") int retryAfter,
            @ConfigProperty(name = "newsroom.http.max-request-line", defaultValue = "4096") int maxRequestLine,
            @ConfigProperty(name = "newsroom.http.max-header-bytes", defaultValue = "20480") int maxHeaderBytes,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.json = json;
        this.maxBodyBytes = maxBody.asLongValue();
        this.databaseRetryAfterSeconds = retryAfter;
        this.maxRequestLine = maxRequestLine;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    /**
     * Adds, first on every route, the request line and header check and the failure handler.
     *
     * @param router the service's main router
     */
    void register(@Observes Router router) {
        takeOverUriValidation();
        router.route().order(Integer.MIN_VALUE).handler(this::checkLimits).failureHandler(this::handle);
        for (int status : new int[] {400, 404, 405, 413, 414, 415, 431, 500, 503}) {
            // failures no route's handler matched, e.g. a path that is no valid percent-encoding
            router.errorHandler(status, this::answer);
        }
    }

    /**
     * Quarkus answers a request target that {@link URI} cannot parse (a malformed percent-encoding such as
     * {@code ?cursor=%%%}, {@code /%zz}) with a bare 400 before any route or hook runs; its own switch for that check
     * is the system property {@code vertx.disableURIValidation}, read once when the HTTP server's root handler is
     * created. Turning it off on that handler here lets {@link #checkLimits} answer the same 400 as a problem naming
     * the parameter. Should a future Quarkus move the handler, the check stays Quarkus' (a warning is logged and the
     * resilience suite's corpus fails on the bare answer).
     */
    static void takeOverUriValidation() {
        try {
            Class<?> recorder = Class.forName("io.quarkus.vertx.http.runtime.VertxHttpRecorder");
            java.lang.reflect.Field root = recorder.getDeclaredField("ACTUAL_ROOT");
            root.setAccessible(true);
            Object handler = root.get(null);
            java.lang.reflect.Field disable = handler.getClass().getDeclaredField("DISABLE_URI_VALIDATION");
            disable.setAccessible(true);
            disable.setBoolean(handler, true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Malformed request targets keep Quarkus' bare 400 (its URI check could not be taken over: %s)", e);
        }
    }

    /**
     * @param uri a request target as received
     * @return {@code null} when {@link URI} parses it, else the part that is malformed: {@code path}, or the name of
     *         the first query parameter (or {@code query}) that holds a malformed percent-encoding or character
     */
    static String malformedPart(String uri) {
        try {
            new URI(uri);
            return null;
        } catch (java.net.URISyntaxException e) {
            int q = uri.indexOf('?');
            if (q < 0 || e.getIndex() >= 0 && e.getIndex() < q) {
                return "path";
            }
            for (String pair : uri.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                try {
                    new URI("/?" + pair);
                } catch (java.net.URISyntaxException bad) {
                    boolean plainName = !name.isEmpty() && name.chars().allMatch(ch -> ch < 128
                            && (Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' || ch == '.'));
                    return plainName ? name : "query";
                }
            }
            return "query";
        }
    }

    /** @param ctx a failure no failure handler took: answered with a problem unless the response was sent already */
    void answer(RoutingContext ctx) {
        if (ctx.response().headWritten() || ctx.response().ended()) {
            return;
        }
        write(ctx);
    }

    /** @param ctx a request: failed with 414 or 431 when its request line or headers are over the limits */
    void checkLimits(RoutingContext ctx) {
        var request = ctx.request();
        if (request.method().name().length() + request.uri().length() + 10 > maxRequestLine) {
            ctx.fail(414);
            return;
        }
        String malformed = malformedPart(request.uri());
        if (malformed != null) {
            ctx.put(MALFORMED_PART, malformed);
            ctx.fail(400);
            return;
        }
        long headerBytes = 0;
        for (var header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4L;
        }
        if (headerBytes > maxHeaderBytes) {
            ctx.fail(431);
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodyBytes) {
            ctx.fail(413); // before Quarkus' own check of the same limit, which answers with an empty body
            return;
        }
        ctx.next();
    }

    /**
     * @param ctx a failed request; answered with a problem unless the response was already sent or the failure is a
     *            security one
     */
    void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().headWritten() || ctx.response().ended() || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationFailedException || failure instanceof ForbiddenException) {
            ctx.next();
            return;
        }
        write(ctx);
    }

    private void write(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        boolean database = DatabaseFailures.isUnavailable(failure);
        if (status >= 500) {
            if (database) {
                status = 503;
            } else {
                LOG.errorf(failure, "Unexpected failure on %s", ctx.normalizedPath());
            }
        }
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String title = info != null ? info.getReasonPhrase() : status == 431 ? "Request Header Fields Too Large"
                : status == 414 ? "URI Too Long" : "Error";
        String malformed = ctx.get(MALFORMED_PART);
        List<Problem.FieldError> errors = status == 413
                ? List.of(new Problem.FieldError("body", "the request body is larger than this server accepts"))
                : malformed != null
                        ? List.of(new Problem.FieldError(malformed, "is not valid percent-encoding (%XX, XX hexadecimal) "
                                + "or holds a character a URI may not"))
                        : List.of();
        String detail = switch (status) {
            case 413 -> "body: the request body is larger than this server accepts";
            case 414 -> "The request line (method, path and query) is longer than this server accepts.";
            case 431 -> "The request headers are larger than this server accepts.";
            case 400 -> malformed != null ? malformed + ": not a valid part of a URI (percent-encoding %XX, XX hexadecimal)."
                    : "The request is malformed (path, headers or body) and could not be read.";
            case 503 -> database ? "The database is unavailable; nothing was changed. Retry later."
                    : "The service is unavailable. Retry later.";
            default -> status >= 500 ? "The server could not complete the request." : title;
        };
        Problem problem = new Problem(URI.create("about:blank"), title, status, detail, safePath(ctx), errors);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"about:blank\",\"status\":" + status + "}";
        }
        var response = ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (status == 503) {
            response.putHeader("Retry-After", Integer.toString(databaseRetryAfterSeconds));
        }
        if (status == 413 || status == 414 || status == 431 || status == 400) {
            response.putHeader(HttpHeaders.CONNECTION, "close"); // the rest of the request is not read
        }
        response.end(body);
    }

    private static String safePath(RoutingContext ctx) {
        try {
            String path = ctx.normalizedPath();
            return path == null || path.length() > 512 ? null : path;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
