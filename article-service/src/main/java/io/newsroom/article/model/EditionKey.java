package io.newsroom.article.model;

import io.newsroom.support.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * A validated edition: paper code and date, as taken from request paths.
 *
 * @param paper paper code, {@code [a-z0-9]{2,16}}
 * @param date  edition date
 */
public record EditionKey(String paper, LocalDate date) {

    private static final Pattern PAPER = Pattern.compile("[a-z0-9]{2,16}");
    /** {@code uuuu-MM-dd}, strict: 2025-02-30 is refused, not rounded to March 2. */
    private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * @param paper the paper code as sent
     * @param date  the date as sent, ISO 8601 {@code yyyy-mm-dd}
     * @return the validated key
     * @throws ProblemException 400 naming {@code paper} or {@code date}
     */
    public static EditionKey parse(String paper, String date) {
        if (paper == null || !PAPER.matcher(paper).matches()) {
            throw ProblemException.invalidField("paper", "must match [a-z0-9]{2,16}");
        }
        try {
            return new EditionKey(paper, LocalDate.parse(date == null ? "" : date, ISO_STRICT));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("date", "must be a real calendar date as yyyy-mm-dd");
        }
    }

    /**
     * @param page the page number as sent
     * @return the page number 1..99
     * @throws ProblemException 400 naming {@code page}
     */
    public static int parsePage(String page) {
        try {
            int n = Integer.parseInt(page);
            if (n >= 1 && n <= 99) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField("page", "must be a whole number from 1 to 99");
    }
}
