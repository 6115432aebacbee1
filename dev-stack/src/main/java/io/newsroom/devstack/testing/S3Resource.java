package io.newsroom.devstack.testing;

import io.newsroom.devstack.S3ProxyServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a service's {@code storage.*} configuration at the test JVM's {@link S3ProxyServer}.
 */
public class S3Resource implements QuarkusTestResourceLifecycleManager {

    /** @return {@code storage.endpoint}, {@code storage.access-key} and {@code storage.secret-key} */
    @Override
    public Map<String, String> start() {
        S3ProxyServer s3 = S3ProxyServer.shared();
        return Map.of(
                "storage.endpoint", s3.endpoint(),
                "storage.access-key", S3ProxyServer.ACCESS_KEY,
                "storage.secret-key", S3ProxyServer.SECRET_KEY);
    }

    /** The server stays up for the other test classes of this JVM. */
    @Override
    public void stop() {
    }
}
