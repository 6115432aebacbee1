package io.newsroom.segmenter;

/** Page bytes that cannot be turned into page text; {@link #reason()} says why, the message says it in words. */
public class PageTextException extends Exception {

    /** Why the bytes were refused. */
    public enum Reason {
        /** The declared or requested charset is not one the JVM knows. */
        UNSUPPORTED_CHARSET,
        /** The bytes are not valid in the declared charset, or in any charset we detect. */
        UNDECODABLE,
        /** The bytes look like binary data (NUL-heavy), not text. */
        BINARY
    }

    private final Reason reason;

    /**
     * @param reason  why the bytes were refused
     * @param message plain explanation for an editor or a log
     */
    public PageTextException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** @return why the bytes were refused */
    public Reason reason() {
        return reason;
    }
}
