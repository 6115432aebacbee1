package io.newsroom.render.repository;

import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.newsroom.support.storage.StorageClients;
import io.newsroom.support.storage.StorageConfig;
import io.newsroom.support.storage.StorageException;
import io.newsroom.support.telemetry.Telemetry;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The rendition objects in the S3 / MinIO bucket ({@code storage.bucket}, default "editions"),
 * through the MinIO Java client. Creates the bucket on first write. Every failure is a
 * {@link StorageException}.
 */
@ApplicationScoped
public class RenditionRepository {

    private final StorageConfig config;
    private final MinioClient client;
    private final MinioClient presigner;
    private volatile boolean bucketReady;

    RenditionRepository(StorageConfig config) {
        this.config = config;
        this.client = StorageClients.client(config);
        this.presigner = config.publicEndpoint().map(e -> StorageClients.client(config, e)).orElse(client);
    }

    /** @return the bucket name */
    public String bucket() {
        return config.bucket();
    }

    /**
     * @return true when the bucket exists and answers
     * @throws StorageException when storage is unreachable
     */
    public boolean bucketExists() {
        return StorageClients.bucketExists(client, bucket());
    }

    /**
     * Stores one object, creating the bucket first if needed.
     *
     * @param key          object key
     * @param bytes        content
     * @param contentType  Content-Type to store
     * @param cacheControl Cache-Control to store
     * @throws StorageException on any failure
     */
    @WithSpan("object store put")
    public void put(@SpanAttribute(Telemetry.OBJECT_KEY) String key, byte[] bytes, String contentType,
            String cacheControl) {
        ensureBucket();
        StorageClients.call("put " + key, () -> client.putObject(PutObjectArgs.builder()
                .bucket(bucket())
                .object(key)
                .data(bytes, bytes.length)
                .contentType(contentType)
                .headers(Map.of("Cache-Control", cacheControl))
                .build()));
    }

    /**
     * @param key object key
     * @return its content, or empty when there is no such object (or no bucket yet)
     * @throws StorageException on any other failure
     */
    @WithSpan("object store get")
    public Optional<byte[]> get(@SpanAttribute(Telemetry.OBJECT_KEY) String key) {
        try {
            return Optional.of(StorageClients.call("get " + key, () -> {
                try (GetObjectResponse in = client.getObject(GetObjectArgs.builder().bucket(bucket()).object(key).build())) {
                    return in.readAllBytes();
                }
            }));
        } catch (StorageException e) {
            if (StorageClients.isMissing(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Removes one object; removing a missing object is not an error.
     *
     * @throws StorageException on failure
     */
    @WithSpan("object store remove")
    public void remove(@SpanAttribute(Telemetry.OBJECT_KEY) String key) {
        StorageClients.call("remove " + key, () -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket()).object(key).build());
            return null;
        });
    }

    /**
     * A presigned GET URL, signed locally (no storage call) for {@code storage.public-endpoint}.
     *
     * @param key    object key
     * @param expiry lifetime, 1 s to 7 days
     * @return the URL
     * @throws StorageException if signing fails
     */
    public String presignedGet(String key, Duration expiry) {
        return StorageClients.call("presign " + key, () -> presigner.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                .method(Http.Method.GET)
                .bucket(bucket())
                .object(key)
                .expiry((int) expiry.toSeconds(), TimeUnit.SECONDS)
                .build()));
    }

    private void ensureBucket() {
        if (bucketReady) {
            return;
        }
        StorageClients.ensureBucket(client, bucket());
        bucketReady = true;
    }
}
