package io.newsroom.contract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The one rule for the keys of an edition page, as every service reads them from request paths: paper code,
 * edition date ({@value #FIRST_YEAR}..{@value #LAST_YEAR}) and page number (ASCII digits,
 * {@value #FIRST_PAGE}..{@value #LAST_PAGE}). Change the ranges here and every service follows.
 */
public final class Editions {

    /** A paper code: a lower-case letter, then 1 to 15 lower-case letters or digits, e.g. {@code lcrb}. */
    public static final String PAPER_PATTERN = "[a-z][a-z0-9]{1,15}";
    /** Lowest page number. */
    public static final int FIRST_PAGE = 1;
    /** Highest page number. */
    public static final int LAST_PAGE = 99;
    /** Earliest year of an edition date: a newspaper page of before 1900 is a typing error here. */
    public static final int FIRST_YEAR = 1900;
    /** Latest year of an edition date. */
    public static final int LAST_YEAR = 2100;

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
     * @param text an edition date as sent, ISO 8601 {@code yyyy-mm-dd} with a four-digit year and no sign
     * @return the date, in {@value #FIRST_YEAR}-01-01..{@value #LAST_YEAR}-12-31
     * @throws InvalidFieldException naming {@code date} for a malformed or impossible date, or one outside those
     *                               years (0000-01-01, -2025-01-01 and +10000-01-01 are refused)
     */
    public static LocalDate date(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text == null ? "" : text, ISO_STRICT);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("date", "\"" + text + "\" is not a real calendar date as yyyy-mm-dd");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidFieldException("date", "\"" + text + "\" is not between " + FIRST_YEAR + "-01-01 and "
                    + LAST_YEAR + "-12-31");
        }
        return date;
    }

    /**
     * @param text  a page number as sent
     * @param field the request's name of it, e.g. {@code page} or {@code number}
     * @return the number, {@value #FIRST_PAGE}..{@value #LAST_PAGE}
     * @throws InvalidFieldException naming {@code field} when it is not ASCII digits ({@code 0-9}; no sign, no
     *                               other script's digits such as Arabic-Indic {@code ١}, which
     *                               {@link Integer#parseInt} would take) of a number in that range
     */
    public static int page(String text, String field) {
        if (text != null && !text.isEmpty() && text.length() <= 9 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int n = Integer.parseInt(text);
            if (n >= FIRST_PAGE && n <= LAST_PAGE) {
                return n;
            }
        }
        throw new InvalidFieldException(field, "\"" + text + "\" is not a whole number from " + FIRST_PAGE + " to "
                + LAST_PAGE);
    }
}
