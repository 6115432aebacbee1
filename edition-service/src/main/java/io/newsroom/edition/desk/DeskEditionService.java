package io.newsroom.edition.desk;

import io.newsroom.contract.ArticleStatus;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.RenditionManifest;
import io.newsroom.edition.api.EditionView;
import io.newsroom.edition.client.DeskArticleClient;
import io.newsroom.edition.client.RemoteRejectedException;
import io.newsroom.edition.config.EditionConfig;
import io.newsroom.edition.entity.EditionEntity;
import io.newsroom.edition.entity.EditionStatus;
import io.newsroom.edition.mapping.EditionMapper;
import io.newsroom.edition.repository.EditionRepository;
import io.newsroom.edition.service.EditionService;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/** What the desk pages read: editions and pages from edition-service's store, open flags from article-service. */
@ApplicationScoped
public class DeskEditionService {

    private static final Logger LOG = Logger.getLogger(DeskEditionService.class);

    @Inject
    EditionRepository editions;

    @Inject
    EditionService editionService;

    @Inject
    DeskArticleClient articles;

    @Inject
    EditionConfig config;

    @Inject
    EditionMapper mapper;

    /**
     * @param paper       paper code
     * @param paperName   paper name
     * @param date        edition date
     * @param published   whether it is published
     * @param pages       pages received
     * @param lastPublished the last publication's time, or {@code null}
     */
    record EditionSummary(String paper, String paperName, LocalDate date, boolean published, int pages,
            Instant lastPublished) {
    }

    /**
     * @param pageName page name
     * @param text     the stored page text (UTF-8 decoded)
     */
    record PageText(String pageName, String text) {
    }

    /** @return every edition, newest date first, then by paper code, named from article-service's registry */
    @Transactional
    List<EditionSummary> editions() {
        return editions.list("order by date desc, paperCode").stream().map(this::summary).toList();
    }

    /**
     * @param paper paper code
     * @param date  edition date
     * @return the edition's status, pages and publications (the pages' open flags come from {@link #openFlags})
     * @throws ProblemException 404 for an unknown paper or edition
     */
    @Transactional
    EditionView edition(String paper, LocalDate date) {
        editionService.paper(paper);
        return editions.find(paper, date).map(e -> mapper.view(e, List.of()))
                .orElseThrow(() -> ProblemException.notFound("no page of " + paper + " " + date + " was received"));
    }

    /** @return the paper's name, e.g. 聊城日报 */
    String paperName(String paper) {
        return editionService.paper(paper).name();
    }

    /**
     * @param paper  paper code
     * @param date   edition date
     * @param number page number
     * @return the stored page text and name
     * @throws ProblemException 404 when the page was not received
     */
    @Transactional
    PageText page(String paper, LocalDate date, int number) {
        editionService.paper(paper);
        return editions.findPage(paper, date, number).map(p -> new PageText(p.pageName, p.rawText))
                .orElseThrow(() -> ProblemException.notFound("第" + number + "版（" + paper + " " + date + "）还没有上传"));
    }

    /**
     * A page already received, as the upload's warnings need it.
     *
     * @param number     page number
     * @param pageName   page name
     * @param sha256     the content hash of its text
     * @param receivedAt when its current text arrived
     * @param receivedBy who sent it
     */
    record ReceivedPage(int number, String pageName, String sha256, Instant receivedAt, String receivedBy) {
    }

    /**
     * @param paper paper code
     * @param date  edition date
     * @return the edition's received pages by number (empty when none or the date is not one)
     */
    @Transactional
    Map<Integer, ReceivedPage> receivedPages(String paper, LocalDate date) {
        Map<Integer, ReceivedPage> pages = new java.util.TreeMap<>();
        editions.find(paper, date).ifPresent(e -> e.pages.forEach(p -> pages.put(p.number,
                new ReceivedPage(p.number, p.pageName, p.sha256, p.receivedAt, p.receivedBy))));
        return pages;
    }

    /**
     * @param paper paper code
     * @param date  edition date (ISO 8601), or anything else (then 1)
     * @return the lowest page number (1..99) not yet received for the edition, or {@code null} when all 99 are
     */
    Integer nextFreePage(String paper, String date) {
        Map<Integer, ReceivedPage> received;
        try {
            received = receivedPages(paper, LocalDate.parse(date));
        } catch (java.time.format.DateTimeParseException notADate) {
            received = Map.of();
        }
        for (int n = 1; n <= 99; n++) {
            if (!received.containsKey(n)) {
                return n;
            }
        }
        return null;
    }

    /**
     * Counts the flags editors have not cleared yet, per page, from article-service (withdrawn articles excluded).
     *
     * @param paper         paper code
     * @param date          edition date
     * @param authorization the editor's {@code Authorization} header value
     * @return page number → open flags, or empty when article-service is unavailable (503) or refuses the read
     *         (4xx: the desk then shows the flags as unknown rather than failing the whole page)
     */
    Optional<Map<Integer, Integer>> openFlags(String paper, LocalDate date, String authorization) {
        try {
            Map<Integer, Integer> perPage = new HashMap<>();
            for (ArticleView a : articles.list(paper, date, null, authorization)) {
                if (a.status() != ArticleStatus.WITHDRAWN && a.editorial() != null) {
                    perPage.merge(a.page(), a.editorial().flags().size(), Integer::sum);
                }
            }
            return Optional.of(perPage);
        } catch (ProblemException unavailable) {
            if (unavailable.status() != 503) {
                throw unavailable;
            }
            LOG.warnf("open flags of %s %s unavailable: %s", paper, date, unavailable.getMessage());
            return Optional.empty();
        } catch (RemoteRejectedException refused) {
            LOG.warnf("open flags of %s %s refused by article-service: %s", paper, date, refused.getMessage());
            return Optional.empty();
        }
    }

    /**
     * @param manifest a rendition manifest
     * @param suffix   {@code index.html} or {@code .epub}
     * @return the browser URL of the first stored file whose key ends with {@code suffix}, or {@code null}
     */
    String renditionUrl(RenditionManifest manifest, String suffix) {
        if (manifest == null || manifest.objects() == null) {
            return null;
        }
        String base = config.desk().renditionBaseUrl().replaceAll("/+$", "");
        return manifest.objects().stream().map(RenditionManifest.StoredObject::key)
                .filter(key -> key.endsWith(suffix)).min(Comparator.comparingInt(String::length))
                .map(key -> base + "/editions/" + key).orElse(null);
    }

    private EditionSummary summary(EditionEntity e) {
        return new EditionSummary(e.paperCode, paperName(e.paperCode), e.date,
                e.status == EditionStatus.PUBLISHED, e.pages.size(),
                e.publications.isEmpty() ? null : e.publications.get(e.publications.size() - 1).publishedAt);
    }
}
