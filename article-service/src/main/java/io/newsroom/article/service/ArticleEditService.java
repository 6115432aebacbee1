package io.newsroom.article.service;

import static io.newsroom.contract.EditableField.BYLINE;
import static io.newsroom.contract.EditableField.COLUMN;
import static io.newsroom.contract.EditableField.CONTINUES_ON_PAGE;
import static io.newsroom.contract.EditableField.DATELINE;
import static io.newsroom.contract.EditableField.FLAGS;
import static io.newsroom.contract.EditableField.HEADLINE;
import static io.newsroom.contract.EditableField.KICKER;
import static io.newsroom.contract.EditableField.PARAGRAPHS;
import static io.newsroom.contract.EditableField.PHOTOS;
import static io.newsroom.contract.EditableField.SUBHEADLINE;
import static io.newsroom.contract.EditableField.TYPE;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.ArticleEntity;
import io.newsroom.article.ArticleRevisionEntity;
import io.newsroom.article.mapping.ArticleMapper;
import io.newsroom.article.model.EditionKey;
import io.newsroom.article.repository.ArticleRepository;
import io.newsroom.article.repository.ArticleRevisionRepository;
import io.newsroom.contract.ArticlePatch;
import io.newsroom.contract.ArticleStatus;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.CorrectionKind;
import io.newsroom.contract.EditableField;
import io.newsroom.contract.Flag;
import io.newsroom.contract.MergeRequest;
import io.newsroom.contract.MoveRequest;
import io.newsroom.contract.Paragraph;
import io.newsroom.contract.Photo;
import io.newsroom.contract.SplitRequest;
import io.newsroom.contract.SplitResult;
import io.newsroom.support.problem.Problem;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Editor changes of articles: merge patch, paragraphs, photos, withdraw, exclude, and the desk operations over two
 * articles (merge, split, move). Each change that alters something
 * locks the row, checks {@code If-Match} against the version (RFC 9110 §13.1.1), stores the previous state as a
 * revision, marks the article edited by an editor and records the editor's {@code upn}. A change of an article
 * that is published (or was until the change) is also a correction ({@link Corrections}): recorded with the
 * request's optional {@code correction_note}, shown to readers, and announced on the edition change feed.
 */
@ApplicationScoped
@Transactional
public class ArticleEditService {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final Corrections corrections;
    private final ObjectMapper json;
    private final Event<ArticlesChanged> changes;
    private final JumpLinkService jumps;

    ArticleEditService(ArticleRepository articles, ArticleRevisionRepository revisions, Corrections corrections,
            ObjectMapper json, Event<ArticlesChanged> changes, JumpLinkService jumps) {
        this.articles = articles;
        this.revisions = revisions;
        this.corrections = corrections;
        this.json = json;
        this.changes = changes;
        this.jumps = jumps;
    }

    /**
     * Applies a JSON merge patch (RFC 7396) of the editable fields.
     *
     * @param id      article id
     * @param ifMatch the {@code If-Match} header, required
     * @param patch   the patch values
     * @param present snake_case names of the members present in the patch document
     * @param editor  {@code upn} of the editor (the patch's {@code correction_note} goes with a correction)
     * @return the article after the change (unchanged when the patch changes nothing)
     * @throws ProblemException 404 unknown id, 428 without {@code If-Match}, 412 stale version, 400 when
     *                          {@code type} is cleared
     */
    public ArticleView patch(UUID id, String ifMatch, ArticlePatch patch, Set<String> present, String editor) {
        if (present.contains(TYPE.wireName()) && patch.type() == null) {
            throw ProblemException.invalidField("type", "cannot be removed");
        }
        return edit(id, ifMatch, true, editor, CorrectionKind.EDITED, patch.correctionNote(), a -> {
            List<String> changed = new ArrayList<>();
            set(present, KICKER, patch.kicker(), a.kicker, v -> a.kicker = v, changed);
            set(present, HEADLINE, patch.headline(), a.headline, v -> a.headline = v, changed);
            set(present, SUBHEADLINE, patch.subheadline(), a.subheadline, v -> a.subheadline = v, changed);
            set(present, COLUMN, patch.column(), a.column, v -> a.column = v, changed);
            set(present, BYLINE, patch.byline(), a.byline, v -> a.byline = v, changed);
            set(present, DATELINE, patch.dateline(), a.dateline, v -> a.dateline = v, changed);
            set(present, TYPE, patch.type() == null ? null : patch.type().code(), a.type, v -> a.type = v, changed);
            set(present, CONTINUES_ON_PAGE, patch.continuesOnPage(), a.continuesOnPage,
                    v -> a.continuesOnPage = v, changed);
            List<String> flags = patch.flags() == null ? List.of() : patch.flags().stream().filter(f -> !f.jump())
                    .map(Flag::name).toList(); // jump flags are computed (JumpLinkService), settled by (un)linking
            set(present, FLAGS, flags, a.flags, v -> a.flags = new ArrayList<>(v), changed);
            if (changed.contains(BYLINE.wireName()) || changed.contains(DATELINE.wireName())) {
                ArticleMapper.reparseCredits(a);
            }
            return changed;
        });
    }

