package io.newsroom.edition.service;

import io.newsroom.contract.PageUpsert;
import io.newsroom.contract.PageUpsertResult;
import io.newsroom.contract.Paper;
import io.newsroom.contract.Texts;
import io.newsroom.edition.api.PageSummary;
import io.newsroom.edition.client.ArticleClient;
import io.newsroom.edition.client.DeskArticleClient;
import io.newsroom.edition.entity.EditionEntity;
import io.newsroom.edition.entity.EditionStatus;
import io.newsroom.edition.entity.PageEntity;
import io.newsroom.edition.mapping.EditionMapper;
import io.newsroom.edition.repository.EditionRepository;
import io.newsroom.edition.storage.RawPageArchive;
import io.newsroom.edition.telemetry.EditionMetrics;
import io.newsroom.segmenter.DecodedPage;
import io.newsroom.segmenter.SegmentedPage;
import io.newsroom.support.telemetry.Telemetry;
import io.newsroom.support.problem.ProblemException;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.support.problem.Problem;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ingests one page of an edition, all or nothing: whatever fails, and with whatever status, no article, archive
 * object or page row is left of the upload (ARCHITECTURE.md "All-or-nothing writes"). The steps, in this order:
 * <ol>
 *   <li>same text (SHA-256 of its UTF-8 bytes) and page name as the stored page: answer the stored summary
 *       with the page's articles as article-service has them now, change nothing;</li>
 *   <li>segment the text (pure, in memory); bad input was refused before (4xx, nothing written);</li>
 *   <li>in one database transaction, holding the edition's lock (so concurrent uploads of the edition cannot
 *       interleave): archive the text at {@code raw/{paper}/{date}/page-{NN}.txt}, remembering the stored page's
 *       text;</li>
 *   <li>write the page row and flush it, so that the database has checked it;</li>
 *   <li>upsert the items to article-service (its own transaction; the same hash again changes nothing there): the
 *       commit point, the last step that can fail for an ordinary reason;</li>
 *   <li>commit the page row.</li>
 * </ol>
 * A failure in steps 3–6 rolls the page row back and compensates the archive: the stored page's text is put back,
 * or the object removed when no page was stored. Articles are written by step 5 only, in article-service's own
 * transaction, so a failure before or in it leaves none. Storage down answers 503, article-service down or failing
 * 503, article-service refusing the items 502, each with nothing stored. What is left: a commit of step 6 failing
 * after article-service applied step 5 (the database lost between flush and commit), or article-service applying
 * the upsert while none of the client's three attempts got its answer; the page is then not stored here while its
 * drafts are, and uploading the page again converges (article-service answers the same hash with UNCHANGED).
 */
@ApplicationScoped
public class PageIngestService {

    private static final Logger LOG = Logger.getLogger(PageIngestService.class);

    @Inject
    EditionRepository editions;

    @Inject
    ArticleClient articles;

    @Inject
    RawPageArchive archive;

    @Inject
    DeskArticleClient deskArticles;

    @Inject
    EditionMapper mapper;

    /**
     * Seconds the upload's transaction may last: waiting for the edition's lock, the archive write and article-service's
     * upsert (three attempts of 10 s at most).
     */
    static final int TRANSACTION_SECONDS = 120;


    @Inject
    PageSegmentation segmentation;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    EditionMetrics metrics;

    /**
     * @param address  the checked paper, date and page number
     * @param pageName the page name the client gave, or {@code null} for the configured default
     * @param text     the decoded page text
     * @param caller   the editor
     * @return the summary; {@code changed} is {@code false} when the same text was already stored
     * @throws ProblemException 400 (field {@code page_name}) for a blank or over-long page name, or one with a NUL
     *                          character or an unpaired surrogate; 413 when the segmented page is over
     *                          article-service's limits (nothing called, nothing stored); 503 when
     *                          article-service or object storage is down or failing (nothing stored); 502 when
     *                          article-service refuses the items (nothing stored)
     */
    @WithSpan("ingest page")
    public PageSummary ingest(PageAddress address, String pageName, DecodedPage text, Caller caller) {
        Telemetry.page(address.paper().code(), address.date(), address.number());
        PageSummary summary = store(address, pageName, text, caller);
        LOG.infof("page %s %s %d %s: %d items, %d flags", summary.paper(), summary.date(), summary.number(),
                summary.changed() ? "stored" : "unchanged", summary.itemCount(), summary.flags().size());
        return summary;
    }

    /**
     * Runs one whole page upload of the API or the desk (checking the address, decoding the text, {@link #ingest})
     * and counts how it ended ({@code newsroom_pages_ingested_total{outcome}}).
     *
     * @param upload the upload
     * @return its summary
     * @throws ProblemException as the upload throws it: counted {@code rejected} (4xx) or {@code failed} (5xx)
     */
    public PageSummary counted(Supplier<PageSummary> upload) {
        try {
            PageSummary summary = upload.get();
            metrics.pageIngested(summary.changed() ? EditionMetrics.Outcome.STORED : EditionMetrics.Outcome.UNCHANGED);
            return summary;
        } catch (ProblemException failed) {
            metrics.pageIngested(failed.status() >= 500 ? EditionMetrics.Outcome.FAILED : EditionMetrics.Outcome.REJECTED);
            throw failed;
        } catch (RuntimeException failed) {
            metrics.pageIngested(EditionMetrics.Outcome.FAILED);
            throw failed;
        }
    }

