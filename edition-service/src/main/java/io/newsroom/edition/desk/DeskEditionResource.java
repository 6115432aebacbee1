package io.newsroom.edition.desk;

import io.newsroom.contract.RenditionManifest;
import io.newsroom.edition.api.EditionView;
import io.newsroom.edition.client.RemoteRejectedException;
import io.newsroom.edition.service.EditionService;
import io.newsroom.edition.service.PublicationCheck;
import io.newsroom.edition.service.PublicationCheckService;
import io.newsroom.edition.service.PublicationService;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The desk's editions list, one edition's pages and publications, and publishing: a confirmation page, then the
 * post (README "Publishing safely and history").
 */
@Path("/desk")
@Produces(DeskPages.HTML)
public class DeskEditionResource {

    /** Path of the editions list. */
    public static final String PATH = "/desk/editions";

    @Inject
    DeskSession session;

    @Inject
    DeskPages pages;

    @Inject
    DeskEditionService desk;

    @Inject
    PublicationService publications;

    @Inject
    PublicationCheckService checks;

    /** The value of the confirmation's "仍然发布" checkbox ({@code publish_anyway}). */
    static final String PUBLISH_ANYWAY = "yes";

    /** This resource's own templates, type-checked at build time like {@link DeskPages.Templates}. */
    @CheckedTemplate(basePath = "desk", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static final class Templates {

        private Templates() {
        }

        static native TemplateInstance publishConfirm(DeskEditor editor, String paper, String paperName, String date,
                boolean published, DeskViews.PublishCheckView check, String error, String publishAnyway);
    }

    /** @return every edition, newest first, with pages received, open flags and last publication */
    @GET
    @Path("/editions")
    @Operation(hidden = true)
    public Response list() {
        DeskEditor editor = session.editor();
        List<DeskViews.EditionRow> rows = desk.editions().stream().map(e -> {
            Optional<Map<Integer, Integer>> flags = desk.openFlags(e.paper(), e.date(), editor.authorization());
            return new DeskViews.EditionRow(e.paperName(), e.date().toString(), e.published() ? "已发布" : "待发布",
                    e.published(), e.pages(), flags.map(f -> Integer.toString(total(f))).orElse("—"),
                    DeskPages.time(e.lastPublished()), editionPath(e.paper(), e.date()));
        }).toList();
        return DeskPages.html(200, DeskPages.Templates.editions(editor, rows)).build();
    }

    /**
     * @param paper     paper code
     * @param date      edition date
     * @param published {@code 1} right after a successful publication (shows the links prominently)
     * @return the edition's pages and publications with the publish button
     */
    @GET
    @Path("/editions/{paper}/{date}")
    @Operation(hidden = true)
    public Response edition(@RestPath String paper, @RestPath String date, @RestQuery String published) {
        DeskEditor editor = session.editor();
        return editionPage(editor, paper, EditionService.date(date), "1".equals(published), null, 200);
    }

    /**
     * The publish confirmation: open flags per page (count and kinds), pages never opened in review since their text
     * arrived, pages missing from the paper's page list, and what changed since the last publication; the form
     * posts to {@link #publish}.
     *
     * @param paper paper code
     * @param date  edition date
     * @return the confirmation page
     */
    @GET
    @Path("/editions/{paper}/{date}/publish")
    @Operation(hidden = true)
    public Response confirm(@RestPath String paper, @RestPath String date) {
        DeskEditor editor = session.editor();
        LocalDate day = EditionService.date(date);
        return confirmPage(editor, paper, day, checks.check(paper, day, editor.authorization()), null, 200);
    }

    /**
     * Publishes the edition (article-service, then render-service) as the signed-in editor, after the confirmation.
     * While flags are open (or article-service cannot say), the post must carry {@code publish_anyway=yes} (the
     * confirmation's "仍然发布" checkbox): without it nothing is published and the confirmation is answered again
     * with 409 and the reason in plain words.
     *
     * @param paper         paper code
     * @param date          edition date
     * @param publishAnyway {@code yes} when the editor ticked "仍然发布"
     * @return 303 back to the edition with {@code ?published=1}; 409 the confirmation when "仍然发布" is missing; or
     *         the edition page with the error in plain words
     */
    @POST
    @Path("/editions/{paper}/{date}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(@RestPath String paper, @RestPath String date,
            @RestForm("publish_anyway") String publishAnyway) {
        DeskEditor editor = session.editor();
        LocalDate day = EditionService.date(date);
        PublicationCheck check = checks.check(paper, day, editor.authorization());
        if (check.needsOverride() && !PUBLISH_ANYWAY.equals(publishAnyway)) {
            String reason = check.openFlags() == null
                    ? "暂时无法确认还有没有待核对的地方，所以没有发布。要发布，请勾选“仍然发布”后再点发布。"
                    : "还有 " + check.openFlagCount() + " 处待核对没有处理，所以没有发布。要发布，请勾选“仍然发布”后再点发布；或者先去核对。";
            return confirmPage(editor, paper, day, check, reason, 409);
        }
        try {
            publications.publish(paper, day, editor.caller());
        } catch (ProblemException failed) {
            return editionPage(editor, paper, day, false, "发布没有成功：" + PlainWords.general(failed),
                    failed.status() >= 500 ? 503 : failed.status());
        }
        return DeskPages.seeOther(editionPath(paper, day) + "?published=1").build();
    }

    /** Shows the desk's problems as pages, not problem+json. */
    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return pages.message(e.status(), "出错了", PlainWords.general(e), PATH, "回到版次列表", null);
    }

