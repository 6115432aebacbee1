package io.newsroom.edition.service;

import io.newsroom.contract.ArticleStatus;
import io.newsroom.contract.ArticleVersion;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Flag;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.Paper;
import io.newsroom.contract.RenditionManifest;
import io.newsroom.edition.client.DeskArticleClient;
import io.newsroom.edition.client.RemoteRejectedException;
import io.newsroom.edition.entity.EditionEntity;
import io.newsroom.edition.entity.PageEntity;
import io.newsroom.edition.entity.PublicationEntity;
import io.newsroom.edition.repository.EditionRepository;
import io.newsroom.edition.repository.PageReviewViewRepository;
import io.newsroom.support.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Computes the {@link PublicationCheck} of an edition from edition-service's store (pages, review views,
 * publications and their manifests), the paper registry (named pages) and article-service (the articles and their
 * open flags, read with the editor's token).
 */
@ApplicationScoped
public class PublicationCheckService {

    private static final Logger LOG = Logger.getLogger(PublicationCheckService.class);

    @Inject
    EditionService editionService;

    @Inject
    EditionRepository editions;

    @Inject
    PageReviewViewRepository views;

    @Inject
    DeskArticleClient articles;

    @Inject
    ObjectMapper json;

    /** A received page as the check needs it, read in one transaction. */
    private record Received(int number, String name, Instant firstReceivedAt, Instant receivedAt) {
    }

    /** The edition's stored side, read in one transaction. */
    private record Stored(List<Received> pages, Map<Integer, Instant> views, PublicationEntity last, String manifest) {
    }

    /**
     * @param paper         paper code
     * @param date          edition date
     * @param authorization the editor's {@code Authorization} header value (article-service's listing)
     * @return the check
     * @throws ProblemException 404 for an unknown paper or an edition without pages
     */
    public PublicationCheck check(String paper, LocalDate date, String authorization) {
        Paper registered = editionService.paper(paper);
        Stored stored = QuarkusTransaction.requiringNew().call(() -> {
            EditionEntity edition = editions.find(paper, date).orElseThrow(() -> ProblemException.notFound(
                    "no page of " + paper + " " + date + " was received"));
            List<Received> pages = edition.pages.stream().map(p -> new Received(p.number, p.pageName,
                    p.firstReceivedAt == null ? p.receivedAt : p.firstReceivedAt, p.receivedAt)).toList();
            PublicationEntity last = edition.publications.isEmpty() ? null
                    : edition.publications.get(edition.publications.size() - 1);
            return new Stored(pages, views.lastViews(paper, date), last, last == null ? null : last.manifest);
        });
        List<ArticleView> listed = listing(paper, date, authorization);
        Map<Integer, String> names = new HashMap<>();
        stored.pages.forEach(p -> names.put(p.number, p.name));

        List<PublicationCheck.PageRef> unreviewed = new ArrayList<>();
        for (Received p : stored.pages) {
            Instant viewed = stored.views.get(p.number);
            if (viewed == null || viewed.isBefore(p.receivedAt)) {
                unreviewed.add(new PublicationCheck.PageRef(p.number, p.name));
            }
        }

        Set<Integer> missing = new TreeSet<>(registered.pageNames().keySet());
        int highest = stored.pages.stream().mapToInt(Received::number).max().orElse(0);
        for (int n = 1; n < highest; n++) {
            missing.add(n);
        }
        missing.removeAll(names.keySet());

        Instant lastAt = stored.last == null ? null : stored.last.publishedAt;
        List<PublicationCheck.PageRef> added = new ArrayList<>();
        List<PublicationCheck.PageRef> replaced = new ArrayList<>();
        for (Received p : stored.pages) {
            if (lastAt == null || p.firstReceivedAt.isAfter(lastAt)) {
                added.add(new PublicationCheck.PageRef(p.number, p.name));
            } else if (p.receivedAt.isAfter(lastAt)) {
                replaced.add(new PublicationCheck.PageRef(p.number, p.name));
            }
        }

        List<PublicationCheck.PageFlags> flags = listed == null ? null : openFlags(listed, names);
        List<PublicationCheck.ArticleRef> articlesAdded = new ArrayList<>();
        List<PublicationCheck.ArticleRef> articlesChanged = new ArrayList<>();
        List<PublicationCheck.ArticleRef> articlesRemoved = new ArrayList<>();
        if (stored.last != null && listed != null) {
            Map<UUID, Long> rendered = new HashMap<>();
            for (ArticleVersion v : manifest(stored.manifest)) {
                rendered.put(v.id(), v.version());
            }
            Map<UUID, ArticleView> byId = new HashMap<>();
            listed.forEach(a -> byId.put(a.id(), a));
            for (ArticleView a : listed) {
                if (!readable(a)) {
                    continue;
                }
                Long version = rendered.get(a.id());
                if (version == null) {
                    articlesAdded.add(ref(a));
                } else if (version != a.version()) {
                    articlesChanged.add(ref(a));
                }
            }
            rendered.keySet().stream().filter(id -> byId.get(id) == null || !readable(byId.get(id))).sorted()
                    .forEach(id -> articlesRemoved.add(byId.get(id) == null
                            ? new PublicationCheck.ArticleRef(id, 0, null, null) : ref(byId.get(id))));
        }
        return new PublicationCheck(flags, unreviewed, List.copyOf(missing), lastAt, added, replaced, articlesAdded,
                articlesChanged, articlesRemoved);
    }

    /** The edition's articles, or {@code null} when article-service is down or refuses the read. */
    private List<ArticleView> listing(String paper, LocalDate date, String authorization) {
        try {
            return articles.list(paper, date, null, authorization);
        } catch (ProblemException unavailable) {
            if (unavailable.status() != 503) {
                throw unavailable;
            }
            LOG.warnf("articles of %s %s unavailable for the publish check: %s", paper, date, unavailable.getMessage());
            return null;
        } catch (RemoteRejectedException refused) {
            LOG.warnf("articles of %s %s refused for the publish check: %s", paper, date, refused.getMessage());
            return null;
        }
    }

    private static List<PublicationCheck.PageFlags> openFlags(List<ArticleView> listed, Map<Integer, String> names) {
        Map<Integer, Integer> counts = new TreeMap<>();
        Map<Integer, Set<Flag>> kinds = new HashMap<>();
        for (ArticleView a : listed) {
            if (a.status() == ArticleStatus.WITHDRAWN || a.editorial() == null || a.editorial().flags().isEmpty()) {
                continue;
            }
            counts.merge(a.page(), a.editorial().flags().size(), Integer::sum);
            kinds.computeIfAbsent(a.page(), p -> EnumSet.noneOf(Flag.class)).addAll(a.editorial().flags());
        }
        List<PublicationCheck.PageFlags> pages = new ArrayList<>();
        counts.forEach((page, count) -> pages.add(new PublicationCheck.PageFlags(page,
                names.getOrDefault(page, "第" + page + "版"), count, List.copyOf(kinds.get(page)))));
        return pages;
    }

    /**
     * Whether readers get the item as an article after a publication: not withdrawn, not excluded by an editor, and
     * not front matter (今日导读 boxes and staff lines are rendered apart, never as articles).
     */
    private static boolean readable(ArticleView a) {
        return a.status() != ArticleStatus.WITHDRAWN && a.type() != ItemType.INDEX && a.type() != ItemType.STAFF
                && (a.editorial() == null || !a.editorial().excluded());
    }

    private static PublicationCheck.ArticleRef ref(ArticleView a) {
        return new PublicationCheck.ArticleRef(a.id(), a.page(), a.headline(), a.type());
    }

    private List<ArticleVersion> manifest(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            RenditionManifest manifest = json.readValue(stored, RenditionManifest.class);
            return manifest.articles() == null ? List.of() : manifest.articles();
        } catch (JsonProcessingException unreadable) {
            LOG.warnf("the last publication's manifest is unreadable: %s", unreadable.getMessage());
            return List.of();
        }
    }
}
