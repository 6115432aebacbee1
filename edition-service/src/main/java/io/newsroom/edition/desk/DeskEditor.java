package io.newsroom.edition.desk;

import io.newsroom.edition.service.Caller;

/**
 * The signed-in editor of a desk request.
 *
 * @param username      the session token's {@code upn}
 * @param displayName   the name shown in the desk (claim {@code name}, else the username)
 * @param authorization {@code Bearer <API token>}: a short token in the editor's name (not the session token, see
 *                      {@link DeskSession}), forwarded to article-service and render-service
 */
public record DeskEditor(String username, String displayName, String authorization) {

    /** @return the editor as the edition services record callers */
    public Caller caller() {
        return new Caller(username, authorization);
    }
}
