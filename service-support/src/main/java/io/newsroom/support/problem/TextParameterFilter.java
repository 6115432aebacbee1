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
        return Optional.ofNullable(refuseEncoding(uri.getPathParameters(false), uri))
                .or(() -> Optional.ofNullable(refuseEncoding(uri.getQueryParameters(false), uri)))
                .or(() -> Optional.ofNullable(refuse(uri.getPathParameters(), uri)))
                .or(() -> Optional.ofNullable(refuse(uri.getQueryParameters(), uri)));
    }

    /**
     * Percent-encoded bytes that are no UTF-8 (a lone surrogate {@code %ED%A0%80}, a stray {@code %FF}) would be
     * decoded to U+FFFD and pass the text rule as a different value than the client sent: refused on the raw values.
     */
    private static Response refuseEncoding(MultivaluedMap<String, String> raw, UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : raw.entrySet()) {
            for (String value : parameter.getValue()) {
                String flaw = encodingFlaw(value);
                if (flaw != null) {
                    String field = Texts.flaw(parameter.getKey()) == null && encodingFlaw(parameter.getKey()) == null
                            ? parameter.getKey() : "query";
                    return ProblemResponses.of(400, null, "Invalid request", field + ": " + flaw,
                            "/" + uri.getPath(false).replaceFirst("^/", ""), List.of(new Problem.FieldError(field, flaw)),
                            Map.of());
                }
            }
            if (encodingFlaw(parameter.getKey()) != null || Texts.flaw(decodedOrRaw(parameter.getKey())) != null) {
                String flaw = "a parameter name holds a NUL, an unpaired surrogate or bytes that are no UTF-8";
                return ProblemResponses.of(400, null, "Invalid request", "query: " + flaw,
                        "/" + uri.getPath(false).replaceFirst("^/", ""), List.of(new Problem.FieldError("query", flaw)),
                        Map.of());
            }
        }
        return null;
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
