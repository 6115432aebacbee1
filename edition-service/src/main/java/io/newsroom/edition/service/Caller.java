package io.newsroom.edition.service;

/**
 * The editor behind a write request.
 *
 * @param name          the token's name ({@code upn}), recorded as who received or published
 * @param authorization the request's {@code Authorization} header value ({@code Bearer …}), forwarded to
 *                      article-service and render-service so that their records name the same editor
 */
public record Caller(String name, String authorization) {
}
