package io.newsroom.edition.desk;

/** A desk form was posted without the session's CSRF token, or with another: answered 403 with a plain page. */
public class CsrfRefusedException extends RuntimeException {

    /** Creates the exception (no stack trace: it is control flow). */
    public CsrfRefusedException() {
        super("CSRF token missing or wrong", null, false, false);
    }
}
