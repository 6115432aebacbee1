package io.newsroom.edition.desk;

import io.newsroom.contract.ArticleView;
import io.newsroom.contract.EditableField;
import io.newsroom.contract.MergeRequest;
import io.newsroom.contract.MoveRequest;
import io.newsroom.contract.Paragraph;
import io.newsroom.contract.SplitRequest;
import io.newsroom.edition.client.DeskArticleClient;
import io.newsroom.edition.client.RemoteRejectedException;
import io.newsroom.edition.service.EditionService;
import io.newsroom.support.problem.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Reviewing and correcting one page: the raw text beside its items, and the corrections, each saved to
 * article-service as the signed-in editor with {@code If-Match} (a stale version is shown as a conflict, never
 * overwritten): edit fields and type, merge with the next item, split at a paragraph, move the headline block or
 * byline, clear a flag, exclude from publication or restore (不发布 / 恢复发布), link or unlink a jump (连接 / 断开;
 * links carry no version). An article's revision history is {@link DeskHistoryResource}'s.
 */
@Path("/desk")
@Produces(DeskPages.HTML)
public class DeskReviewResource {

    /** Confirmations shown after a successful change ({@code ?done=…}). */
    private static final Map<String, String> DONE = Map.of("edit", "已保存修改。", "merge", "已合并两条稿件。",
            "split", "已拆分为两条稿件。", "move", "已移动。", "flag", "已标记为核对完毕。", "link", "已连接转版稿件。",
            "unlink", "已断开转版连接。", "exclude", "已设为不发布：读者看不到这一条。", "include", "已恢复发布。");

    /** The fields of the edit form, in form order (each one a merge-patch member). */
    private static final List<EditableField> FORM_FIELDS = List.of(EditableField.TYPE, EditableField.COLUMN,
            EditableField.KICKER, EditableField.HEADLINE, EditableField.SUBHEADLINE, EditableField.BYLINE,
            EditableField.DATELINE, EditableField.CONTINUES_ON_PAGE);

    @Inject
    DeskSession session;

    @Inject
    DeskPages pages;

    @Inject
    DeskEditionService desk;

    @Inject
    DeskArticleClient articles;

    /**
     * @param paper  paper code
     * @param date   edition date
     * @param number page number
     * @param done   the change just made, for its confirmation
     * @return the review page
     */
    @GET
    @Path("/editions/{paper}/{date}/pages/{number}")
    @Operation(hidden = true)
    public Response review(@RestPath String paper, @RestPath String date, @RestPath String number,
            @RestQuery String done) {
        DeskEditor editor = session.editor();
        LocalDate day = EditionService.date(date);
        int page = EditionService.pageNumber(number);
        DeskEditionService.PageText text = desk.page(paper, day, page);
        List<ArticleView> edition = articles.list(paper, day, null, editor.authorization());
        List<ArticleView> items = edition.stream().filter(a -> a.page() == page).toList();
        List<DeskViews.ItemView> views = ReviewModel.items(items, edition,
                DeskEditionResource.editionPath(paper, day));
        List<DeskViews.ItemRef> targets = views.stream().filter(v -> !v.withdrawn())
                .map(v -> new DeskViews.ItemRef(v.id(), v.version(), v.label())).toList();
        String self = DeskEditionResource.pagePath(paper, day, page);
        return DeskPages.html(200, DeskPages.Templates.review(editor, paper, date, page, text.pageName(),
                ReviewModel.lines(text.text(), items), views, targets, self,
                DeskEditionResource.editionPath(paper, day), done == null ? null : DONE.get(done),
                PlainWords.TYPE_OPTIONS)).build();
    }

    /**
     * Saves the edit form: a merge patch of the changed fields, then the paragraphs when they changed. For a published
     * article the optional 更正说明 ({@code correction_note}) goes with the correction the first of them makes.
     *
     * @param id   article id
     * @param form the posted fields ({@code version}, {@code back}, the fields, {@code paragraphs},
     *             {@code correction_note})
     * @return 303 back to the review page, or the conflict page (409) when someone else changed the article
     */
    @POST
    @Path("/articles/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response edit(@RestPath UUID id, @RestForm long version, @RestForm String back,
            @RestForm String type, @RestForm String column, @RestForm String kicker, @RestForm String headline,
            @RestForm String subheadline, @RestForm String byline, @RestForm String dateline,
            @RestForm("continues_on_page") String continuesOnPage, @RestForm String paragraphs,
            @RestForm("correction_note") String correctionNote) {
        DeskEditor editor = session.editor();
        Map<EditableField, String> mine = new EnumMap<>(EditableField.class);
        mine.put(EditableField.TYPE, type);
        mine.put(EditableField.COLUMN, column);
        mine.put(EditableField.KICKER, kicker);
        mine.put(EditableField.HEADLINE, headline);
        mine.put(EditableField.SUBHEADLINE, subheadline);
        mine.put(EditableField.BYLINE, byline);
        mine.put(EditableField.DATELINE, dateline);
        mine.put(EditableField.CONTINUES_ON_PAGE, continuesOnPage);
        Map<String, Object> patch = new LinkedHashMap<>();
        for (EditableField field : FORM_FIELDS) {
            String value = blankToNull(mine.get(field));
            if (field == EditableField.CONTINUES_ON_PAGE && value != null) {
                try {
                    patch.put(field.wireName(), Integer.parseInt(value));
                } catch (NumberFormatException notANumber) {
                    return message(editor, "转版必须是 1 到 99 之间的数字。", back);
                }
            } else if (field != EditableField.TYPE || value != null) {
                patch.put(field.wireName(), value);
            }
        }
        String note = blankToNull(correctionNote);
        if (note != null) {
            patch.put("correction_note", note);
        }
        List<Paragraph> newParagraphs = ReviewModel.parseParagraphs(paragraphs);
        try {
            ArticleView after = articles.patch(id, version, patch, editor.authorization());
            if (paragraphs != null && !newParagraphs.equals(after.paragraphs())) {
                // the note goes with the first correction this edit makes: the patch's, if it changed anything
                articles.paragraphs(id, after.version(), newParagraphs, after.version() == version ? note : null,
                        editor.authorization());
            }
        } catch (RemoteRejectedException refused) {
            if (refused.status() != 412) {
                return message(editor, PlainWords.refused(refused), back);
            }
            ArticleView current = articles.get(id, editor.authorization());
            return conflict(editor, mine, paragraphs, current, back);
        }
        return done(back, "edit", id);
    }

