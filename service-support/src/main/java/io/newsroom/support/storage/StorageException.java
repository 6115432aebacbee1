package io.newsroom.support.storage;

/** Object storage could not be reached or refused an operation. */
public class StorageException extends RuntimeException {

    /**
     * @param message what was attempted, e.g. "put lcrb/2025-03-26/index.html"
     * @param cause   the client's exception
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
