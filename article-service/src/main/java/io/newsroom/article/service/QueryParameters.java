package io.newsroom.article.service;

import io.newsroom.contract.Editions;
import io.newsroom.contract.InvalidFieldException;
import io.newsroom.support.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Numeric and date query parameters, taken as strings by the resources so that a malformed value ({@code limit=abc}) is a
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
            long n = Long.parseLong(value.strip().matches("-?[0-9]+") ? value.strip() : "not ASCII digits"); // ١ is no 1
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw ProblemException.invalidField(name, max == Long.MAX_VALUE ? "must be an integer >= " + min
                : "must be an integer from " + min + " to " + max);
    }

    /**
     * @param name  the parameter's name, as the problem's {@code errors[].field}
     * @param value an edition date as sent ({@code yyyy-mm-dd}, the contract's {@link Editions} rule), or {@code null}
     * @return the date, {@code null} when not sent
     * @throws ProblemException 400 naming {@code name} when no edition date
     */
    public static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Editions.date(value);
        } catch (InvalidFieldException e) {
            throw ProblemException.invalidField(name, e.reason());
        }
    }

    /**
     * @param name  the parameter's name, as the problem's {@code errors[].field}
     * @param value an ISO 8601 instant as sent ({@code 2025-03-26T08:00:00Z}, an offset instead of {@code Z} allowed),
     *              or {@code null}
     * @return the instant, {@code null} when not sent
     * @throws ProblemException 400 naming {@code name} when no instant
     */
    public static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be an ISO 8601 instant such as 2025-03-26T08:00:00Z");
        }
    }
}
