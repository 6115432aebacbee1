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
        return Optional.ofNullable(refuseEncoding(uri))
                .or(() -> Optional.ofNullable(refuse(uri.getPathParameters(), uri)))
                .or(() -> Optional.ofNullable(refuse(uri.getQueryParameters(), uri)));
    }

    /**
     * Percent-encoded bytes that are no UTF-8 (a lone surrogate {@code %ED%A0%80}, a stray {@code %FF}) would be
     * decoded to U+FFFD and pass the text rule as a different value than the client sent: refused on the raw request
     * target (RESTEasy Reactive offers no undecoded parameters), naming the query parameter, or the path parameter
     * whose decoded value holds U+FFFD (else {@code path}); a parameter name with a NUL or such bytes names
     * {@code query}.
     */
    private static Response refuseEncoding(UriInfo uri) {
        java.net.URI target;
        try {
            target = uri.getRequestUri();
        } catch (RuntimeException unreadable) {
            return null; // what cannot be read here was refused before (HttpFailureProblems) or is not text
        }
        String rawPath = target.getRawPath();
        if (rawPath != null) {
            for (String segment : rawPath.split("/")) {
                String flaw = encodingFlaw(segment);
                if (flaw != null) {
                    return problem(pathField(uri), flaw, uri);
                }
            }
        }
        String rawQuery = target.getRawQuery();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String nameFlaw = encodingFlaw(name);
                if (nameFlaw == null) {
                    nameFlaw = Texts.flaw(decodedOrRaw(name));
                }
                if (nameFlaw != null) {
                    return problem("query", "a parameter name " + nameFlaw, uri);
                }
                String flaw = eq < 0 ? null : encodingFlaw(pair.substring(eq + 1));
                if (flaw != null) {
                    return problem(decodedOrRaw(name), flaw, uri);
                }
            }
        }
        return null;
    }

    private static String pathField(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getPathParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.indexOf('\uFFFD') >= 0) {
                    return parameter.getKey();
                }
            }
        }
        return "path";
    }

    private static Response problem(String field, String flaw, UriInfo uri) {
        return ProblemResponses.of(400, null, "Invalid request", field + ": " + flaw,
                "/" + uri.getPath().replaceFirst("^/", ""), List.of(new Problem.FieldError(field, flaw)), Map.of());
    }

    private static String decodedOrRaw(String raw) {
        try {
            return java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    /**
     * @param raw a parameter value as sent (percent-encoded)
     * @return why its percent-encoded bytes are no UTF-8 text, or {@code null} when they are
     */
    static String encodingFlaw(String raw) {
        if (raw.indexOf('%') < 0) {
            return null;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && hex(raw, i + 1) && hex(raw, i + 2)) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '%') {
                return "is not valid percent-encoding (%XX, XX hexadecimal)";
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return null;
        } catch (java.nio.charset.CharacterCodingException e) {
            return "is not UTF-8 text: percent-encoded bytes that encode no character (e.g. a lone surrogate %ED%A0%80)";
        }
    }

    private static boolean hex(String s, int at) {
        return at < s.length() && Character.digit(s.charAt(at), 16) >= 0 && s.charAt(at) < 128;
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
