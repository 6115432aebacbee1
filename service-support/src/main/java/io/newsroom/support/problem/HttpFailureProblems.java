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
 * (413, field {@code body}; checked here on {@code Content-Length}), a request Vert.x cannot parse, e.g. a malformed path or form (400), and the limits of the
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
        router.route().order(Integer.MIN_VALUE).handler(this::checkLimits).failureHandler(this::handle);
        for (int status : new int[] {400, 404, 405, 413, 414, 415, 431, 500, 503}) {
            // failures no route's handler matched, e.g. a path that is no valid percent-encoding
            router.errorHandler(status, this::answer);
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
        List<Problem.FieldError> errors = status == 413
                ? List.of(new Problem.FieldError("body", "the request body is larger than this server accepts"))
                : List.of();
        String detail = switch (status) {
            case 413 -> "body: the request body is larger than this server accepts";
            case 414 -> "The request line (method, path and query) is longer than this server accepts.";
            case 431 -> "The request headers are larger than this server accepts.";
            case 400 -> "The request is malformed (path, headers or body) and could not be read.";
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
