package io.newsroom.article.service;

import io.newsroom.article.ArticleEntity;
import io.newsroom.article.JumpLinkEntity;
import io.newsroom.article.mapping.ArticleMapper;
import io.newsroom.article.matching.JumpMatcher;
import io.newsroom.article.model.EditionJumps;
import io.newsroom.article.model.EditionKey;
import io.newsroom.article.repository.ArticleCorrectionRepository;
import io.newsroom.article.repository.ArticleRepository;
import io.newsroom.article.repository.JumpLinkRepository;
import io.newsroom.contract.ArticleStatus;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Flag;
import io.newsroom.contract.ItemType;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The jump links of editions (README "Jumps"): recomputed by {@link JumpMatcher} after every page upsert and desk
 * change, in the same transaction, except what an editor linked or unlinked by hand; the desk's link and unlink;
 * and the reads that stitch a story printed on several pages together.
 */
@ApplicationScoped
@Transactional
public class JumpLinkService {

    private final ArticleRepository articles;
    private final JumpLinkRepository links;
    private final Event<ArticlesChanged> changes;
    private final ArticleCorrectionRepository corrections;

    JumpLinkService(ArticleRepository articles, JumpLinkRepository links, Event<ArticlesChanged> changes,
            ArticleCorrectionRepository corrections) {
        this.articles = articles;
        this.links = links;
        this.changes = changes;
        this.corrections = corrections;
    }