    /**
     * @param id         article id
     * @param ifMatch    the {@code If-Match} header, required
     * @param paragraphs the new paragraphs
     * @param note       the editor's 更正说明 when the article is published, or {@code null}
     * @param editor     {@code upn} of the editor
     * @return the article after the change
     * @throws ProblemException 404, 428, 412 as {@link #patch}
     */
    public ArticleView replaceParagraphs(UUID id, String ifMatch, List<Paragraph> paragraphs, String note,
            String editor) {
        return edit(id, ifMatch, true, editor, CorrectionKind.EDITED, note, a -> {
            List<String> changed = new ArrayList<>();
            replace(PARAGRAPHS.wireName(), paragraphs, a.paragraphs, v -> a.paragraphs = new ArrayList<>(v), changed);
            return changed;
        });
    }

    /**
     * @param id      article id
     * @param ifMatch the {@code If-Match} header, required
     * @param photos  the new photos
     * @param note    the editor's 更正说明 when the article is published, or {@code null}
     * @param editor  {@code upn} of the editor
     * @return the article after the change
     * @throws ProblemException 404, 428, 412 as {@link #patch}
     */
    public ArticleView replacePhotos(UUID id, String ifMatch, List<Photo> photos, String note, String editor) {
        return edit(id, ifMatch, true, editor, CorrectionKind.EDITED, note, a -> {
            List<String> changed = new ArrayList<>();
            replace(PHOTOS.wireName(), photos, a.photos, v -> a.photos = new ArrayList<>(v), changed);
            return changed;
        });
    }

    /**
     * Sets status {@code WITHDRAWN}: the article leaves the public API and edition-wide publishing skips it.
     *
     * @param id      article id
     * @param ifMatch the {@code If-Match} header, optional here; checked when sent
     * @param note    the editor's 更正说明 when the article was published, or {@code null}
     * @param editor  {@code upn} of the editor
     * @return the article after the change
     * @throws ProblemException 404 unknown id, 412 stale version
     */
    public ArticleView withdraw(UUID id, String ifMatch, String note, String editor) {
        return edit(id, ifMatch, false, editor, CorrectionKind.WITHDRAWN, note, a -> {
            if (a.status == ArticleStatus.WITHDRAWN) {
                return List.of();
            }
            a.status = ArticleStatus.WITHDRAWN;
            a.publishedAt = null;
            return List.of("status");
        });
    }

    /**
     * Excludes the article from publication, or restores it (README "Front matter"): readers never see an excluded
     * item, whatever its status; the desk still does. Records a revision ({@code excluded} in
     * {@code changed_fields}) and counts as an editor's change; no correction (readers are not told), but when the
     * item is published its edition goes on the change feed, so that the renditions are made again without it (or
     * with it again).
     *
     * @param id       article id
     * @param ifMatch  the {@code If-Match} header, required
     * @param excluded {@code true} to exclude, {@code false} to restore
     * @param editor   {@code upn} of the editor
     * @return the article after the change (unchanged when it already was so)
     * @throws ProblemException 404 unknown id, 428 without {@code If-Match}, 412 stale version
     */
    public ArticleView exclude(UUID id, String ifMatch, boolean excluded, String editor) {
        requireIfMatch(ifMatch);
        ArticleEntity a = lockChecked(id, ifMatch, "If-Match");
        if (a.excluded == excluded) {
            return jumps.view(a);
        }
        Map<String, Object> before = snapshot(a);
        long previousVersion = a.version;
        a.excluded = excluded;
        Instant now = Instant.now();
        record(a, before, previousVersion, List.of("excluded"), editor, now);
        if (a.status == ArticleStatus.PUBLISHED) {
            corrections.editionChanged(new EditionKey(a.paper, a.editionDate), now);
        }
        return finish(a);
    }

