package io.newsroom.edition.desk;

/** A desk page was asked for without a valid session: answered 303 to the sign-in page. */
public class SignInRequiredException extends RuntimeException {

    /** Creates the exception (no stack trace: it is control flow). */
    public SignInRequiredException() {
        super("sign-in required", null, false, false);
    }
}