    /**
     * Recomputes the automatic links and the jump flags of an edition. Withdrawn articles take no part; links and
     * decisions an editor made are kept and their jumps and continuations left out of the matching.
     *
     * @param edition paper and date
     */
    public void recompute(EditionKey edition) {
        links.lockEdition(edition);
        articles.flush();
        List<ArticleEntity> all = articles.listEdition(edition, null).stream()
                .filter(a -> a.status != ArticleStatus.WITHDRAWN).toList();
        List<JumpLinkEntity> existing = links.listEdition(edition);
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i).id, i);
        }
        Set<Integer> decidedJumps = new HashSet<>();
        Set<Integer> decidedContinuations = new HashSet<>();
        Set<String> before = new HashSet<>();
        for (JumpLinkEntity l : existing) {
            if (l.manual) {
                if (l.fromId != null && index.containsKey(l.fromId)) {
                    decidedJumps.add(index.get(l.fromId));
                }
                if (l.toId != null && JumpLinkEntity.CONTINUATION.equals(l.kind) && index.containsKey(l.toId)) {
                    decidedContinuations.add(index.get(l.toId));
                }
            } else {
                before.add(l.fromId + ">" + l.toId + ">" + l.kind);
            }
        }
        List<JumpMatcher.Piece> pieces = all.stream().map(JumpLinkService::piece).toList();
        JumpMatcher.Result result = JumpMatcher.match(pieces, decidedJumps, decidedContinuations);

        Set<UUID> touched = new HashSet<>();
        Set<String> after = new HashSet<>();
        List<JumpLinkEntity> made = new ArrayList<>();
        Instant now = Instant.now();
        for (JumpMatcher.Link l : result.links()) {
            JumpLinkEntity row = new JumpLinkEntity();
            row.paper = edition.paper();
            row.editionDate = edition.date();
            row.fromId = all.get(l.from()).id;
            row.toId = all.get(l.to()).id;
            row.kind = l.kind() == JumpMatcher.Kind.CONTINUATION ? JumpLinkEntity.CONTINUATION : JumpLinkEntity.TEASER;
            row.score = l.score();
            row.manual = false;
            row.decidedAt = now;
            made.add(row);
            after.add(row.fromId + ">" + row.toId + ">" + row.kind);
        }
        if (!before.equals(after)) {
            for (JumpLinkEntity l : existing) {
                if (!l.manual) {
                    touched.add(l.fromId);
                    touched.add(l.toId);
                }
            }
            made.forEach(r -> {
                touched.add(r.fromId);
                touched.add(r.toId);
            });
            links.deleteAutomatic(edition);
            made.forEach(links::persist);
        }
        Map<UUID, List<Flag>> oldFlags = links.flags(edition);
        Map<UUID, Flag> newFlags = new HashMap<>();
        result.flags().forEach((i, flag) -> newFlags.put(all.get(i).id, flag));
        Set<UUID> flagged = new HashSet<>(oldFlags.keySet());
        flagged.addAll(newFlags.keySet());
        for (UUID id : flagged) {
            List<Flag> current = newFlags.containsKey(id) ? List.of(newFlags.get(id)) : List.of();
            if (!Objects.equals(oldFlags.getOrDefault(id, List.of()), current)) {
                touched.add(id);
            }
        }
        links.replaceFlags(articles.listEdition(edition, null).stream().map(a -> a.id).toList(), newFlags);
        links.flush();
        touched.remove(null);
        if (!touched.isEmpty()) {
            changes.fire(ArticlesChanged.of(touched));
        }
    }

    /**
     * An editor links an article that jumps to its continuation, or a teaser to its story; replaces whatever the
     * article was linked to. The decision is kept by later page upserts.
     *
     * @param id             the article or teaser that jumps
     * @param continuationId the article on a later page of the same edition
     * @param editor         {@code upn} of the editor
     * @return the desk view of the article
     * @throws ProblemException 404 unknown {@code id}; 400 (field {@code continuation_id}) unknown, the same
     *                          article, another edition, not a later page, not an article; 409 when the article is
     *                          withdrawn or of a type that does not jump, or the continuation already continues
     *                          another article
     */
    public ArticleView link(UUID id, UUID continuationId, String editor) {
        ArticleEntity from = articles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No article "
                + id));
        EditionKey edition = new EditionKey(from.paper, from.editionDate);
        links.lockEdition(edition);
        ArticleEntity to = articles.findByIdOptional(continuationId).orElseThrow(() -> ProblemException
                .invalidField("continuation_id", "no article " + continuationId));
        if (to.id.equals(from.id)) {
            throw ProblemException.invalidField("continuation_id", "must be another article");
        }
        if (!to.paper.equals(from.paper) || !to.editionDate.equals(from.editionDate)) {
            throw ProblemException.invalidField("continuation_id", "is not in the same edition");
        }
        if (to.pageNumber <= from.pageNumber) {
            throw ProblemException.invalidField("continuation_id", "is on page " + to.pageNumber
                    + ", not on a later page than the article (page " + from.pageNumber + ")");
        }
        if (!ItemType.ARTICLE.code().equals(to.type)) {
            throw ProblemException.invalidField("continuation_id", "is a " + to.type + ", not an article");
        }
        if (from.status == ArticleStatus.WITHDRAWN || to.status == ArticleStatus.WITHDRAWN) {
            throw ProblemException.conflict("a withdrawn article cannot be linked");
        }
        String kind = switch (ItemType.fromCode(from.type)) {
            case ARTICLE -> JumpLinkEntity.CONTINUATION;
            case TEASER -> JumpLinkEntity.TEASER;
            default -> throw ProblemException.conflict("a " + from.type + " does not jump; only articles and teasers do");
        };
        List<JumpLinkEntity> existing = links.listEdition(edition);
        for (JumpLinkEntity l : existing) {
            if (JumpLinkEntity.CONTINUATION.equals(kind) && JumpLinkEntity.CONTINUATION.equals(l.kind)
                    && to.id.equals(l.toId) && l.fromId != null && !l.fromId.equals(from.id)) {
                throw ProblemException.conflict("article " + to.id + " already continues article " + l.fromId
                        + "; unlink that one first");
            }
        }
        Set<UUID> touched = new HashSet<>(List.of(from.id, to.id));
        for (JumpLinkEntity l : existing) {
            boolean mine = from.id.equals(l.fromId);
            boolean undecidedTarget = l.fromId == null && to.id.equals(l.toId);
            if (mine || undecidedTarget) {
                if (l.toId != null) {
                    touched.add(l.toId);
                }
                links.delete(l);
            }
        }
        links.flush();
        JumpLinkEntity row = new JumpLinkEntity();
        row.paper = from.paper;
        row.editionDate = from.editionDate;
        row.fromId = from.id;
        row.toId = to.id;
        row.kind = kind;
        row.manual = true;
        row.decidedBy = editor;
        row.decidedAt = Instant.now();
        links.persist(row);
        recompute(edition);
        changes.fire(ArticlesChanged.of(touched));
        return view(from);
    }

    /**
     * An editor removes a link: for an article that jumps, its jump is declared to have no partner; for a
     * continuation, the jump of the article it continues; for an article that prints "（上接第N版）" and is linked
     * to nothing, that it continues nothing (which clears its {@code JUMP_UNMATCHED}). Kept by later page upserts.
     *
     * @param id     the article
     * @param editor {@code upn} of the editor
     * @return the desk view of the article
     * @throws ProblemException 404 unknown; 409 when the article neither jumps nor continues anything
     */
    public ArticleView unlink(UUID id, String editor) {
        ArticleEntity a = articles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No article "
                + id));
        EditionKey edition = new EditionKey(a.paper, a.editionDate);
        links.lockEdition(edition);
        List<JumpLinkEntity> existing = links.listEdition(edition);
        JumpLinkEntity out = existing.stream().filter(l -> a.id.equals(l.fromId)).findFirst().orElse(null);
        JumpLinkEntity in = existing.stream().filter(l -> a.id.equals(l.toId) && l.fromId != null
                && JumpLinkEntity.CONTINUATION.equals(l.kind)).findFirst().orElse(null);
        UUID from;
        UUID to = null;
        String kind;
        if (out != null || a.continuesOnPage != null) {
            from = a.id;
            kind = out != null ? out.kind : ItemType.TEASER.code().equals(a.type) ? JumpLinkEntity.TEASER
                    : JumpLinkEntity.CONTINUATION;
        } else if (in != null) {
            from = in.fromId;
            kind = JumpLinkEntity.CONTINUATION;
        } else if (a.continuedFromPage != null) {
            from = null;
            to = a.id;
            kind = JumpLinkEntity.CONTINUATION;
        } else {
            throw ProblemException.conflict("article " + a.id + " neither jumps nor continues another article");
        }
        Set<UUID> touched = new HashSet<>();
        touched.add(a.id);
        for (JumpLinkEntity l : existing) {
            boolean replaced = from != null ? from.equals(l.fromId) : l.fromId == null && a.id.equals(l.toId);
            if (replaced) {
                touched.add(l.fromId);
                touched.add(l.toId);
                links.delete(l);
            }
        }
        links.flush();
        JumpLinkEntity row = new JumpLinkEntity();
        row.paper = a.paper;
        row.editionDate = a.editionDate;
        row.fromId = from;
        row.toId = to;
        row.kind = kind;
        row.manual = true;
        row.decidedBy = editor;
        row.decidedAt = Instant.now();
        links.persist(row);
        recompute(edition);
        touched.remove(null);
        changes.fire(ArticlesChanged.of(touched));
        return view(a);
    }

    /**
     * @param a an article
     * @return the desk view: its own paragraphs, its links, the story's pages and parts, its jump flags
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleView view(ArticleEntity a) {
        return ArticleMapper.toView(a, corrections.corrections(a.id), true, jumps(a, false), null);
    }

    /**
     * @param a         an article
     * @param published {@code true} for the public API: the story's other parts only when published and not
     *                  excluded
     * @return what the edition's links make of the article
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionJumps.Jumps jumps(ArticleEntity a, boolean published) {
        EditionJumps edition = edition(new EditionKey(a.paper, a.editionDate));
        return edition.of(a, id -> articles.findByIdOptional(id)
                .filter(x -> !published || x.status == ArticleStatus.PUBLISHED && !x.excluded).orElse(null));
    }

    /**
     * @param edition paper and date
     * @return the edition's links and jump flags
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionJumps edition(EditionKey edition) {
        return new EditionJumps(links.listEdition(edition), links.flags(edition));
    }

    private static JumpMatcher.Piece piece(ArticleEntity a) {
        return JumpMatcher.piece(a.pageNumber, ItemType.fromCode(a.type), a.continuesOnPage, a.continuedFromPage,
                a.kicker, a.headline, a.subheadline, a.dateline, a.paragraphs);
    }
}
