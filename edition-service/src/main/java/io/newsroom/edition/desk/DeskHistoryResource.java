package io.newsroom.edition.desk;

import io.newsroom.contract.ArticleView;
import io.newsroom.contract.RevisionView;
import io.newsroom.edition.client.DeskArticleClient;
import io.newsroom.edition.client.RemoteRejectedException;
import io.newsroom.support.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An article's history on the desk (README "Publishing safely and history"): every revision with old → new per field
 * (a paragraph-level diff for the body), and "恢复到这次修改之前", which asks article-service to revert the article
 * to the state the revision replaced — a new revision, sent with the version the editor saw as {@code If-Match}, so
 * a revert from a stale page is refused in plain words and changes nothing.
 */
@Path("/desk")
@Produces(DeskPages.HTML)
public class DeskHistoryResource {

    @Inject
    DeskSession session;

    @Inject
    DeskPages pages;

    @Inject
    DeskArticleClient articles;

    /** This resource's templates, type-checked at build time like {@link DeskPages.Templates}. */
    @CheckedTemplate(basePath = "desk", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static final class Templates {

        private Templates() {
        }

        static native TemplateInstance history(DeskEditor editor, String label, ArticleView article, String status,
                List<DeskViews.RevisionRow> rows, String back, Integer reverted);
    }

    /**
     * @param id       article id
     * @param back     the review page to return to
     * @param reverted the revision just reverted (shows a confirmation), or {@code null}
     * @return the article's revision history, oldest first, each with old → new per field
     */
    @GET
    @Path("/articles/{id}/history")
    @Operation(hidden = true)
    public Response history(@RestPath UUID id, @RestQuery String back, @RestQuery String reverted) {
        DeskEditor editor = session.editor();
        ArticleView article = articles.get(id, editor.authorization());
        List<RevisionView> revisions = articles.revisions(id, editor.authorization());
        List<ArticleView> states = new ArrayList<>();
        for (RevisionView r : revisions) {
            states.add(articles.revision(id, r.number(), editor.authorization()).previousState());
        }
        List<DeskViews.RevisionRow> rows = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            RevisionView r = revisions.get(i);
            ArticleView after = i + 1 < states.size() ? states.get(i + 1) : article;
            boolean revertable = revisions.subList(i, revisions.size()).stream()
                    .noneMatch(later -> later.changedFields().stream().anyMatch(RevisionDiffs.ACROSS_ARTICLES::contains));
            rows.add(new DeskViews.RevisionRow(r.number(), r.editor(), DeskPages.time(r.changedAt()),
                    String.join("、", r.changedFields().stream().map(DeskPages::changeLabel).toList()),
                    RevisionDiffs.changes(states.get(i), after, r.changedFields()), revertable));
        }
        return DeskPages.html(200, Templates.history(editor, ReviewModel.label(article), article,
                DeskPages.label(article.status()), rows, local(back),
                reverted != null && reverted.matches("[1-9][0-9]{0,8}") ? Integer.valueOf(reverted) : null)).build();
    }

    /**
     * Reverts the article to its state before a revision.
     *
     * @param id       article id
     * @param version  the article version the history page showed (If-Match)
     * @param revision the revision to revert
     * @param back     the review page the history returns to
     * @return 303 to the history with {@code reverted=N}; 409 in plain words when the article changed meanwhile
     *         (nothing reverted) or a merge or split lies in between
     */
    @POST
    @Path("/articles/{id}/revert")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response revert(@RestPath UUID id, @RestForm long version, @RestForm int revision, @RestForm String back) {
        DeskEditor editor = session.editor();
        String history = historyPath(id, back);
        if (revision < 1) {
            return pages.message(400, "没有完成", "请选择要恢复的修改记录。", history, "回到修改记录", editor);
        }
        try {
            articles.revert(id, revision, version, editor.authorization());
        } catch (RemoteRejectedException refused) {
            String text = switch (refused.status()) {
                case 412 -> "这篇稿件在你打开修改记录之后又被修改过，没有恢复任何内容。请看最新的修改记录后再决定。";
                case 409 -> "第" + revision + "次修改之后稿件合并或拆分过，不能直接恢复；请用拆分或合并来撤销。";
                default -> PlainWords.refused(refused);
            };
            return pages.message(409, "没有恢复", text, history, "回到修改记录", editor);
        }
        return DeskPages.seeOther(history + (history.contains("?") ? "&" : "?") + "reverted=" + revision).build();
    }

    /** Shows the desk's problems as pages, not problem+json. */
    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return pages.message(e.status(), "出错了", PlainWords.general(e), DeskEditionResource.PATH, "回到版次列表", null);
    }

    /** article-service refused a read the page needs: a page in plain words (404 when the article is gone, else 502). */
    @ServerExceptionMapper
    public Response refused(RemoteRejectedException e) {
        return pages.message(e.status() == 404 ? 404 : 502, "出错了", PlainWords.refused(e), DeskEditionResource.PATH,
                "回到版次列表", null);
    }

    private static String historyPath(UUID id, String back) {
        String path = "/desk/articles/" + id + "/history";
        String local = local(back);
        return local.equals(DeskEditionResource.PATH) ? path
                : path + "?back=" + URLEncoder.encode(local, StandardCharsets.UTF_8);
    }

    /** @return {@code back} when it is a desk path (no open redirect), else the editions list */
    private static String local(String back) {
        return back != null && back.matches("/desk/[A-Za-z0-9/_.-]*") ? back : DeskEditionResource.PATH;
    }
}
