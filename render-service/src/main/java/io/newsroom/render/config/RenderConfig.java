package io.newsroom.render.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * Rendering configuration ({@code render.*}): the paper registry that names papers when a render
 * request does not.
 */
@ConfigMapping(prefix = "render")
public interface RenderConfig {

    /** @return papers by code, e.g. {@code render.papers.lcrb.name=聊城日报} */
    Map<String, Paper> papers();

    /** @return seconds a client should wait before retrying after a 503 ({@code Retry-After}) */
    @WithDefault("30")
    int retryAfterSeconds();

    /** One paper of the registry. */
    interface Paper {

        /** @return display name, e.g. "聊城日报" */
        String name();

        /** @return publisher, e.g. "聊城日报社" */
        String publisher();
    }
}
