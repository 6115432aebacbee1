package io.newsroom.render.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.contract.ArticleSummary;
import io.newsroom.contract.ArticleVersion;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Editions;
import io.newsroom.contract.InvalidFieldException;
import io.newsroom.contract.ItemPage;
import io.newsroom.contract.Paper;
import io.newsroom.contract.RenditionManifest;
import io.newsroom.render.RenderRequest;
import io.newsroom.render.RenditionView;
import io.newsroom.render.client.ArticleClient;
import io.newsroom.render.config.RenderConfig;
import io.newsroom.render.edition.EditionContent;
import io.newsroom.render.edition.EditionRenderer;
import io.newsroom.render.edition.EpubEditionRenderer;
import io.newsroom.render.edition.RenderedFile;
import io.newsroom.render.repository.RenditionRepository;
import io.newsroom.render.telemetry.RenderMetrics;
import io.newsroom.support.problem.ProblemException;
import io.newsroom.support.storage.StorageConfig;
import io.newsroom.support.storage.StorageException;
import io.newsroom.support.telemetry.Telemetry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Makes and serves renditions: reads the published articles, renders everything in memory,
 * then stores it all or nothing.
 *
 * <p>All-or-nothing design ("restore what was overwritten"): the object keys are fixed by the
 * contract, so a new rendition overwrites the previous one's objects in place. Before writing,
 * the previous manifest is read; an object whose sha256 is unchanged is not written again, and
 * the previous bytes of every object about to change are kept in memory. The manifest is
 * written last. When any write fails, every object already written is put back to its previous
 * bytes (or removed if it is new), so the previous manifest stays in force and consistent, and
 * the caller gets a 503 problem with {@code Retry-After}. Objects of the previous rendition that
 * the new one no longer has are removed only after the new manifest is stored. Renditions of
 * one edition are serialised within this process.
 *
 * <p>Limit: if storage fails so that the restore fails as well, objects may differ from the
 * previous manifest until the next successful rendition (the retry) rewrites them; the log
 * names every object that could not be restored.
 */
@ApplicationScoped
public class RenditionService {

    /** Cache-Control of the rendition files: keys are overwritten by re-renders, so short-lived. */
    static final String CONTENT_CACHE = "public, max-age=300";
    /** Cache-Control of the manifest: always revalidated. */
    static final String MANIFEST_CACHE = "no-cache";
    static final String JSON = "application/json";

    private static final Logger LOG = Logger.getLogger(RenditionService.class);
    private static final int MAX_LIST_PAGES = 1000;

    private final ArticleClient articles;
    private final RenditionRepository storage;
    private final RenderConfig renderConfig;
    private final StorageConfig storageConfig;
    private final ObjectMapper json;
    private final RenderMetrics metrics;
    private final EditionRenderer renderer = new EditionRenderer();
    private final Map<String, Object> editionLocks = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    RenditionService(ArticleClient articles, RenditionRepository storage, RenderConfig renderConfig,
            StorageConfig storageConfig, ObjectMapper json, RenderMetrics metrics) {
        this.articles = articles;
        this.storage = storage;
        this.renderConfig = renderConfig;
        this.storageConfig = storageConfig;
        this.json = json;
        this.metrics = metrics;
    }

    /**
     * Renders the published edition and stores it, all or nothing.
     *
     * @param paper   paper code ({@link Editions#PAPER_PATTERN})
     * @param isoDate edition date, ISO {@code yyyy-MM-dd}
     * @param request optional paper name / publisher; null members fall back to article-service's paper registry
     * @return the new manifest (already stored)
     * @throws ProblemException 400 for a bad paper or date or a paper unknown to the registry without
     *                          a name in the body; 404 when no article is published; 503 when
     *                          article-service or storage is unavailable (nothing changed)
     */
    @WithSpan("render edition")
    public RenditionManifest render(String paper, String isoDate, RenderRequest request) {
        Telemetry.edition(paper, isoDate);
        long start = System.nanoTime();
        int status = 500;
        try {
            RenditionManifest manifest = renderAndStore(paper, isoDate, request);
            Telemetry.articleIds(manifest.articles().stream().map(ArticleVersion::id).toList());
            LOG.infof("edition %s %s rendered: %d articles, %d objects", paper, isoDate, manifest.articles().size(),
                    manifest.objects().size());
            status = 200;
            return manifest;
        } catch (ProblemException failed) {
            status = failed.status();
            throw failed;
        } finally {
            metrics.rendered(Duration.ofNanos(System.nanoTime() - start), status);
        }
    }

