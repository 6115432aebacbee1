package io.newsroom.edition.client;

/**
 * Another service answered a 4xx: the request itself was refused, so retrying it cannot help.
 */
public class RemoteRejectedException extends RuntimeException {

    private final int status;

    /**
     * @param status the HTTP status the service answered, 400..499
     * @param detail the service's problem detail, or a plain description
     */
    public RemoteRejectedException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    /** @return the HTTP status the service answered */
    public int status() {
        return status;
    }
}
