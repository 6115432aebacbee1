package io.newsroom.render.health;

import io.newsroom.render.repository.RenditionRepository;
import io.newsroom.support.storage.StorageException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: the rendition bucket answers. Up when storage is reachable (the bucket may not
 * exist yet: the first rendition creates it); down with the reason otherwise.
 */
@Readiness
public class StorageReadinessCheck implements HealthCheck {

    private final RenditionRepository storage;

    StorageReadinessCheck(RenditionRepository storage) {
        this.storage = storage;
    }

    /** @return up with {@code bucket} and {@code bucket_exists}, or down with {@code error} */
    @Override
    public HealthCheckResponse call() {
        try {
            boolean exists = storage.bucketExists();
            return HealthCheckResponse.named("object-storage").up()
                    .withData("bucket", storage.bucket())
                    .withData("bucket_exists", exists)
                    .build();
        } catch (StorageException e) {
            return HealthCheckResponse.named("object-storage").down()
                    .withData("bucket", storage.bucket())
                    .withData("error", e.getMessage())
                    .build();
        }
    }
}