    /**
     * Merges an adjacent article of the same page into this one (one transaction): the paragraphs, photos and
     * source lines of both in page order, the union of their flags, and every empty headline, byline, dateline,
     * column or jump field of this article filled from the other. The other article is withdrawn. Both get a
     * revision ({@code merged_from} / {@code merged_into} name the operation in {@code changed_fields}).
     *
     * @param id      the article that stays
     * @param ifMatch its {@code If-Match} header, required
     * @param request the other article and its version
     * @param editor  {@code upn} of the editor
     * @return the merged article
     * @throws ProblemException 404 unknown id, 428 without {@code If-Match}, 412 stale version (field
     *                          {@code If-Match} or {@code other_version}), 400 when the other article is this one,
     *                          on another page or not adjacent (field {@code other_id}), 409 when either is withdrawn
     */
    public ArticleView merge(UUID id, String ifMatch, MergeRequest request, String editor) {
        Locked pair = lockPair(id, ifMatch, request.otherId(), request.otherVersion(), "other_id", "other_version");
        ArticleEntity a = pair.first();
        ArticleEntity b = pair.second();
        if (!samePage(a, b)) {
            throw ProblemException.invalidField("other_id", "is not on the same page");
        }
        requireActive(a);
        requireActive(b);
        List<ArticleEntity> active = articles.listEdition(new EditionKey(a.paper, a.editionDate), a.pageNumber)
                .stream().filter(x -> x.status != ArticleStatus.WITHDRAWN).toList();
        if (Math.abs(active.indexOf(a) - active.indexOf(b)) != 1) {
            throw ProblemException.invalidField("other_id", "is not the next or previous item of the page");
        }
        ArticleEntity earlier = a.position < b.position ? a : b;
        ArticleEntity later = earlier == a ? b : a;
        Map<String, Object> beforeA = snapshot(a);
        Map<String, Object> beforeB = snapshot(b);
        long versionA = a.version;
        long versionB = b.version;
        ArticleStatus statusA = a.status;
        ArticleStatus statusB = b.status;
        List<String> changed = new ArrayList<>();
        replace(PARAGRAPHS.wireName(), concat(earlier.paragraphs, later.paragraphs), a.paragraphs,
                v -> a.paragraphs = new ArrayList<>(v), changed);
        replace(PHOTOS.wireName(), concat(earlier.photos, later.photos), a.photos, v -> a.photos = new ArrayList<>(v),
                changed);
        replace("source_lines", concat(earlier.sourceLines, later.sourceLines), a.sourceLines,
                v -> a.sourceLines = new ArrayList<>(v), changed);
        replace(FLAGS.wireName(), concat(a.flags, b.flags).stream().distinct().toList(), a.flags,
                v -> a.flags = new ArrayList<>(v), changed);
        fill(COLUMN, b.column, a.column, v -> a.column = v, changed);
        fill(KICKER, b.kicker, a.kicker, v -> a.kicker = v, changed);
        fill(HEADLINE, b.headline, a.headline, v -> a.headline = v, changed);
        fill(SUBHEADLINE, b.subheadline, a.subheadline, v -> a.subheadline = v, changed);
        fill(BYLINE, b.byline, a.byline, v -> a.byline = v, changed);
        fill(DATELINE, b.dateline, a.dateline, v -> a.dateline = v, changed);
        fill(CONTINUES_ON_PAGE, b.continuesOnPage, a.continuesOnPage, v -> a.continuesOnPage = v, changed);
        ArticleMapper.reparseCredits(a);
        changed.add("merged_from");
        b.status = ArticleStatus.WITHDRAWN;
        b.publishedAt = null;
        Instant now = Instant.now();
        record(a, beforeA, versionA, changed, editor, now);
        record(b, beforeB, versionB, List.of("status", "merged_into"), editor, now);
        String note = request.correctionNote();
        corrections.record(a, statusA, CorrectionKind.MERGED, changed, note, editor, now);
        corrections.record(b, statusB, CorrectionKind.MERGED, List.of("status"), note, editor, now);
        return finish(a, b);
    }