    /**
     * article-service refused a read the page needs: a page in plain words (404 when it does not know the edition,
     * else 502), never a bare 500.
     */
    @ServerExceptionMapper
    public Response refused(RemoteRejectedException e) {
        String text = e.status() == 404 ? "文章服务找不到这一期的稿件。"
                : "文章服务拒绝了这个请求（" + e.getMessage().replaceFirst("^HTTP \\d+: ", "") + "）。";
        return pages.message(e.status() == 404 ? 404 : 502, "出错了", text, PATH, "回到版次列表", null);
    }

    private Response confirmPage(DeskEditor editor, String paper, LocalDate date, PublicationCheck check, String error,
            int status) {
        EditionView edition = desk.edition(paper, date);
        return DeskPages.html(status, Templates.publishConfirm(editor, paper, desk.paperName(paper), date.toString(),
                "PUBLISHED".equals(edition.status()), PublishCheckViews.view(check, paper, date), error,
                PUBLISH_ANYWAY)).build();
    }

    private Response editionPage(DeskEditor editor, String paper, LocalDate date, boolean justPublished, String error,
            int status) {
        EditionView edition = desk.edition(paper, date);
        Optional<Map<Integer, Integer>> flags = desk.openFlags(paper, date, editor.authorization());
        List<DeskViews.PageRow> rows = edition.pages().stream().map(p -> new DeskViews.PageRow(p.number(),
                p.pageName(), p.itemCount(), flags.map(f -> Integer.toString(f.getOrDefault(p.number(), 0)))
                        .orElse("—"), DeskPages.time(p.receivedAt()), p.receivedBy(),
                pagePath(paper, date, p.number()))).toList();
        List<DeskViews.PublicationRow> published = edition.publications().stream()
                .sorted(Comparator.comparingInt(EditionView.PublicationView::sequence).reversed()).map(p -> {
            RenditionManifest manifest = p.manifest();
            return new DeskViews.PublicationRow(p.sequence(), DeskPages.time(p.publishedAt()), p.publishedBy(),
                    "CORRECTION".equals(p.kind()), desk.renditionUrl(manifest, "index.html"), desk.renditionUrl(manifest, ".epub"));
        }).toList();
        return DeskPages.html(status, DeskPages.Templates.edition(editor, paper, desk.paperName(paper), date.toString(),
                "PUBLISHED".equals(edition.status()), rows, published, justPublished, error, flags.isEmpty())).build();
    }

    /** @return the desk path of an edition, e.g. {@code /desk/editions/lcrb/2025-03-26} */
    static String editionPath(String paper, LocalDate date) {
        return PATH + "/" + paper + "/" + date;
    }

    /** @return the desk path of a page's review, e.g. {@code /desk/editions/lcrb/2025-03-26/pages/1} */
    static String pagePath(String paper, LocalDate date, int number) {
        return editionPath(paper, date) + "/pages/" + number;
    }

    private static int total(Map<Integer, Integer> perPage) {
        return perPage.values().stream().mapToInt(Integer::intValue).sum();
    }
}
