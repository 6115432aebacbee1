package io.newsroom.edition.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Typed configuration of edition-service (prefix {@code edition}).
 *
 * <p>Object storage has its own mapping, service-support's {@code StorageConfig}, because its {@code storage.*}
 * names are shared with render-service (README "Configuration"). Papers and their page names come from
 * article-service's paper registry.
 */
@ConfigMapping(prefix = "edition")
public interface EditionConfig {

    /**
     * @return how long a paper read from article-service's registry (names, default page names) is used before it
     *         is read again
     */
    @WithDefault("PT1M")
    Duration paperCacheTtl();

    /** @return the body limit of a page upload in bytes (README: 2 MB) */
    @WithDefault("2097152")
    int maxPageBytes();

    /** @return seconds a client should wait before retrying when a dependency is down ({@code Retry-After}) */
    @WithDefault("5")
    int retryAfterSeconds();

    /**
     * @return how long a publication whose rendering timed out keeps watching the manifest in force for the rendition
     *         to land before it answers 503 (README "edition-service", publication)
     */
    @WithDefault("PT30S")
    Duration renderSettle();

    /**
     * @return whether this replica follows article-service's edition change feed and renders corrected published
     *         editions again (README "edition-service", Corrections)
     */
    @WithDefault("true")
    boolean correctionEnabled();

    /** @return how often the edition change feed is read and due renditions are made */
    @WithDefault("PT1S")
    Duration correctionPollInterval();

    /**
     * @return how long after the last change of an edition its rendition is made again, so that a burst of
     *         corrections gives one rendering
     */
    @WithDefault("PT2S")
    Duration correctionDebounce();

    /** @return the longest wait before a failed rendition after corrections is tried again (the backoff doubles) */
    @WithDefault("PT5M")
    Duration correctionMaxBackoff();

    /** @return the review desk's settings (README "The review desk") */
    Desk desk();

    /** Settings of the editors' review desk ({@code edition.desk.*}). */
    interface Desk {

        /** @return hours a desk session (the signed cookie token) lasts */
        @WithDefault("8")
        int sessionHours();

        /** @return name of the session cookie; also {@code mp.jwt.token.cookie} */
        @WithDefault("newsroom_desk")
        String cookieName();

        /** @return whether the cookies get the {@code Secure} attribute (set it behind HTTPS) */
        @WithDefault("false")
        boolean secureCookies();

        /**
         * @return failed sign-ins of one username within {@link #signInWindow()} before each further failure locks
         *         it (README "Desk security")
         */
        @WithDefault("3")
        int signInFreeFailuresPerUser();

        /**
         * @return failed sign-ins from one client address within {@link #signInWindow()} before each further
         *         failure locks it (higher than per user: editors of one office share an address)
         */
        @WithDefault("10")
        int signInFreeFailuresPerAddress();

        /**
         * @return how long after its last failure a username's or address's count of failures starts again (longer
         *         than {@link #signInMaxLock()}, or waiting out one lock would reset the count)
         */
        @WithDefault("PT24H")
        Duration signInWindow();

        /** @return the longest lock after failed sign-ins (the lock doubles from one second up to it) */
        @WithDefault("PT15M")
        Duration signInMaxLock();

        /**
         * @return base URL under which editors' browsers reach render-service's {@code /editions/…} files, e.g.
         *         {@code https://news.example.com}
         */
        @WithDefault("${quarkus.rest-client.render-service.url}")
        String renditionBaseUrl();
    }
}
