package io.newsroom.edition.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * S3 / MinIO settings (prefix {@code storage}, the same names as render-service's; README "Configuration":
 * {@code STORAGE_ENDPOINT}, {@code STORAGE_ACCESS_KEY}, {@code STORAGE_SECRET_KEY}, {@code STORAGE_BUCKET}).
 */
@ConfigMapping(prefix = "storage")
public interface StorageConfig {

    /** @return the S3 endpoint URL, e.g. {@code http://minio:9000} */
    String endpoint();

    /** @return the access key */
    String accessKey();

    /** @return the secret key */
    String secretKey();

    /** @return the bucket holding raw pages and renditions */
    @WithDefault("editions")
    String bucket();

    /** @return the region sent in signatures */
    @WithDefault("us-east-1")
    String region();
}