    /**
     * Splits an article at a paragraph (one transaction): the paragraphs from that index on become a new draft
     * article of the same page and type, placed after the page's last item, with the same source lines and
     * segmentation confidence, no flags and no photos. Both get a revision ({@code split_into} /
     * {@code split_from}); the new article's revision keeps the state of the article before the split. The new
     * article of a published one is published too (readers keep the whole text), and both record the correction.
     *
     * @param id      the article to split
     * @param ifMatch its {@code If-Match} header, required
     * @param request the index of the first paragraph of the new article
     * @param editor  {@code upn} of the editor
     * @return both articles after the split
     * @throws ProblemException 404, 428, 412 as {@link #patch}; 400 (field {@code paragraph}) when the index is
     *                          not between 1 and the paragraph count − 1; 409 when the article is withdrawn
     */
    public SplitResult split(UUID id, String ifMatch, SplitRequest request, String editor) {
        requireIfMatch(ifMatch);
        ArticleEntity a = lockChecked(id, ifMatch, "If-Match");
        requireActive(a);
        int at = request.paragraph();
        if (at >= a.paragraphs.size()) {
            throw ProblemException.invalidField("paragraph",
                    "must be between 1 and " + (a.paragraphs.size() - 1) + " (the article has "
                            + a.paragraphs.size() + " paragraphs)");
        }
        int nextPosition = articles.lockPage(new EditionKey(a.paper, a.editionDate), a.pageNumber).stream()
                .mapToInt(x -> x.position).max().orElse(a.position) + 1;
        Map<String, Object> before = snapshot(a);
        long version = a.version;
        Instant now = Instant.now();
        ArticleEntity created = new ArticleEntity();
        created.id = UUID.randomUUID();
        created.paper = a.paper;
        created.editionDate = a.editionDate;
        created.pageNumber = a.pageNumber;
        created.pageName = a.pageName;
        created.position = nextPosition;
        created.type = a.type;
        created.paragraphs = new ArrayList<>(a.paragraphs.subList(at, a.paragraphs.size()));
        created.sourceLines = new ArrayList<>(a.sourceLines);
        created.confidence = a.confidence;
        created.itemContentHash = a.itemContentHash;
        created.pageContentHash = a.pageContentHash;
        created.createdAt = now;
        created.updatedAt = now;
        if (a.status == ArticleStatus.PUBLISHED) {
            created.status = ArticleStatus.PUBLISHED;
            created.publishedAt = now;
        }
        articles.persist(created);
        a.paragraphs = new ArrayList<>(a.paragraphs.subList(0, at));
        record(a, before, version, List.of(PARAGRAPHS.wireName(), "split_into"), editor, now);
        record(created, before, 0, List.of("split_from"), editor, now);
        corrections.record(a, a.status, CorrectionKind.SPLIT, List.of(PARAGRAPHS.wireName()),
                request.correctionNote(), editor, now);
        corrections.record(created, a.status, CorrectionKind.SPLIT, List.of(), request.correctionNote(), editor, now);
        ArticleView after = finish(a, created);
        return new SplitResult(after, jumps.view(created));
    }

