package io.newsroom.contract;

/**
 * A value of a request (a path parameter, a member) breaks a rule of the contract; every service answers it as a
 * 400 problem naming {@link #field()}.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String reason;

    /**
     * @param field  the request's name of the value, e.g. {@code paper}, {@code date}, {@code page}
     * @param reason what is wrong, e.g. {@code must match [a-z][a-z0-9]{1,15}}
     */
    public InvalidFieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** @return the request's name of the value */
    public String field() {
        return field;
    }

    /** @return what is wrong */
    public String reason() {
        return reason;
    }
}
