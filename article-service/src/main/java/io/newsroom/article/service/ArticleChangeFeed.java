package io.newsroom.article.service;

import io.newsroom.article.ArticleEntity;
import io.newsroom.article.api.ArticleChange;
import io.newsroom.article.repository.ArticleChangeRepository;
import io.newsroom.article.repository.ArticleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes the public article change feed (README "Feeds"): every write that changes articles announces them
 * ({@link ArticlesChanged}: publication, unpublication, page upserts, desk edits, withdrawal, exclusion, merges,
 * splits, jump links), and here, in the same transaction, each article — and the story a changed continuation belongs
 * to — gets an {@code UPSERT} when readers see it as an article afterwards, a {@code DELETE} when the feed last told
 * clients to keep it and readers no longer see it. At most one row per article and kind per transaction.
 */
@ApplicationScoped
public class ArticleChangeFeed {

    private final ArticleRepository articles;
    private final ArticleChangeRepository feed;
    private final TransactionSynchronizationRegistry transaction;

    ArticleChangeFeed(ArticleRepository articles, ArticleChangeRepository feed,
            TransactionSynchronizationRegistry transaction) {
        this.articles = articles;
        this.feed = feed;
        this.transaction = transaction;
    }

    void onChange(@Observes ArticlesChanged changed) {
        if (changed.ids().isEmpty()) {
            return;
        }
        Set<UUID> candidates = new TreeSet<>(changed.ids());
        candidates.addAll(articles.storiesContinuedBy(changed.ids()));
        Map<UUID, ArticleEntity> listed = new HashMap<>();
        articles.listedAmong(candidates).forEach(a -> listed.put(a.id, a));
        Map<UUID, ArticleChange> latest = feed.latest(candidates);
        Map<UUID, ArticleChange.Kind> written = TransactionState.of(transaction, ArticleChangeFeed.class,
                HashMap::new);
        Instant now = Instant.now();
        for (UUID id : candidates) {
            ArticleEntity a = listed.get(id);
            ArticleChange last = latest.get(id);
            ArticleChange.Kind before = written.getOrDefault(id, last == null ? null : last.kind());
            if (a != null && written.get(id) != ArticleChange.Kind.UPSERT) {
                feed.append(id, a.paper, a.editionDate, ArticleChange.Kind.UPSERT, now);
                written.put(id, ArticleChange.Kind.UPSERT);
            } else if (a == null && before == ArticleChange.Kind.UPSERT) {
                ArticleEntity gone = articles.findById(id); // null when deleted: its edition is the last row's
                if (gone != null || last != null) {
                    feed.append(id, gone != null ? gone.paper : last.paper(),
                            gone != null ? gone.editionDate : last.date(), ArticleChange.Kind.DELETE, now);
                    written.put(id, ArticleChange.Kind.DELETE);
                }
            }
        }
    }
}
