package io.newsroom.article.model;

import io.newsroom.contract.Editions;
import io.newsroom.contract.InvalidFieldException;
import io.newsroom.support.problem.ProblemException;
import java.time.LocalDate;

/**
 * A validated edition: paper code and date, as taken from request paths (the contract's {@link Editions} rule).
 *
 * @param paper paper code, {@link Editions#PAPER_PATTERN}
 * @param date  edition date
 */
public record EditionKey(String paper, LocalDate date) {

    /**
     * @param paper the paper code as sent
     * @param date  the date as sent, ISO 8601 {@code yyyy-mm-dd}
     * @return the validated key
     * @throws ProblemException 400 naming {@code paper} or {@code date}
     */
    public static EditionKey parse(String paper, String date) {
        try {
            return new EditionKey(Editions.paper(paper), Editions.date(date));
        } catch (InvalidFieldException e) {
            throw ProblemException.invalidField(e);
        }
    }

    /**
     * @param page the page number as sent
     * @return the page number 1..99
     * @throws ProblemException 400 naming {@code page}
     */
    public static int parsePage(String page) {
        try {
            return Editions.page(page, "page");
        } catch (InvalidFieldException e) {
            throw ProblemException.invalidField(e);
        }
    }
}
