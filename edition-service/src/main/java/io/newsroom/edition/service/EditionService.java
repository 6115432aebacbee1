package io.newsroom.edition.service;

import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Editions;
import io.newsroom.contract.InvalidFieldException;
import io.newsroom.contract.Paper;
import io.newsroom.edition.api.EditionView;
import io.newsroom.edition.client.ArticleClient;
import io.newsroom.edition.client.DeskArticleClient;
import io.newsroom.edition.mapping.EditionMapper;
import io.newsroom.edition.repository.EditionRepository;
import io.newsroom.support.problem.Problem;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up papers (article-service's registry) and editions and checks the path parameters every edition call
 * shares (the contract's {@link Editions} rule).
 */
@ApplicationScoped
public class EditionService {

    @Inject
    ArticleClient articles;

    @Inject
    DeskArticleClient deskArticles;

    @Inject
    ServiceToken serviceToken;

    @Inject
    EditionRepository editions;

    @Inject
    EditionMapper mapper;

    /**
     * @param code paper code from the path
     * @return the paper of article-service's registry
     * @throws ProblemException 404 naming the field {@code paper} when no paper has that code; 503 when
     *                          article-service is unavailable
     */
    public Paper paper(String code) {
        boolean wellFormed;
        try {
            Editions.paper(code);
            wellFormed = true;
        } catch (InvalidFieldException malformed) {
            wellFormed = false;
        }
        return (wellFormed ? articles.paper(code) : Optional.<Paper>empty()).orElseThrow(() -> {
            String reason = "no paper has the code \"" + code + "\"";
            return new ProblemException(404, "Not found", "paper: " + reason,
                    List.of(new Problem.FieldError("paper", reason)), Map.of());
        });
    }

    /**
     * @param paper  paper code from the path
     * @param date   edition date from the path
     * @param number page number from the path
     * @return the checked address
     * @throws ProblemException 404 (field {@code paper}), 400 (field {@code date} or {@code number}), as
     *                          {@link #paper}, {@link #date} and {@link #pageNumber}
     */
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
            return Editions.date(text);
        } catch (InvalidFieldException e) {
            throw ProblemException.invalidField(e);
        }
    }

    /**
     * @param text a page number from the path
     * @return the number
     * @throws ProblemException 400 naming the field {@code number} when it is not an integer in 1..99
     */
    public static int pageNumber(String text) {
        try {
            return Editions.page(text, "number");
        } catch (InvalidFieldException e) {
            throw ProblemException.invalidField(e);
        }
    }

    /**
     * @param paper paper code
     * @param date  edition date
     * @return the edition's status, pages with item counts, and publications, with each page's open flags and
     *         article ids as article-service has them now
     * @throws ProblemException 404 for an edition with no page yet (or an unknown paper); 503 when
     *                          article-service is unavailable
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionView view(String paper, LocalDate date) {
        return editions.find(paper, date).map(edition -> {
            List<ArticleView> current = deskArticles.list(paper, date, null, serviceToken.authorization());
            return mapper.view(edition, current);
        }).orElseThrow(() -> ProblemException.notFound("no page of " + paper + " " + date + " was received"));
    }
}
