package io.newsroom.article.model;

import io.newsroom.article.ArticleEntity;
import io.newsroom.article.JumpLinkEntity;
import io.newsroom.contract.Flag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The jump links and jump flags of one edition, read once, and what they make of each article ({@link #of}).
 */
public final class EditionJumps {

    /** No links, no flags. */
    public static final EditionJumps NONE = new EditionJumps(List.of(), Map.of());

    private final Map<UUID, JumpLinkEntity> byFrom = new HashMap<>();
    private final Map<UUID, UUID> headOf = new HashMap<>();
    private final Map<UUID, List<Flag>> flags;

    /**
     * @param links the edition's links and editors' decisions
     * @param flags article id → jump flags
     */
    public EditionJumps(List<JumpLinkEntity> links, Map<UUID, List<Flag>> flags) {
        for (JumpLinkEntity l : links) {
            if (l.fromId != null && l.toId != null) {
                byFrom.put(l.fromId, l);
                if (JumpLinkEntity.CONTINUATION.equals(l.kind)) {
                    headOf.put(l.toId, l.fromId);
                }
            }
        }
        this.flags = flags;
    }

    /**
     * What the links make of one article.
     *
     * @param jumpTargetId    the article its jump leads to, or {@code null}
     * @param continuedFromId the article it continues, or {@code null}
     * @param story           the story it belongs to, page by page: the first article of the story first (itself
     *                        alone when it has no continuation and continues nothing)
     * @param flags           its jump flags
     */
    public record Jumps(UUID jumpTargetId, UUID continuedFromId, List<ArticleEntity> story, List<Flag> flags) {

        /**
         * @param a an article
         * @return no links, no flags
         */
        public static Jumps alone(ArticleEntity a) {
            return new Jumps(null, null, List.of(a), List.of());
        }

        /** @return whether the story is printed on more than one page */
        public boolean stitched() {
            return story.size() > 1;
        }
    }

    /**
     * @param a       an article of the edition
     * @param find    article by id ({@code null} when gone or not to be shown, e.g. not published on the public API)
     * @return its links, story and flags
     */
    public Jumps of(ArticleEntity a, Function<UUID, ArticleEntity> find) {
        JumpLinkEntity out = byFrom.get(a.id);
        UUID continuedFrom = headOf.get(a.id);
        ArticleEntity head = a;
        Set<UUID> seen = new HashSet<>();
        seen.add(a.id);
        for (UUID prev = headOf.get(head.id); prev != null && seen.add(prev); prev = headOf.get(head.id)) {
            ArticleEntity p = find.apply(prev);
            if (p == null) {
                break;
            }
            head = p;
        }
        List<ArticleEntity> story = new ArrayList<>();
        story.add(head);
        Set<UUID> inStory = new HashSet<>();
        inStory.add(head.id);
        for (JumpLinkEntity l = byFrom.get(head.id); l != null && JumpLinkEntity.CONTINUATION.equals(l.kind)
                && inStory.add(l.toId); l = byFrom.get(l.toId)) {
            ArticleEntity next = l.toId.equals(a.id) ? a : find.apply(l.toId);
            if (next == null) {
                break;
            }
            story.add(next);
        }
        return new Jumps(out == null ? null : out.toId, continuedFrom, List.copyOf(story),
                flags.getOrDefault(a.id, List.of()));
    }

    /**
     * @param id an article id
     * @return whether it continues another article (then it is no story of its own for readers)
     */
    public boolean isContinuation(UUID id) {
        return headOf.containsKey(id);
    }
}
