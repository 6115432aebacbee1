package io.newsroom.contract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The one rule for the keys of an edition page, as every service reads them from request paths: paper code,
 * edition date and page number.
 */
public final class Editions {

    /** A paper code: a lower-case letter, then 1 to 15 lower-case letters or digits, e.g. {@code lcrb}. */
    public static final String PAPER_PATTERN = "[a-z][a-z0-9]{1,15}";
    /** Lowest page number. */
    public static final int FIRST_PAGE = 1;
    /** Highest page number. */
    public static final int LAST_PAGE = 99;

    private static final Pattern PAPER = Pattern.compile(PAPER_PATTERN);
    /** {@code uuuu-MM-dd}, strict: 2025-02-30 is refused, not rounded to March 2. */
    private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Editions() {
    }

    /**
     * @param code a paper code as sent
     * @return the code
     * @throws InvalidFieldException naming {@code paper} when it does not match {@link #PAPER_PATTERN}
     */
    public static String paper(String code) {
        if (code == null || !PAPER.matcher(code).matches()) {
            throw new InvalidFieldException("paper", "must match " + PAPER_PATTERN);
        }
        return code;
    }

    /**
     * @param text an edition date as sent, ISO 8601 {@code yyyy-mm-dd}
     * @return the date
     * @throws InvalidFieldException naming {@code date} for a malformed or impossible date
     */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text, ISO_STRICT);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("date", "\"" + text + "\" is not a real calendar date as yyyy-mm-dd");
        }
    }

    /**
     * @param text  a page number as sent
     * @param field the request's name of it, e.g. {@code page} or {@code number}
     * @return the number, {@value #FIRST_PAGE}..{@value #LAST_PAGE}
     * @throws InvalidFieldException naming {@code field} when it is not a whole number in that range
     */
    public static int page(String text, String field) {
        try {
            int n = Integer.parseInt(text);
            if (n >= FIRST_PAGE && n <= LAST_PAGE) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidFieldException(field, "\"" + text + "\" is not a whole number from " + FIRST_PAGE + " to "
                + LAST_PAGE);
    }
}