    private RenditionManifest renderAndStore(String paper, String isoDate, RenderRequest request) {
        LocalDate date = parse(paper, isoDate);
        String paperName = request != null && request.paperName() != null ? request.paperName()
                : registered(paper, "paper_name").name();
        String publisher = request != null && request.publisher() != null ? request.publisher()
                : registered(paper, "publisher").publisher();
        EditionContent content = new EditionContent(paper, paperName, publisher, date, fetchPublished(paper, date),
                articles.frontMatter(paper, date).items());
        List<RenderedFile> files = renderer.render(content);
        String prefix = prefix(paper, isoDate);
        List<RenditionManifest.StoredObject> objects = files.stream()
                .map(f -> new RenditionManifest.StoredObject(prefix + f.path(), f.bytes().length, sha256(f.bytes()),
                        f.contentType()))
                .toList();
        RenditionManifest manifest = new RenditionManifest(paper, date, clock.instant(),
                content.articles().stream().map(a -> new ArticleVersion(a.id(), a.version())).toList(),
                objects);
        synchronized (editionLocks.computeIfAbsent(prefix, k -> new Object())) {
            store(prefix, files, manifest);
        }
        return manifest;
    }

    /**
     * @return the manifest in force
     * @throws ProblemException 400 for a bad paper or date, 404 when the edition was never rendered,
     *                          503 when storage is unavailable
     */
    public RenditionManifest current(String paper, String isoDate) {
        parse(paper, isoDate);
        return readManifest(prefix(paper, isoDate))
                .orElseThrow(() -> ProblemException.notFound("edition " + paper + "/" + isoDate + " has no rendition"));
    }

    /**
     * @return the manifest in force with presigned URLs of the EPUB and the index page
     * @throws ProblemException as {@link #current}
     */
    public RenditionView view(String paper, String isoDate) {
        RenditionManifest manifest = current(paper, isoDate);
        String prefix = prefix(paper, isoDate);
        Duration expiry = storageConfig.presignedUrlExpiry();
        Instant expiresAt = clock.instant().plus(expiry);
        try {
            return RenditionView.of(manifest, new RenditionView.Links(
                    storage.presignedGet(prefix + EpubEditionRenderer.fileName(paper, isoDate), expiry),
                    storage.presignedGet(prefix + "index.html", expiry),
                    expiresAt));
        } catch (StorageException e) {
            throw storageUnavailable(e);
        }
    }

    /**
     * One stored file of the rendition in force.
     *
     * @param path path under the edition folder, e.g. "index.html", "articles/42.html"
     * @return content and its listed media type
     * @throws ProblemException 404 when the path is not listed in the manifest in force, 503 when storage is unavailable
     */
    public StoredFile file(String paper, String isoDate, String path) {
        String key = prefix(paper, isoDate) + path;
        Supplier<ProblemException> missing =
                () -> ProblemException.notFound("no file " + path + " in edition " + paper + "/" + isoDate);
        RenditionManifest.StoredObject listed = current(paper, isoDate).object(key).orElseThrow(missing);
        try {
            byte[] bytes = storage.get(key).orElseThrow(missing);
            return new StoredFile(bytes, listed.contentType(), CONTENT_CACHE);
        } catch (StorageException e) {
            throw storageUnavailable(e);
        }
    }

    /**
     * @param bytes        content
     * @param contentType  media type
     * @param cacheControl Cache-Control value
     */
    public record StoredFile(byte[] bytes, String contentType, String cacheControl) {
    }

