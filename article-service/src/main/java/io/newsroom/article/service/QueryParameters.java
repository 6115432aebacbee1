package io.newsroom.article.service;

import io.newsroom.support.problem.ProblemException;

/**
 * Numeric query parameters, taken as strings by the resources so that a malformed value ({@code limit=abc}) is a
 * 400 problem naming the parameter rather than the 404 JAX-RS answers when it cannot convert a parameter.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * @param name   the parameter's name, as the problem's {@code errors[].field}
     * @param value  the value as sent (surrounding white space ignored), {@code null} when absent
     * @param absent the value when absent
     * @param min    smallest value accepted
     * @param max    largest value accepted ({@link Long#MAX_VALUE}: no upper bound)
     * @return the value, {@code absent} when not sent
     * @throws ProblemException 400 naming {@code name} when not a decimal integer in {@code [min, max]}
     */
    public static long integer(String name, String value, long absent, long min, long max) {
        if (value == null) {
            return absent;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw ProblemException.invalidField(name, max == Long.MAX_VALUE ? "must be an integer >= " + min
                : "must be an integer from " + min + " to " + max);
    }
}
