package io.newsroom.render.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Rendering configuration ({@code render.*}). Papers come from article-service's paper registry. */
@ConfigMapping(prefix = "render")
public interface RenderConfig {

    /** @return seconds a client should wait before retrying after a 503 ({@code Retry-After}) */
    @WithDefault("30")
    int retryAfterSeconds();

    /** @return how long a paper read from article-service's registry is used before it is read again */
    @WithDefault("PT1M")
    Duration paperCacheTtl();
}
