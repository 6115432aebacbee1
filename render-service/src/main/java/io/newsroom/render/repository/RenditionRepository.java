package io.newsroom.render.repository;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.newsroom.render.config.StorageConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

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
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.requestTimeout())
                .writeTimeout(config.requestTimeout())
                .build();
        this.client = client(config.endpoint(), http);
        this.presigner = config.publicEndpoint().map(e -> client(e, http)).orElse(client);
    }

    private MinioClient client(String endpoint, OkHttpClient http) {
        return MinioClient.builder()
                .endpoint(endpoint)
                .region(config.region())
                .credentials(config.accessKey(), config.secretKey())
                .httpClient(http)
                .build();
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
        return call("bucket-exists " + bucket(),
                () -> client.bucketExists(BucketExistsArgs.builder().bucket(bucket()).build()));
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
    public void put(String key, byte[] bytes, String contentType, String cacheControl) {
        ensureBucket();
        call("put " + key, () -> client.putObject(PutObjectArgs.builder()
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
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(call("get " + key, () -> {
                try (GetObjectResponse in = client.getObject(GetObjectArgs.builder().bucket(bucket()).object(key).build())) {
                    return in.readAllBytes();
                }
            }));
        } catch (StorageException e) {
            if (isMissing(e)) {
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
    public void remove(String key) {
        call("remove " + key, () -> {
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
        return call("presign " + key, () -> presigner.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
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
        if (!bucketExists()) {
            call("make-bucket " + bucket(), () -> {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket()).build());
                return null;
            });
        }
        bucketReady = true;
    }

    /** One storage operation of the MinIO client. */
    @FunctionalInterface
    private interface StorageCall<T> {
        T run() throws MinioException, IOException;
    }

    /**
     * Runs a client call; its checked exceptions, and the unchecked ones the client uses to wrap
     * network failures (an {@link IOException} in the cause chain), become {@link StorageException}.
     */
    private static <T> T call(String operation, StorageCall<T> call) {
        try {
            return call.run();
        } catch (MinioException | IOException e) {
            throw new StorageException(operation, e);
        } catch (RuntimeException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof IOException) {
                    throw new StorageException(operation, e);
                }
            }
            throw e;
        }
    }

    private static boolean isMissing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ErrorResponseException r) {
                String code = r.errorResponse().code();
                return "NoSuchKey".equals(code) || "NoSuchBucket".equals(code);
            }
        }
        return false;
    }
}
