package io.newsroom.edition.service;

import io.newsroom.contract.Flag;
import io.newsroom.contract.ItemType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an editor should know before publishing an edition (issue 15 item 6; README "Publishing safely and
 * history"): open flags, pages never opened in review, pages missing, and what changed since the last publication.
 *
 * @param openFlags       per page with open flags, in page order; {@code null} when article-service could not say
 *                        (then publishing needs the same explicit "仍然发布" as with open flags)
 * @param unreviewed      received pages no editor opened in review since their current text arrived, in page order
 * @param missing         page numbers not received: the paper registry's named pages and the gaps below the highest
 *                        page received, ascending
 * @param lastPublishedAt the last publication's time (an editor's or a correction's), or {@code null} before the first
 * @param pagesAdded      pages first received after the last publication (every page before the first publication)
 * @param pagesReplaced   pages received before the last publication whose text was replaced after it
 * @param articlesAdded   articles readers will see that the last publication did not have
 * @param articlesChanged articles whose version differs from the one the last publication rendered
 * @param articlesRemoved articles the last publication rendered that readers will no longer see (withdrawn,
 *                        excluded or gone)
 */
public record PublicationCheck(List<PageFlags> openFlags, List<PageRef> unreviewed, List<Integer> missing,
        Instant lastPublishedAt, List<PageRef> pagesAdded, List<PageRef> pagesReplaced, List<ArticleRef> articlesAdded,
        List<ArticleRef> articlesChanged, List<ArticleRef> articlesRemoved) {

    /**
     * @param number   page number
     * @param pageName page name
     */
    public record PageRef(int number, String pageName) {
    }

    /**
     * @param number   page number
     * @param pageName page name
     * @param count    open flags on the page
     * @param kinds    the kinds of flag open on it, in {@link Flag} order, each once
     */
    public record PageFlags(int number, String pageName, int count, List<Flag> kinds) {
    }

    /**
     * @param id       article id, or of a removed article the id only ({@code page} 0, no headline)
     * @param page     page number
     * @param headline headline, or {@code null}
     * @param type     item type, or {@code null} when unknown
     */
    public record ArticleRef(UUID id, int page, String headline, ItemType type) {
    }

    /** @return the number of open flags (0 when unknown) */
    public int openFlagCount() {
        return openFlags == null ? 0 : openFlags.stream().mapToInt(PageFlags::count).sum();
    }

    /** @return whether publishing needs the explicit "仍然发布": flags are open, or nobody could tell */
    public boolean needsOverride() {
        return openFlags == null || openFlagCount() > 0;
    }

    /** @return whether the edition was published before */
    public boolean published() {
        return lastPublishedAt != null;
    }
}
