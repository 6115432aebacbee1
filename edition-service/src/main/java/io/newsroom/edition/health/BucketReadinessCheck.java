package io.newsroom.edition.health;

import io.newsroom.edition.storage.RawPageArchive;
import io.newsroom.support.storage.StorageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of object storage: UP when the storage endpoint answers and the bucket can be used (it exists, or
 * it does not exist yet and will be created by the first page upload); DOWN when storage cannot be reached.
 */
@Readiness
@ApplicationScoped
public class BucketReadinessCheck implements HealthCheck {

    @Inject
    RawPageArchive archive;

    /** @return {@code bucket} status with data {@code bucket} (name) and {@code exists}, or {@code error} */
    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("bucket").withData("bucket", archive.bucket());
        try {
            return response.withData("exists", archive.bucketExists()).up().build();
        } catch (StorageException e) {
            return response.withData("error", e.getMessage()).down().build();
        }
    }
}