    /**
     * Clears one flag the editor has checked (a merge patch of the remaining flags).
     *
     * @param id      article id
     * @param version the version the editor saw
     * @param flags   the open flags the editor saw, comma-separated
     * @param flag    the flag to clear
     * @param back    the review page
     * @return 303 back to the review page, or a plain-words page when the article changed meanwhile
     */
    @POST
    @Path("/articles/{id}/clear-flag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response clearFlag(@RestPath UUID id, @RestForm long version, @RestForm String flags,
            @RestForm String flag, @RestForm String back) {
        DeskEditor editor = session.editor();
        List<String> remaining = new ArrayList<>(flags == null || flags.isBlank() ? List.of()
                : Arrays.asList(flags.split(",")));
        remaining.remove(flag);
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put(EditableField.FLAGS.wireName(), remaining);
        return operation(editor, back, "flag", id, () -> articles.patch(id, version, patch, editor.authorization()));
    }

    /**
     * Merges the next item of the page into this one.
     *
     * @param id           article id
     * @param version      its version
     * @param otherId      the next item
     * @param otherVersion its version
     * @param back         the review page
     * @return 303 back to the review page, or a plain-words page
     */
    @POST
    @Path("/articles/{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response merge(@RestPath UUID id, @RestForm long version,
            @RestForm("other_id") UUID otherId, @RestForm("other_version") long otherVersion, @RestForm String back) {
        DeskEditor editor = session.editor();
        return operation(editor, back, "merge", id, () -> articles.merge(id, version,
                new MergeRequest(otherId, otherVersion, null), editor.authorization()));
    }

    /**
     * Splits the item so that a new item starts at a paragraph.
     *
     * @param id        article id
     * @param version   its version
     * @param paragraph 0-based index of the new item's first paragraph
     * @param back      the review page
     * @return 303 back to the review page, or a plain-words page
     */
    @POST
    @Path("/articles/{id}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response split(@RestPath UUID id, @RestForm long version, @RestForm int paragraph,
            @RestForm String back) {
        DeskEditor editor = session.editor();
        return operation(editor, back, "split", id, () -> articles.split(id, version,
                new SplitRequest(paragraph, null), editor.authorization()).article());
    }

    /**
     * Excludes the item from publication (不发布): readers never see it; the desk still shows it, marked.
     *
     * @param id      article id
     * @param version its version
     * @param back    the review page
     * @return 303 back to the review page, or a plain-words page
     */
    @POST
    @Path("/articles/{id}/exclude")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response exclude(@RestPath UUID id, @RestForm long version, @RestForm String back) {
        DeskEditor editor = session.editor();
        return operation(editor, back, "exclude", id,
                () -> articles.exclude(id, version, true, editor.authorization()));
    }

    /**
     * Restores an excluded item to publication (恢复发布).
     *
     * @param id      article id
     * @param version its version
     * @param back    the review page
     * @return 303 back to the review page, or a plain-words page
     */
    @POST
    @Path("/articles/{id}/include")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response include(@RestPath UUID id, @RestForm long version, @RestForm String back) {
        DeskEditor editor = session.editor();
        return operation(editor, back, "include", id,
                () -> articles.exclude(id, version, false, editor.authorization()));
    }

    /**
     * Moves the headline block or the byline to another item.
     *
     * @param id      article id
     * @param version its version
     * @param part    {@code headline} or {@code byline}
     * @param target  {@code <id>:<version>} of the receiving item
     * @param back    the review page
     * @return 303 back to the review page, or a plain-words page
     */
    @POST
    @Path("/articles/{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response move(@RestPath UUID id, @RestForm long version, @RestForm String part,
            @RestForm String target, @RestForm String back) {
        DeskEditor editor = session.editor();
        String[] to = target == null ? new String[0] : target.split(":");
        if (to.length != 2) {
            return message(editor, "请选择要移到哪一条稿件。", back);
        }
        return operation(editor, back, "move", id, () -> articles.move(id, version,
                new MoveRequest(part, UUID.fromString(to[0]), Long.parseLong(to[1]), null),
                editor.authorization()));
    }

