package io.newsroom.support.storage;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import java.io.IOException;
import okhttp3.OkHttpClient;

/**
 * Builds the MinIO clients of the services from the one {@link StorageConfig}: every client has the configured
 * connect and read/write timeouts, so a storage server that stops answering fails a call instead of hanging it;
 * {@link #call} runs one client call and turns storage failures (and only those) into {@link StorageException}.
 */
public final class StorageClients {

    private StorageClients() {
    }

    /**
     * @param config the storage configuration
     * @return a client of {@link StorageConfig#endpoint()}
     */
    public static MinioClient client(StorageConfig config) {
        return client(config, config.endpoint());
    }

    /**
     * @param config   the storage configuration (credentials, region, timeouts)
     * @param endpoint the endpoint to talk to or sign for, e.g. {@link StorageConfig#publicEndpoint()}
     * @return a client of {@code endpoint}
     */
    public static MinioClient client(StorageConfig config, String endpoint) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.requestTimeout())
                .writeTimeout(config.requestTimeout())
                .build();
        return MinioClient.builder()
                .endpoint(endpoint)
                .region(config.region())
                .credentials(config.accessKey(), config.secretKey())
                .httpClient(http)
                .build();
    }

    /** One call of the MinIO client. */
    @FunctionalInterface
    public interface StorageCall<T> {
        /**
         * @return the call's result
         * @throws MinioException when storage refuses the call or answers something unreadable
         * @throws IOException    when storage cannot be reached
         */
        T run() throws MinioException, IOException;
    }

    /**
     * Runs a client call. Its checked exceptions, and the unchecked ones the client wraps network failures in (an
     * {@link IOException} in the cause chain), become {@link StorageException}; any other exception is a bug and
     * propagates unchanged.
     *
     * @param operation what is attempted, e.g. {@code put lcrb/2025-03-26/index.html}
     * @param call      the client call
     * @param <T>       its result type
     * @return its result
     * @throws StorageException when storage is unreachable or refuses the call
     */
    public static <T> T call(String operation, StorageCall<T> call) {
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

    /**
     * @param client a client
     * @param bucket a bucket name
     * @return whether the bucket exists
     * @throws StorageException when storage is unreachable
     */
    public static boolean bucketExists(MinioClient client, String bucket) {
        return call("bucket-exists " + bucket, () -> client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()));
    }

    /**
     * Creates the bucket unless it exists; another service creating it at the same moment is no failure.
     *
     * @param client a client
     * @param bucket a bucket name
     * @throws StorageException when storage is unreachable or refuses
     */
    public static void ensureBucket(MinioClient client, String bucket) {
        if (bucketExists(client, bucket)) {
            return;
        }
        try {
            call("make-bucket " + bucket, () -> {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                return null;
            });
        } catch (StorageException e) {
            if (!isBucketTaken(e)) {
                throw e;
            }
        }
    }

    /**
     * @param e a storage failure
     * @return {@code true} when storage answered that the object or the bucket does not exist
     */
    public static boolean isMissing(StorageException e) {
        return errorCode(e).map(code -> "NoSuchKey".equals(code) || "NoSuchBucket".equals(code)).orElse(false);
    }

    /**
     * @param e a storage failure
     * @return {@code true} when storage answered that the bucket exists already (another service made it)
     */
    static boolean isBucketTaken(StorageException e) {
        return errorCode(e).map(code -> "BucketAlreadyOwnedByYou".equals(code) || "BucketAlreadyExists".equals(code))
                .orElse(false);
    }

    private static java.util.Optional<String> errorCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ErrorResponseException r && r.errorResponse() != null) {
                return java.util.Optional.ofNullable(r.errorResponse().code());
            }
        }
        return java.util.Optional.empty();
    }
}
