package io.newsroom.edition.desk;

import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Flag;
import io.newsroom.edition.client.DeskArticleClient;
import io.newsroom.edition.client.RemoteRejectedException;
import io.newsroom.edition.service.EditionService;
import io.newsroom.support.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The review queue of an edition (issue 15 item 1): every open flag of every page, in page order and then in the
 * order of the page, each item with its flags explained in plain words ({@link PlainWords#explain}) and the source
 * lines it came from; filtered by flag kind ({@code ?kind=HEADLINE_MISSING}). Items readers will not see (withdrawn,
 * excluded) are not in it. Its forms are the review page's ({@link DeskReviewResource}) and come back here.
 */
@Path("/desk")
@Produces(DeskPages.HTML)
public class DeskQueueResource {

    @Inject
    DeskSession session;

    @Inject
    DeskPages pages;

    @Inject
    DeskEditionService desk;

    @Inject
    DeskArticleClient articles;

    /**
     * @param paper paper code
     * @param date  edition date
     * @param kind  a flag name ({@link Flag}) to show only that kind, or none for every flag
     * @param done  the change just made, for its confirmation
     * @param undo  {@code <id>.<paragraph>} after a merge: offer to split the merged item back there
     * @return the queue page; 400 (a page in plain words) for an unknown {@code kind}; 404 for an edition not received
     */
    @GET
    @Path("/editions/{paper}/{date}/queue")
    @Operation(hidden = true)
    public Response queue(@RestPath String paper, @RestPath String date, @RestQuery String kind,
            @RestQuery String done, @RestQuery String undo) {
        DeskEditor editor = session.editor();
        LocalDate day = EditionService.date(date);
        String editionUrl = DeskEditionResource.editionPath(paper, day);
        String filter = kind == null || kind.isBlank() ? null : kind.strip();
        if (filter != null && Arrays.stream(Flag.values()).noneMatch(f -> f.name().equals(filter))) {
            return pages.message(400, "没有这种标记", "筛选条件 kind 不对：没有“" + filter + "”这种待核对标记。",
                    editionUrl + "/queue", "查看全部待核对", editor);
        }
        String paperName = desk.paperName(paper);
        desk.edition(paper, day); // 404 in plain words when no page of the edition was received
        List<ArticleView> edition = articles.list(paper, day, null, editor.authorization());
        Map<Integer, String> texts = new HashMap<>();
        edition.stream().map(ArticleView::page).distinct().forEach(n -> pageText(paper, day, n)
                .ifPresent(text -> texts.put(n, text)));
        List<DeskViews.ItemView> items = ReviewModel.queue(edition, texts, editionUrl, filter);
        Map<Flag, Integer> counts = ReviewModel.openFlagCounts(edition);
        List<DeskViews.FlagKind> kinds = new ArrayList<>();
        counts.forEach((flag, count) -> kinds.add(new DeskViews.FlagKind(flag.name(), PlainWords.flag(flag), count,
                flag.name().equals(filter), editionUrl + "/queue?kind=" + flag.name())));
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        String self = editionUrl + "/queue" + (filter == null ? "" : "?kind=" + URLEncoder.encode(filter,
                StandardCharsets.UTF_8));
        return DeskPages.html(200, DeskPages.Templates.queue(editor, paper, paperName, date, editionUrl, items, kinds,
                total, filter, List.of(), self, DeskReviewResource.doneMessage(done), PlainWords.TYPE_OPTIONS, true,
                DeskReviewResource.undo(undo, items, self))).build();
    }

    /** Shows the queue's problems as pages in plain words, not problem+json (e.g. an edition not received: 404). */
    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return pages.message(e.status(), "出错了", PlainWords.general(e), DeskEditionResource.PATH, "回到版次列表", null);
    }

    /** article-service refused to list the edition: a page in plain words (502), never a bare 500. */
    @ServerExceptionMapper
    public Response refused(RemoteRejectedException e) {
        return pages.message(502, "出错了", PlainWords.refused(e), DeskEditionResource.PATH, "回到版次列表", null);
    }

    private Optional<String> pageText(String paper, LocalDate day, int number) {
        try {
            return Optional.of(desk.page(paper, day, number).text());
        } catch (ProblemException notReceived) {
            return Optional.empty(); // articles of a page whose text is gone: shown without source lines
        }
    }
}