    private PageSummary store(PageAddress address, String pageName, DecodedPage text, Caller caller) {
        Paper paper = address.paper();
        LocalDate date = address.date();
        int number = address.number();
        String name = pageName(paper, number, pageName);
        String sha256 = sha256(text.text());
        Optional<PageEntity> same = QuarkusTransaction.requiringNew().call(() -> editions
                .findPage(paper.code(), date, number)
                .filter(page -> page.sha256.equals(sha256) && page.pageName.equals(name)));
        if (same.isPresent()) {
            return mapper.summary(paper.code(), same.get(), false, EditionMapper.unchanged(
                    deskArticles.list(paper.code(), date, number, caller.authorization())), List.of());
        }
        SegmentedPage segmented = segmentation.segment(text.text());
        PageUpsert upsert = new PageUpsert(name, sha256, segmented.items());
        storable(upsert);
        Archived archived = new Archived();
        try {
            return QuarkusTransaction.requiringNew().timeout(TRANSACTION_SECONDS).call(() -> {
                editions.lock(paper.code(), date);
                Optional<PageEntity> stored = editions.findPage(paper.code(), date, number);
                archived.previousText = stored.map(page -> page.rawText).orElse(null);
                archived.written = true; // from here on a failure may have left the new text in storage
                archive.store(paper.code(), date, number, text.text());
                PageEntity page = stored.orElseGet(() -> newPage(paper.code(), date, number));
                page.pageName = name;
                page.rawText = text.text();
                page.encoding = text.charset();
                page.encodingDetected = text.detected();
                page.sha256 = sha256;
                page.receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                page.receivedBy = caller.name();
                page.lineCount = segmented.lineCount();
                page.itemCount = segmented.items().size();
                page.segmentation = mapper.toJson(segmented.items());
                editions.flush();
                PageUpsertResult upserted = articles.upsertPage(paper.code(), date, number, upsert,
                        caller.authorization());
                Telemetry.articleIds(upserted.articles().stream().map(a -> a.id()).toList());
                return mapper.summary(paper.code(), page, true, upserted.articles(), upserted.conflicts());
            });
        } catch (RuntimeException failed) {
            if (archived.written) {
                archive.restore(paper.code(), date, number, archived.previousText);
            }
            throw failed;
        }
    }

    /**
     * Checks the segmented page against article-service's limits before anyone is called: the contract's validation
     * annotations on {@link PageUpsert} and {@link io.newsroom.contract.SegmentedItem} (at most 200 items, 2,000
     * paragraphs of 20,000 characters, 1,000 source line ranges … per item) and its body limit
     * ({@link PageUpsert#MAX_JSON_BYTES}) are the one definition both services apply, so a page accepted here is one
     * article-service can store.
     *
     * @param upsert the page as it would be sent
     * @throws ProblemException 413 naming every member over a limit, e.g. {@code items[0].paragraphs[3]}, or
     *                          {@code body} when the JSON would be over the body limit
     */
    void storable(PageUpsert upsert) {
        Set<ConstraintViolation<PageUpsert>> violations = validator.validate(upsert);
        if (!violations.isEmpty()) {
            throw ProblemException.fromViolations(413, "Content too large",
                    "the page is too large for the article store once segmented", violations);
        }
        int bytes;
        try {
            bytes = json.writeValueAsBytes(upsert).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a segmented page always serialises", e);
        }
        if (bytes > PageUpsert.MAX_JSON_BYTES) {
            String reason = "segmented, the page is " + bytes + " bytes of JSON; the article store reads at most "
                    + PageUpsert.MAX_JSON_BYTES;
            throw new ProblemException(413, "Content too large", "body: " + reason,
                    List.of(new Problem.FieldError("body", reason)), Map.of());
        }
    }

    /** What step 3 archived, for the compensation. */
    private static final class Archived {
        private boolean written;
        private String previousText;
    }

    /**
     * @param text page text
     * @return lower-case hex SHA-256 of its UTF-8 bytes (the {@code content_hash} article-service keys on)
     */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The client's page name (stripped), else the registry's name of the page, else "第N版". */
    private static String pageName(Paper paper, int number, String given) {
        if (given != null) {
            String name = Texts.check("page_name", given).strip();
            if (name.isEmpty() || name.length() > 64) {
                throw ProblemException.invalidField("page_name", "must be 1 to 64 characters");
            }
            return name;
        }
        return paper.pageName(number);
    }

    private PageEntity newPage(String paper, LocalDate date, int number) {
        EditionEntity edition = editions.find(paper, date).orElseGet(() -> {
            EditionEntity created = new EditionEntity();
            created.paperCode = paper;
            created.date = date;
            created.status = EditionStatus.OPEN;
            created.createdAt = Instant.now();
            editions.persist(created);
            return created;
        });
        PageEntity page = new PageEntity();
        page.edition = edition;
        page.number = number;
        edition.pages.add(page);
        return page;
    }
}