    /**
     * Links a jump to the article chosen (README "Jumps"): an article to its continuation, a teaser to its story.
     *
     * @param id           the article that jumps
     * @param continuation the chosen article's id
     * @param back         the review page
     * @return 303 back to the review page, or a plain-words page (e.g. another article already continues there)
     */
    @POST
    @Path("/articles/{id}/link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response link(@RestPath UUID id, @RestForm String continuation, @RestForm String back) {
        DeskEditor editor = session.editor();
        UUID to;
        try {
            to = UUID.fromString(continuation == null ? "" : continuation.strip());
        } catch (IllegalArgumentException e) {
            return message(editor, "请选择要连接的稿件。", back);
        }
        return operation(editor, back, "link", id, () -> articles.link(id, to, editor.authorization()));
    }

    /**
     * Unlinks a jump: the article's jump (or, on a continuation, the jump that leads to it) has no partner.
     *
     * @param id   the article
     * @param back the review page
     * @return 303 back to the review page, or a plain-words page
     */
    @POST
    @Path("/articles/{id}/unlink")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response unlink(@RestPath UUID id, @RestForm String back) {
        DeskEditor editor = session.editor();
        return operation(editor, back, "unlink", id, () -> articles.unlink(id, editor.authorization()));
    }

    /** Shows the desk's problems as pages, not problem+json. */
    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return pages.message(e.status(), "出错了", PlainWords.general(e), DeskEditionResource.PATH, "回到版次列表", null);
    }

    /**
     * article-service refused a read the page needs (e.g. the article was deleted meanwhile): a page in plain
     * words, 404 when the article is gone, else 502; never a bare 500.
     */
    @ServerExceptionMapper
    public Response refused(RemoteRejectedException e) {
        return pages.message(e.status() == 404 ? 404 : 502, "出错了", PlainWords.refused(e), DeskEditionResource.PATH,
                "回到版次列表", null);
    }

    private Response operation(DeskEditor editor, String back, String done, UUID id, Supplier<ArticleView> call) {
        try {
            ArticleView after = call.get();
            return done(back, done, after.id());
        } catch (RemoteRejectedException refused) {
            String text = PlainWords.refused(refused)
                    + (refused.status() == 412 ? "你看到的是旧版本，没有保存任何改动。请回到审阅页面查看最新内容后再操作。" : "");
            return message(editor, text, back);
        }
    }

    private Response conflict(DeskEditor editor, Map<EditableField, String> mine, String paragraphs,
            ArticleView current, String back) {
        List<DeskViews.ConflictRow> rows = new ArrayList<>();
        for (EditableField field : FORM_FIELDS) {
            String a = Objects.toString(blankToNull(mine.get(field)), "");
            String b = Objects.toString(stored(current, field), "");
            rows.add(new DeskViews.ConflictRow(DeskPages.label(field), a, b, !a.equals(b)));
        }
        String currentText = ReviewModel.paragraphsText(current.paragraphs());
        String mineText = paragraphs == null ? currentText : paragraphs.strip();
        rows.add(new DeskViews.ConflictRow("正文", mineText, currentText,
                !ReviewModel.parseParagraphs(mineText).equals(current.paragraphs())));
        Map<String, String> mineByName = new LinkedHashMap<>();
        mine.forEach((field, value) -> mineByName.put(field.wireName(), value));
        return DeskPages.html(409, DeskPages.Templates.conflict(editor, rows, mineByName, mineText, current,
                local(back), current.editorial() == null ? null : current.editorial().lastEditor())).build();
    }

    private Response message(DeskEditor editor, String text, String back) {
        return pages.message(409, "没有完成", text, local(back), "回到审阅页面", editor);
    }

    private static Response done(String back, String what, UUID id) {
        return DeskPages.seeOther(local(back) + "?done=" + what + "#item-" + id).build();
    }

    /** The stored value of a field of the edit form. */
    private static Object stored(ArticleView a, EditableField field) {
        return switch (field) {
            case TYPE -> a.type().code();
            case COLUMN -> a.column();
            case KICKER -> a.kicker();
            case HEADLINE -> a.headline();
            case SUBHEADLINE -> a.subheadline();
            case BYLINE -> a.byline();
            case DATELINE -> a.dateline();
            case CONTINUES_ON_PAGE -> a.continuesOnPage();
            case FLAGS, PARAGRAPHS, PHOTOS -> throw new IllegalArgumentException(field + " is not on the edit form");
        };
    }

    /** @return {@code back} when it is a desk path (no open redirect), else the editions list */
    private static String local(String back) {
        return back != null && back.matches("/desk/[A-Za-z0-9/_.-]*") ? back : DeskEditionResource.PATH;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