    /**
     * Moves the headline block (kicker, headline, subheadline) or the byline to another article of the same
     * edition (one transaction): the receiving article's fields of that part must be empty; this article's are
     * cleared. Both get a revision naming the moved fields.
     *
     * @param id      the article giving the part
     * @param ifMatch its {@code If-Match} header, required
     * @param request the part, the receiving article and its version
     * @param editor  {@code upn} of the editor
     * @return the receiving article after the move
     * @throws ProblemException 404, 428, 412 (field {@code If-Match} or {@code to_version}); 400 when the receiver
     *                          is this article or in another edition (field {@code to_id}) or this article has
     *                          nothing of that part (field {@code part}); 409 when the receiver already has it or
     *                          either article is withdrawn
     */
    public ArticleView move(UUID id, String ifMatch, MoveRequest request, String editor) {
        Locked pair = lockPair(id, ifMatch, request.toId(), request.toVersion(), "to_id", "to_version");
        ArticleEntity from = pair.first();
        ArticleEntity to = pair.second();
        if (!from.paper.equals(to.paper) || !from.editionDate.equals(to.editionDate)) {
            throw ProblemException.invalidField("to_id", "is not in the same edition");
        }
        requireActive(from);
        requireActive(to);
        boolean headline = MoveRequest.HEADLINE.equals(request.part());
        List<EditableField> fields = headline ? List.of(KICKER, HEADLINE, SUBHEADLINE) : List.of(BYLINE);
        List<String> moved = fields.stream().filter(f -> part(from, f) != null).map(EditableField::wireName).toList();
        if (moved.isEmpty()) {
            throw ProblemException.invalidField("part", "this article has no " + request.part() + " to move");
        }
        List<String> occupied = fields.stream().filter(f -> part(to, f) != null).map(EditableField::wireName)
                .toList();
        if (!occupied.isEmpty()) {
            throw ProblemException.conflict("the receiving article already has " + String.join(", ", occupied)
                    + "; clear it first");
        }
        Map<String, Object> beforeFrom = snapshot(from);
        Map<String, Object> beforeTo = snapshot(to);
        long versionFrom = from.version;
        long versionTo = to.version;
        ArticleStatus statusFrom = from.status;
        ArticleStatus statusTo = to.status;
        if (headline) {
            to.kicker = from.kicker;
            to.headline = from.headline;
            to.subheadline = from.subheadline;
            from.kicker = null;
            from.headline = null;
            from.subheadline = null;
        } else {
            to.byline = from.byline;
            from.byline = null;
            ArticleMapper.reparseCredits(from);
            ArticleMapper.reparseCredits(to);
        }
        Instant now = Instant.now();
        record(from, beforeFrom, versionFrom, moved, editor, now);
        record(to, beforeTo, versionTo, moved, editor, now);
        corrections.record(from, statusFrom, CorrectionKind.EDITED, moved, request.correctionNote(), editor, now);
        corrections.record(to, statusTo, CorrectionKind.EDITED, moved, request.correctionNote(), editor, now);
        return finish(to, from);
    }

    /** What a revision's {@code changed_fields} names for a desk operation over two articles (merge, split). */
    static final Set<String> ACROSS_ARTICLES = Set.of("merged_from", "merged_into", "split_into", "split_from");