    private List<ArticleView> fetchPublished(String paper, LocalDate date) {
        List<UUID> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_LIST_PAGES; page++) {
            ItemPage<ArticleSummary> listing = articles.listPublished(paper, date, cursor);
            if (listing.items() != null) {
                listing.items().forEach(s -> ids.add(s.id()));
            }
            cursor = listing.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        if (ids.isEmpty()) {
            throw ProblemException.notFound("edition " + paper + "/" + date + " has no published article");
        }
        List<ArticleView> result = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            result.add(articles.article(id));
        }
        return result;
    }

    /** Stores {@code files} all or nothing; {@code manifest.objects().get(i)} describes {@code files.get(i)}. */
    private void store(String prefix, List<RenderedFile> files, RenditionManifest manifest) {
        Optional<RenditionManifest> previous = readManifest(prefix);
        Map<String, byte[]> backups = new LinkedHashMap<>();
        List<String> written = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                RenderedFile f = files.get(i);
                RenditionManifest.StoredObject listed = manifest.objects().get(i);
                String key = listed.key();
                Optional<RenditionManifest.StoredObject> old = previous.flatMap(m -> m.object(key));
                if (old.isPresent() && old.get().sha256().equals(listed.sha256())) {
                    continue;
                }
                if (old.isPresent()) {
                    storage.get(key).ifPresent(bytes -> backups.put(key, bytes));
                }
                written.add(key);
                storage.put(key, f.bytes(), f.contentType(), CONTENT_CACHE);
            }
            written.add(prefix + "manifest.json");
            storage.put(prefix + "manifest.json", json.writeValueAsBytes(manifest), JSON, MANIFEST_CACHE);
        } catch (StorageException e) {
            restore(written, backups, previous);
            throw storageUnavailable(e);
        } catch (IOException e) {
            throw new IllegalStateException("manifest not serialisable", e);
        }
        Set<String> current = new HashSet<>();
        manifest.objects().forEach(o -> current.add(o.key()));
        previous.ifPresent(m -> m.objects().stream()
                .map(RenditionManifest.StoredObject::key)
                .filter(k -> !current.contains(k))
                .forEach(this::removeQuietly));
    }

    /** Puts back the previous bytes of every written key, or removes keys that are new. */
    private void restore(List<String> written, Map<String, byte[]> backups,
            Optional<RenditionManifest> previous) {
        for (String key : written) {
            try {
                byte[] old = backups.get(key);
                if (old != null) {
                    String type = previous.flatMap(m -> m.object(key)).map(RenditionManifest.StoredObject::contentType)
                            .orElse(JSON);
                    storage.put(key, old, type, CONTENT_CACHE);
                } else if (!key.endsWith("/manifest.json")) {
                    storage.remove(key);
                }
            } catch (StorageException e) {
                LOG.errorf("could not restore %s after a failed rendition: %s", key, e.getMessage());
            }
        }
    }

    private void removeQuietly(String key) {
        try {
            storage.remove(key);
        } catch (StorageException e) {
            LOG.warnf("could not remove stale object %s: %s", key, e.getMessage());
        }
    }

    private Optional<RenditionManifest> readManifest(String prefix) {
        try {
            Optional<byte[]> bytes = storage.get(prefix + "manifest.json");
            return bytes.isEmpty() ? Optional.empty() : Optional.of(json.readValue(bytes.get(), RenditionManifest.class));
        } catch (StorageException e) {
            throw storageUnavailable(e);
        } catch (IOException e) {
            throw new IllegalStateException("stored manifest unreadable: " + prefix + "manifest.json", e);
        }
    }

    private ProblemException storageUnavailable(StorageException e) {
        metrics.storageFailed();
        LOG.warnf("storage unavailable: %s (%s)", e.getMessage(), e.getCause());
        return ProblemException.unavailable("object storage is unavailable; the rendition in force is unchanged",
                renderConfig.retryAfterSeconds());
    }

    /** The registry's paper, else 400 naming {@code field} (the body member that would have named it). */
    private Paper registered(String paper, String field) {
        return articles.paper(paper).orElseThrow(() -> ProblemException.invalidField(field,
                "required: paper " + paper + " is not in the paper registry"));
    }

    private static LocalDate parse(String paper, String isoDate) {
        try {
            Editions.paper(paper);
            return Editions.date(isoDate);
        } catch (InvalidFieldException e) {
            throw ProblemException.invalidField(e);
        }
    }

    private static String prefix(String paper, String isoDate) {
        return paper + "/" + isoDate + "/";
    }

    /** @return lower-case hex SHA-256 */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
