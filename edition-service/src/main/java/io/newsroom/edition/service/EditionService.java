package io.newsroom.edition.service;

import io.newsroom.edition.api.EditionView;
import io.newsroom.edition.entity.PaperEntity;
import io.newsroom.edition.mapping.EditionMapper;
import io.newsroom.edition.repository.EditionRepository;
import io.newsroom.edition.repository.PaperRepository;
import io.newsroom.support.problem.Problem;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Looks up papers and editions and checks the path parameters every edition call shares. */
@ApplicationScoped
public class EditionService {

    /** Lowest page number. */
    public static final int FIRST_PAGE = 1;
    /** Highest page number. */
    public static final int LAST_PAGE = 99;

    @Inject
    PaperRepository papers;

    @Inject
    EditionRepository editions;

    @Inject
    EditionMapper mapper;

    /**
     * @param code paper code from the path
     * @return the paper
     * @throws ProblemException 404 naming the field {@code paper} when no paper has that code
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PaperEntity paper(String code) {
        PaperEntity paper = papers.findById(code);
        if (paper == null) {
            String reason = "no paper has the code \"" + code + "\"";
            throw new ProblemException(404, "Not found", "paper: " + reason,
                    List.of(new Problem.FieldError("paper", reason)), Map.of());
        }
        return paper;
    }

    /**
     * @param paper  paper code from the path
     * @param date   edition date from the path
     * @param number page number from the path
     * @return the checked address
     * @throws ProblemException 404 (field {@code paper}), 400 (field {@code date} or {@code number}), as
     *                          {@link #paper}, {@link #date} and {@link #pageNumber}
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageAddress pageAddress(String paper, String date, String number) {
        return new PageAddress(paper(paper), date(date), pageNumber(number));
    }

    /**
     * @param text an ISO-8601 calendar date, e.g. {@code 2025-03-26}
     * @return the date
     * @throws ProblemException 400 naming the field {@code date} for a malformed or impossible date (2025-02-30)
     */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("date", "\"" + text + "\" is not a calendar date (YYYY-MM-DD)");
        }
    }

    /**
     * @param text a page number from the path
     * @return the number
     * @throws ProblemException 400 naming the field {@code number} when it is not an integer in 1..99
     */
    public static int pageNumber(String text) {
        try {
            int number = Integer.parseInt(text);
            if (number >= FIRST_PAGE && number <= LAST_PAGE) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw ProblemException.invalidField("number",
                "\"" + text + "\" is not a page number between " + FIRST_PAGE + " and " + LAST_PAGE);
    }

    /**
     * @param paper paper code
     * @param date  edition date
     * @return the edition's status, pages with item counts and open flags, and publications
     * @throws ProblemException 404 for an unknown paper (field {@code paper}) or an edition with no page yet
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionView view(String paper, LocalDate date) {
        paper(paper);
        return editions.find(paper, date).map(mapper::view)
                .orElseThrow(() -> ProblemException.notFound("no page of " + paper + " " + date + " was received"));
    }
}
