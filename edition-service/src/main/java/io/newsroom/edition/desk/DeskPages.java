package io.newsroom.edition.desk;

import io.newsroom.contract.ArticleStatus;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.EditableField;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The desk's Qute templates ({@code src/main/resources/templates/desk/}, checked at build time: {@link Templates})
 * and how their pages are answered: {@code text/html;charset=UTF-8}, never cached, HTML-escaped by Qute (templates
 * ending in {@code .html}).
 */
@Singleton
public class DeskPages {

    /** Media type of every desk page. */
    public static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    /** The newsroom's time zone (聊城, UTC+8): desk times and the upload form's default date. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    /** Chinese names of what else a revision's {@code changed_fields} names: status and the desk operations. */
    private static final Map<String, String> OTHER_CHANGES = Map.of("status", "状态", "source_lines", "原文行",
            "merged_from", "合并了相邻稿件", "merged_into", "并入相邻稿件", "split_into", "拆分出新稿件",
            "split_from", "由拆分产生");

    /**
     * The desk's templates, type-checked at build time: every expression of {@code templates/desk/<name>.html} must
     * resolve against these parameters (a misspelt field or variable fails the build). Method {@code uploadResult}
     * is the template {@code upload-result.html}.
     */
    @CheckedTemplate(basePath = "desk", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static final class Templates {

        private Templates() {
        }

        static native TemplateInstance signIn(DeskEditor editor, String error, String next);

        static native TemplateInstance editions(DeskEditor editor, List<DeskViews.EditionRow> rows);

        static native TemplateInstance edition(DeskEditor editor, String paper, String paperName, String date,
                boolean published, List<DeskViews.PageRow> pages, List<DeskViews.PublicationRow> publications,
                boolean justPublished, String error, boolean flagsUnknown);

        static native TemplateInstance uploadResult(DeskEditor editor, List<DeskViews.UploadRow> rows,
                String editionUrl);

        static native TemplateInstance review(DeskEditor editor, String paper, String date, int number,
                String pageName, List<DeskViews.SourceLine> lines, List<DeskViews.ItemView> items,
                List<DeskViews.ItemRef> targets, String self, String editionUrl, String done,
                List<DeskViews.TypeOption> types);

        static native TemplateInstance conflict(DeskEditor editor, List<DeskViews.ConflictRow> rows,
                Map<String, String> mine, String paragraphs, ArticleView current, String back, String lastEditor);

        static native TemplateInstance message(DeskEditor editor, String title, String text, String linkUrl,
                String linkText);
    }

    /**
     * @param status HTTP status
     * @param page   the filled template
     * @return the rendered page as a response builder (callers may add cookies)
     */
    public static Response.ResponseBuilder html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).header("Cache-Control", "no-store").entity(page.render());
    }

    /**
     * @param location a desk path, e.g. {@code /desk/editions}
     * @return 303 See Other to it (the answer to every successful form post)
     */
    public static Response.ResponseBuilder seeOther(String location) {
        return Response.seeOther(URI.create(location));
    }

    /**
     * A page with a title, one message and a link.
     *
     * @param status   HTTP status
     * @param title    page title
     * @param text     the message
     * @param linkUrl  where the link goes
     * @param linkText the link's text
     * @param editor   the signed-in editor, or {@code null}
     * @return the response
     */
    public Response message(int status, String title, String text, String linkUrl, String linkText,
            DeskEditor editor) {
        return html(status, Templates.message(editor, title, text, linkUrl, linkText)).build();
    }

    /**
     * @param field an editable field
     * @return its Chinese name
     */
    static String label(EditableField field) {
        return switch (field) {
            case KICKER -> "引题";
            case HEADLINE -> "主标题";
            case SUBHEADLINE -> "副题";
            case COLUMN -> "栏目";
            case BYLINE -> "署名";
            case DATELINE -> "电头";
            case TYPE -> "类型";
            case CONTINUES_ON_PAGE -> "转版";
            case FLAGS -> "待核对标记";
            case PARAGRAPHS -> "正文";
            case PHOTOS -> "图片";
        };
    }

    /**
     * @param changed a name of a revision's {@code changed_fields}
     * @return its Chinese name, or the name itself when it is none this desk knows
     */
    static String changeLabel(String changed) {
        return EditableField.fromWireName(changed).map(DeskPages::label)
                .orElseGet(() -> OTHER_CHANGES.getOrDefault(changed, changed));
    }

    /**
     * @param status an article status
     * @return its Chinese name
     */
    static String label(ArticleStatus status) {
        return switch (status) {
            case DRAFT -> "草稿";
            case PUBLISHED -> "已发布";
            case WITHDRAWN -> "已撤下";
        };
    }

    /**
     * @param time an instant, or {@code null}
     * @return {@code yyyy-MM-dd HH:mm} in Beijing time, or "—"
     */
    public static String time(Instant time) {
        return time == null ? "—" : TIME.format(time);
    }
}
