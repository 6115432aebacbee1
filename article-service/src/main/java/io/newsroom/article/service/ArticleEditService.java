package io.newsroom.article.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.article.ArticleEntity;
import io.newsroom.article.ArticleRevisionEntity;
import io.newsroom.article.api.ArticlePatch;
import io.newsroom.article.api.ArticleView;
import io.newsroom.article.mapping.ArticleMapper;
import io.newsroom.article.model.ArticleStatus;
import io.newsroom.article.model.Paragraph;
import io.newsroom.article.model.Photo;
import io.newsroom.article.repository.ArticleRepository;
import io.newsroom.article.repository.ArticleRevisionRepository;
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
 * Editor changes of one article: merge patch, paragraphs, photos, withdraw. Each change that alters something
 * locks the row, checks {@code If-Match} against the version (RFC 9110 §13.1.1), stores the previous state as a
 * revision, marks the article edited by an editor and records the editor's {@code upn}.
 */
@ApplicationScoped
@Transactional
public class ArticleEditService {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final ObjectMapper json;
    private final Event<ArticlesChanged> changes;

    ArticleEditService(ArticleRepository articles, ArticleRevisionRepository revisions, ObjectMapper json,
            Event<ArticlesChanged> changes) {
        this.articles = articles;
        this.revisions = revisions;
        this.json = json;
        this.changes = changes;
    }

    /**
     * Applies a JSON merge patch (RFC 7396) of the editable fields.
     *
     * @param id      article id
     * @param ifMatch the {@code If-Match} header, required
     * @param patch   the patch values
     * @param present snake_case names of the members present in the patch document
     * @param editor  {@code upn} of the editor
     * @return the article after the change (unchanged when the patch changes nothing)
     * @throws ProblemException 404 unknown id, 428 without {@code If-Match}, 412 stale version, 400 when
     *                          {@code type} is cleared
     */
    public ArticleView patch(UUID id, String ifMatch, ArticlePatch patch, Set<String> present, String editor) {
        if (present.contains("type") && patch.type() == null) {
            throw ProblemException.invalidField("type", "cannot be removed");
        }
        return edit(id, ifMatch, true, editor, a -> {
            List<String> changed = new ArrayList<>();
            set(present, "kicker", patch.kicker(), a.kicker, v -> a.kicker = v, changed);
            set(present, "headline", patch.headline(), a.headline, v -> a.headline = v, changed);
            set(present, "subheadline", patch.subheadline(), a.subheadline, v -> a.subheadline = v, changed);
            set(present, "column", patch.column(), a.column, v -> a.column = v, changed);
            set(present, "byline", patch.byline(), a.byline, v -> a.byline = v, changed);
            set(present, "dateline", patch.dateline(), a.dateline, v -> a.dateline = v, changed);
            set(present, "type", patch.type(), a.type, v -> a.type = v, changed);
            set(present, "continues_on_page", patch.continuesOnPage(), a.continuesOnPage,
                    v -> a.continuesOnPage = v, changed);
            List<String> flags = patch.flags() == null ? List.of() : patch.flags();
            set(present, "flags", flags, a.flags, v -> a.flags = new ArrayList<>(v), changed);
            if (changed.contains("byline") || changed.contains("dateline")) {
                ArticleMapper.reparseCredits(a);
            }
            return changed;
        });
    }

    /**
     * @param id         article id
     * @param ifMatch    the {@code If-Match} header, required
     * @param paragraphs the new paragraphs
     * @param editor     {@code upn} of the editor
     * @return the article after the change
     * @throws ProblemException 404, 428, 412 as {@link #patch}
     */
    public ArticleView replaceParagraphs(UUID id, String ifMatch, List<Paragraph> paragraphs, String editor) {
        return edit(id, ifMatch, true, editor, a -> {
            List<String> changed = new ArrayList<>();
            set(Set.of("paragraphs"), "paragraphs", paragraphs, a.paragraphs, v -> a.paragraphs = new ArrayList<>(v),
                    changed);
            return changed;
        });
    }

    /**
     * @param id      article id
     * @param ifMatch the {@code If-Match} header, required
     * @param photos  the new photos
     * @param editor  {@code upn} of the editor
     * @return the article after the change
     * @throws ProblemException 404, 428, 412 as {@link #patch}
     */
    public ArticleView replacePhotos(UUID id, String ifMatch, List<Photo> photos, String editor) {
        return edit(id, ifMatch, true, editor, a -> {
            List<String> changed = new ArrayList<>();
            set(Set.of("photos"), "photos", photos, a.photos, v -> a.photos = new ArrayList<>(v), changed);
            return changed;
        });
    }

    /**
     * Sets status {@code WITHDRAWN}: the article leaves the public API and edition-wide publishing skips it.
     *
     * @param id      article id
     * @param ifMatch the {@code If-Match} header, optional here; checked when sent
     * @param editor  {@code upn} of the editor
     * @return the article after the change
     * @throws ProblemException 404 unknown id, 412 stale version
     */
    public ArticleView withdraw(UUID id, String ifMatch, String editor) {
        return edit(id, ifMatch, false, editor, a -> {
            if (a.status == ArticleStatus.WITHDRAWN) {
                return List.of();
            }
            a.status = ArticleStatus.WITHDRAWN;
            a.publishedAt = null;
            return List.of("status");
        });
    }

    /**
     * Locks the article, checks the precondition, applies {@code change} and, when it changed fields, records the
     * revision and the editor.
     */
    private ArticleView edit(UUID id, String ifMatch, boolean ifMatchRequired, String editor,
            Function<ArticleEntity, List<String>> change) {
        if (ifMatch == null && ifMatchRequired) {
            throw new ProblemException(428, "Precondition required",
                    "If-Match: send the article's current ETag (\"<version>\") to change it",
                    List.of(new Problem.FieldError("If-Match", "required")), Map.of());
        }
        ArticleEntity a = articles.lock(id).orElseThrow(() -> ProblemException.notFound("No article " + id));
        if (ifMatch != null && !ETags.matchesStrongly(ifMatch, ETags.version(a.version))) {
            throw new ProblemException(412, "Precondition failed",
                    "If-Match " + ifMatch.strip() + " is stale: the current version is " + a.version,
                    List.of(new Problem.FieldError("If-Match", "stale; current version is " + a.version)),
                    Map.of("ETag", ETags.version(a.version)));
        }
        Map<String, Object> before = json.convertValue(ArticleMapper.toView(a, true), JSON_OBJECT);
        long previousVersion = a.version;
        List<String> changed = change.apply(a);
        if (changed.isEmpty()) {
            return ArticleMapper.toView(a, true);
        }
        Instant now = Instant.now();
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
        articles.flush();
        changes.fire(ArticlesChanged.of(List.of(a.id)));
        return ArticleMapper.toView(a, true);
    }

    /** Sets a field when it is present in the change and differs, and records its name in {@code changed}. */
    private static <T> void set(Set<String> present, String field, T value, T current, Consumer<T> setter,
            List<String> changed) {
        if (present.contains(field) && !Objects.equals(value, current)) {
            setter.accept(value);
            changed.add(field);
        }
    }
}