    /**
     * Reverts an article to its state before revision {@code number} (README "Publishing safely and history"): the
     * editable fields (kicker, headline, subheadline, column, byline, dateline, type, jump page, the flags set by
     * segmentation, paragraphs and photos) take the values that revision stored as its previous state. A new revision
     * records the revert (the history is never rewritten); a published article's revert is a correction. Status and
     * exclusion are not reverted (withdraw/exclude have their own undo), nor anything across articles: when revision
     * {@code number} or a later one is a merge or split, the revert is refused, because the other article's text
     * would be lost or doubled.
     *
     * @param id      article id
     * @param ifMatch the {@code If-Match} header, required: the version the editor saw
     * @param number  the revision to revert, from 1
     * @param editor  {@code upn} of the editor
     * @return the article after the revert (unchanged when it already has those values)
     * @throws ProblemException 404 unknown article or revision (field {@code n}), 428 without {@code If-Match},
     *                          412 stale version, 409 (field {@code n}) when a merge or split lies in between
     */
    public ArticleView revert(UUID id, String ifMatch, int number, String editor) {
        requireIfMatch(ifMatch);
        ArticleRevisionEntity target = revisions.findFor(id, number).orElseThrow(() -> new ProblemException(404,
                "Not Found", "article " + id + " has no revision " + number,
                List.of(new Problem.FieldError("n", "no such revision")), Map.of()));
        boolean across = revisions.listFor(id).stream().filter(r -> r.number >= number)
                .anyMatch(r -> r.changedFields.stream().anyMatch(ACROSS_ARTICLES::contains));
        if (across) {
            throw new ProblemException(409, "Conflict", "revision " + number + " or a later one merged or split the "
                    + "article; undo that by splitting or merging again",
                    List.of(new Problem.FieldError("n", "a merge or split lies in between")), Map.of());
        }
        ArticleView old = json.convertValue(target.previousState, ArticleView.class);
        return edit(id, ifMatch, true, editor, CorrectionKind.EDITED, null, a -> {
            List<String> changed = new ArrayList<>();
            replace(KICKER.wireName(), old.kicker(), a.kicker, v -> a.kicker = v, changed);
            replace(HEADLINE.wireName(), old.headline(), a.headline, v -> a.headline = v, changed);
            replace(SUBHEADLINE.wireName(), old.subheadline(), a.subheadline, v -> a.subheadline = v, changed);
            replace(COLUMN.wireName(), old.column(), a.column, v -> a.column = v, changed);
            replace(BYLINE.wireName(), old.byline(), a.byline, v -> a.byline = v, changed);
            replace(DATELINE.wireName(), old.dateline(), a.dateline, v -> a.dateline = v, changed);
            replace(TYPE.wireName(), old.type().code(), a.type, v -> a.type = v, changed);
            replace(CONTINUES_ON_PAGE.wireName(), old.continuesOnPage(), a.continuesOnPage,
                    v -> a.continuesOnPage = v, changed);
            List<String> flags = old.editorial() == null ? List.of() : old.editorial().flags().stream()
                    .filter(f -> !f.jump()).map(Flag::name).toList();
            replace(FLAGS.wireName(), flags, List.copyOf(a.flags), v -> a.flags = new ArrayList<>(v), changed);
            replace(PARAGRAPHS.wireName(), old.paragraphs() == null ? List.<Paragraph>of() : old.paragraphs(),
                    List.copyOf(a.paragraphs), v -> a.paragraphs = new ArrayList<>(v), changed);
            replace(PHOTOS.wireName(), old.photos() == null ? List.<Photo>of() : old.photos(),
                    List.copyOf(a.photos), v -> a.photos = new ArrayList<>(v), changed);
            if (changed.contains(BYLINE.wireName()) || changed.contains(DATELINE.wireName())) {
                ArticleMapper.reparseCredits(a);
            }
            return changed;
        });
    }

    /**
     * Locks the article, checks the precondition, applies {@code change} and, when it changed fields, records the
     * revision and the editor, and the correction when the article is or was published.
     */
    private ArticleView edit(UUID id, String ifMatch, boolean ifMatchRequired, String editor, CorrectionKind kind,
            String note, Function<ArticleEntity, List<String>> change) {
        if (ifMatchRequired) {
            requireIfMatch(ifMatch);
        }
        ArticleEntity a = lockChecked(id, ifMatch, "If-Match");
        Map<String, Object> before = snapshot(a);
        long previousVersion = a.version;
        ArticleStatus statusBefore = a.status;
        List<String> changed = change.apply(a);
        if (changed.isEmpty()) {
            return jumps.view(a);
        }
        Instant now = Instant.now();
        record(a, before, previousVersion, changed, editor, now);
        corrections.record(a, statusBefore, kind, changed, note, editor, now);
        return finish(a);
    }

    private static void requireIfMatch(String ifMatch) {
        if (ifMatch == null) {
            throw new ProblemException(428, "Precondition required",
                    "If-Match: send the article's current ETag (\"<version>\") to change it",
                    List.of(new Problem.FieldError("If-Match", "required")), Map.of());
        }
    }

    /** Locks an article and checks {@code ifMatch} (when not null) against its version; 412 names {@code field}. */
    private ArticleEntity lockChecked(UUID id, String ifMatch, String field) {
        ArticleEntity a = articles.lock(id).orElseThrow(() -> ProblemException.notFound("No article " + id));
        if (ifMatch != null && !ETags.matchesStrongly(ifMatch, ETags.version(a.version))) {
            throw new ProblemException(412, "Precondition failed",
                    field + " " + ifMatch.strip() + " is stale: the current version is " + a.version + " (article " + id
                            + ")",
                    List.of(new Problem.FieldError(field, "stale; current version is " + a.version)),
                    Map.of("ETag", ETags.version(a.version)));
        }
        return a;
    }

