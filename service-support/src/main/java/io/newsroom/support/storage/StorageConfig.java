package io.newsroom.support.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Object storage (S3 / MinIO) configuration of every service that uses it ({@code storage.*}, env
 * {@code STORAGE_*}; README "Configuration"). Clients are built by {@link StorageClients}, with these timeouts.
 */
@ConfigMapping(prefix = "storage")
public interface StorageConfig {

    /** @return S3 endpoint the service talks to, e.g. {@code http://minio:9000} */
    @WithDefault("http://127.0.0.1:9000")
    String endpoint();

    /** @return access key */
    String accessKey();

    /** @return secret key */
    String secretKey();

    /** @return bucket of raw pages and renditions, created if missing */
    @WithDefault("editions")
    String bucket();

    /** @return region used for signing (no region lookup round trip) */
    @WithDefault("us-east-1")
    String region();

    /** @return endpoint browsers reach, used in presigned URLs; defaults to {@link #endpoint()} */
    Optional<String> publicEndpoint();

    /** @return lifetime of presigned URLs, at most 7 days (S3 limit) */
    @WithDefault("PT1H")
    Duration presignedUrlExpiry();

    /** @return connect timeout of storage calls */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /** @return read/write timeout of storage calls */
    @WithDefault("PT20S")
    Duration requestTimeout();
}
