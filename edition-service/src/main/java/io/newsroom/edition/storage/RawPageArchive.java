package io.newsroom.edition.storage;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.newsroom.edition.config.EditionConfig;
import io.newsroom.edition.telemetry.EditionMetrics;
import io.newsroom.support.problem.ProblemException;
import io.newsroom.support.storage.StorageClients;
import io.newsroom.support.storage.StorageConfig;
import io.newsroom.support.storage.StorageException;
import io.newsroom.support.telemetry.Telemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Archives the text of every received page in object storage at {@code raw/{paper}/{date}/page-{NN}.txt}
 * (UTF-8, {@code text/plain; charset=utf-8}) in the configured bucket ({@code editions}), creating the bucket
 * on first use. Writing the same page again overwrites the object, so a retried upload converges.
 */
@ApplicationScoped
public class RawPageArchive {

    private static final Logger LOG = Logger.getLogger(RawPageArchive.class);

    private final MinioClient client;
    private final String bucket;
    private final int retryAfterSeconds;
    private volatile boolean bucketKnown;

    @Inject
    Instance<EditionMetrics> metrics;

    /**
     * @param storage endpoint, keys, bucket and region
     * @param config  the {@code Retry-After} value for storage failures
     */
    @Inject
    public RawPageArchive(StorageConfig storage, EditionConfig config) {
        this.client = StorageClients.client(storage);
        this.bucket = storage.bucket();
        this.retryAfterSeconds = config.retryAfterSeconds();
    }

    /**
     * @param paper  paper code, e.g. {@code lcrb}
     * @param date   edition date
     * @param number page number, 1..99
     * @return the object key, e.g. {@code raw/lcrb/2025-03-26/page-01.txt}
     */
    public static String key(String paper, LocalDate date, int number) {
        return String.format(Locale.ROOT, "raw/%s/%s/page-%02d.txt", paper, date, number);
    }

    /** @return the bucket's name */
    public String bucket() {
        return bucket;
    }

    /**
     * Stores (or overwrites) a page's text.
     *
     * @param paper  paper code
     * @param date   edition date
     * @param number page number
     * @param text   the decoded page text; stored as UTF-8
     * @throws ProblemException 503 with {@code Retry-After} when storage is unreachable or refuses the write
     */
    @WithSpan("object store put")
    public void store(String paper, LocalDate date, int number, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String key = key(paper, date, number);
        Span.current().setAttribute(Telemetry.OBJECT_KEY, key);
        try {
            if (!bucketKnown) {
                StorageClients.ensureBucket(client, bucket);
                bucketKnown = true;
            }
            StorageClients.call("put " + key, () -> client.putObject(PutObjectArgs.builder()
                    .bucket(bucket)
                    .object(key)
                    .data(bytes, bytes.length)
                    .contentType("text/plain; charset=utf-8")
                    .build()));
        } catch (StorageException e) {
            LOG.warnf("could not archive %s in bucket %s: %s", key, bucket, e.getCause());
            metrics.get().storageFailed();
            throw ProblemException.unavailable("object storage is unavailable; the page was not stored. Retry later.",
                    retryAfterSeconds);
        }
    }

    /**
     * Compensates an archived text whose upload failed afterwards (README "edition-service", step 6): puts back the
     * text the stored page had, or removes the object when no page was stored. Best effort, never throws: when storage
     * fails here too, the log names the object, and the next successful upload of the page overwrites it.
     *
     * @param paper        paper code
     * @param date         edition date
     * @param number       page number
     * @param previousText the stored page's text, or {@code null} when the page was not stored before
     */
    public void restore(String paper, LocalDate date, int number, String previousText) {
        String key = key(paper, date, number);
        try {
            if (previousText != null) {
                byte[] bytes = previousText.getBytes(StandardCharsets.UTF_8);
                StorageClients.call("put " + key, () -> client.putObject(PutObjectArgs.builder()
                        .bucket(bucket).object(key).data(bytes, bytes.length)
                        .contentType("text/plain; charset=utf-8").build()));
            } else {
                StorageClients.call("remove " + key, () -> {
                    client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
                    return null;
                });
            }
        } catch (RuntimeException e) { // StorageException, or whatever else: the upload fails anyway
            LOG.warnf("the upload of %s failed and its archived text could not be %s (%s); if the failed upload had"
                    + " written it, the object differs from the stored page until the page is uploaded again", key,
                    previousText != null ? "put back" : "removed", e);
        }
    }

    /**
     * @return {@code true} when the bucket exists
     * @throws StorageException when storage cannot be asked
     */
    public boolean bucketExists() {
        return StorageClients.bucketExists(client, bucket);
    }
}