    /**
     * Requires {@code ifMatch} and another article, then locks both in id order (no deadlock between opposite
     * operations) and checks both versions; 400 names {@code otherIdField}, 412 {@code If-Match} or
     * {@code otherVersionField}.
     */
    private Locked lockPair(UUID id, String ifMatch, UUID otherId, long otherVersion, String otherIdField,
            String otherVersionField) {
        requireIfMatch(ifMatch);
        if (id.equals(otherId)) {
            throw ProblemException.invalidField(otherIdField, "must be another article");
        }
        if (id.compareTo(otherId) < 0) {
            ArticleEntity a = lockChecked(id, ifMatch, "If-Match");
            return new Locked(a, lockChecked(otherId, ETags.version(otherVersion), otherVersionField));
        }
        ArticleEntity other = lockChecked(otherId, ETags.version(otherVersion), otherVersionField);
        return new Locked(lockChecked(id, ifMatch, "If-Match"), other);
    }

    /** The article's own state for a revision (its corrections and jump links are not part of it). */
    private Map<String, Object> snapshot(ArticleEntity a) {
        return json.convertValue(ArticleMapper.toView(a, List.of(), true), JSON_OBJECT);
    }

    /** Stores a revision of {@code a} with its state before the change and marks it edited by {@code editor}. */
    private void record(ArticleEntity a, Map<String, Object> before, long previousVersion, List<String> changed,
            String editor, Instant now) {
        ArticleRevisionEntity revision = new ArticleRevisionEntity();
        revision.articleId = a.id;
        revision.number = revisions.nextNumber(a.id);
        revision.editor = editor;
        revision.changedAt = now;
        revision.changedFields = List.copyOf(changed);
        revision.previousVersion = previousVersion;
        revision.previousState = before;
        revisions.persist(revision);
        a.editedByEditor = true;
        a.lastEditor = editor;
        a.updatedAt = now;
    }

    /** Flushes (new versions), announces the change and answers the first article's view. */
    private ArticleView finish(ArticleEntity answer, ArticleEntity... others) {
        articles.flush();
        List<UUID> ids = new ArrayList<>();
        ids.add(answer.id);
        for (ArticleEntity other : others) {
            ids.add(other.id);
        }
        changes.fire(ArticlesChanged.of(ids));
        jumps.recompute(new EditionKey(answer.paper, answer.editionDate)); // a jump page, type or status may change
        return jumps.view(answer);
    }

    private static void requireActive(ArticleEntity a) {
        if (a.status == ArticleStatus.WITHDRAWN) {
            throw ProblemException.conflict("article " + a.id + " is withdrawn");
        }
    }

    private static boolean samePage(ArticleEntity a, ArticleEntity b) {
        return a.paper.equals(b.paper) && a.editionDate.equals(b.editionDate) && a.pageNumber == b.pageNumber;
    }

    /** The text of a field of a movable part (the headline block or the byline). */
    private static String part(ArticleEntity a, EditableField field) {
        return switch (field) {
            case KICKER -> a.kicker;
            case HEADLINE -> a.headline;
            case SUBHEADLINE -> a.subheadline;
            case BYLINE -> a.byline;
            default -> throw new IllegalArgumentException(field + " is not part of the headline block or byline");
        };
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Sets a field when the value differs, and records its name in {@code changed}. */
    private static <T> void replace(String field, T value, T current, Consumer<T> setter, List<String> changed) {
        if (!Objects.equals(value, current)) {
            setter.accept(value);
            changed.add(field);
        }
    }

    /** Sets an empty field of the staying article from the merged one. */
    private static <T> void fill(EditableField field, T value, T current, Consumer<T> setter, List<String> changed) {
        if (current == null && value != null) {
            setter.accept(value);
            changed.add(field.wireName());
        }
    }

    /** The two articles of a two-article operation: the one addressed by the path, then the other. */
    private record Locked(ArticleEntity first, ArticleEntity second) {
    }

    /** Sets a field when it is present in the patch and differs, and records its name in {@code changed}. */
    private static <T> void set(Set<String> present, EditableField field, T value, T current, Consumer<T> setter,
            List<String> changed) {
        if (present.contains(field.wireName())) {
            replace(field.wireName(), value, current, setter, changed);
        }
    }
}
