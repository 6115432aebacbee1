package io.newsroom.edition.desk;

import io.newsroom.edition.api.PageSummary;
import io.newsroom.edition.service.EditionService;
import io.newsroom.edition.service.PageAddress;
import io.newsroom.edition.service.PageIngestService;
import io.newsroom.edition.service.PageTextReader;
import io.newsroom.segmenter.DecodedPage;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Page upload on the desk: several files at once and/or one pasted text. Without JavaScript the form posts every
 * page to {@code /desk/upload} and gets one result page; {@code desk.js} instead posts each page on its own to
 * {@code /desk/upload/page} (JSON answer) to show a progress bar and the outcome per page.
 */
@Path("/desk/upload")
public class DeskUploadResource {

    @Inject
    DeskSession session;

    @Inject
    DeskPages pages;

    @Inject
    EditionService editions;

    @Inject
    PageIngestService ingest;

    @Inject
    PageTextReader reader;

    @Inject
    DeskEditionService desk;

    /** The value of the form's checkboxes {@code replace} and {@code identical}. */
    static final String YES = "yes";

    /** This resource's templates, type-checked at build time like {@link DeskPages.Templates}. */
    @CheckedTemplate(basePath = "desk", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static final class Templates {

        private Templates() {
        }

        static native TemplateInstance upload(DeskEditor editor, String paper, String date, String nextPage);
    }

    /**
     * What the editor confirmed on the form.
     *
     * @param replace   replace a page number already received with another text ("替换已经收到的版面")
     * @param identical store a text identical to another page of the edition ("与本期另一版文本相同也上传")
     */
    record Confirmed(boolean replace, boolean identical) {

        static Confirmed of(String replace, String identical) {
            return new Confirmed(YES.equals(replace), YES.equals(identical));
        }
    }

    /**
     * The outcome of one page for {@code desk.js}.
     *
     * @param number    page number as given
     * @param ok        whether it was stored
     * @param message   what happened, in plain words
     * @param reviewUrl its review page when stored
     */
    public record PageOutcome(String number, boolean ok, String message, String reviewUrl) {
    }

    /**
     * @param paper paper code to preselect (default {@code lcrb})
     * @param date  edition date to preselect (default today)
     * @param page  page number to prefill for a pasted page (a missing page's link); default the edition's lowest
     *              page not yet received
     * @return the upload form
     */
    @GET
    @Produces(DeskPages.HTML)
    @Operation(hidden = true)
    public Response form(@RestQuery String paper, @RestQuery String date, @RestQuery String page) {
        DeskEditor editor = session.editor();
        String code = paper == null ? "lcrb" : paper;
        String day = date == null ? LocalDate.now(DeskPages.ZONE).toString() : date;
        String next = page != null && page.matches("[1-9][0-9]?") ? page
                : java.util.Objects.toString(desk.nextFreePage(code, day), "");
        return DeskPages.html(200, Templates.upload(editor, code, day, next)).build();
    }

    /**
     * Stores each page in turn; a failed page does not stop the others.
     *
     * @param paper       paper code
     * @param date        edition date
     * @param files       the page files (part {@code file}, repeated)
     * @param numbers     their page numbers, in file order, separated by commas or spaces; a file without one is
     *                    refused (never a silent page 1)
     * @param names       their page names, in file order, separated by commas (default: the paper's names)
     * @param pasteText   a pasted page text, or empty
     * @param pasteNumber its page number
     * @param pasteName   its page name
     * @param replace     {@code yes}: a page number already received may be replaced by another text
     * @param identical   {@code yes}: a text identical to another page of the edition may be stored
     * @return the result page, one row per page; a page received before, or a text identical to another page, is
     *         refused in plain words unless confirmed
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(DeskPages.HTML)
    @Operation(hidden = true)
    public Response uploadAll(@RestForm String paper, @RestForm String date,
            @RestForm("file") List<FileUpload> files, @RestForm String numbers, @RestForm String names,
            @RestForm("paste_text") String pasteText, @RestForm("paste_number") String pasteNumber,
            @RestForm("paste_name") String pasteName, @RestForm String replace, @RestForm String identical) {
        DeskEditor editor = session.editor();
        Confirmed confirmed = Confirmed.of(replace, identical);
        List<String> numberList = split(numbers, "[,，\\s]+");
        List<String> nameList = split(names, "[,，]+");
        List<DeskViews.UploadRow> rows = new ArrayList<>();
        List<FileUpload> chosen = files == null ? List.of()
                : files.stream().filter(f -> f.fileName() != null && !f.fileName().isBlank()).toList();
        for (int i = 0; i < chosen.size(); i++) {
            String number = i < numberList.size() ? numberList.get(i) : null;
            String name = i < nameList.size() ? nameList.get(i) : null;
            FileUpload file = chosen.get(i);
            String label = name == null ? file.fileName() : name;
            rows.add(number == null || number.isBlank()
                    ? new DeskViews.UploadRow("—", label, false, "没有填写这个文件的版次，没有上传（不会默认当作第1版）", null)
                    : row(store(editor, paper, date, number, name, () -> reader.bytes(file), confirmed), label));
        }
        if (pasteText != null && !pasteText.isBlank()) {
            byte[] text = pasteText.getBytes(StandardCharsets.UTF_8);
            rows.add(pasteNumber == null || pasteNumber.isBlank()
                    ? new DeskViews.UploadRow("—", "粘贴的文本", false, "没有填写粘贴文本的版次，没有上传（不会默认当作第1版）", null)
                    : row(store(editor, paper, date, pasteNumber, blankToNull(pasteName), () -> text, confirmed),
                            "粘贴的文本"));
        }
        if (rows.isEmpty()) {
            rows.add(new DeskViews.UploadRow("—", "—", false, "没有选择文件，也没有粘贴文本", null));
        }
        return DeskPages.html(200, DeskPages.Templates.uploadResult(editor, rows,
                DeskEditionResource.PATH + "/" + paper + "/" + date)).build();
    }

    /**
     * Stores one page (used by {@code desk.js}).
     *
     * @param paper    paper code
     * @param date     edition date
     * @param number   page number
     * @param pageName page name, or empty for the paper's default
     * @param file     the page file (part {@code file}); or {@code text}
     * @param text     a pasted page text
     * @param replace   {@code yes}: a page number already received may be replaced by another text
     * @param identical {@code yes}: a text identical to another page of the edition may be stored
     * @return 200 with {@link PageOutcome}, 409 when the page number was received before with another text or the
     *         text is another page's (unless confirmed), or the problem's status with a plain-words
     *         {@link PageOutcome}
     */
    @POST
    @Path("/page")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response uploadOne(@RestForm String paper, @RestForm String date,
            @RestForm String number, @RestForm("page_name") String pageName, @RestForm("file") FileUpload file,
            @RestForm String text, @RestForm String replace, @RestForm String identical) {
        DeskEditor editor = session.editor();
        Stored stored = store(editor, paper, date, number, blankToNull(pageName), () -> file != null ? reader.bytes(file)
                : text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8), Confirmed.of(replace, identical));
        DeskViews.UploadRow row = row(stored, number);
        return Response.status(stored.warning != null ? 409 : stored.failure == null ? 200 : stored.failure.status())
                .entity(new PageOutcome(number, row.ok(), row.message(), row.reviewUrl())).build();
    }

    /**
     * The outcome of one page: its summary, or the problem that stopped it, or the confirmation it needs.
     *
     * @param number   page number as given
     * @param summary  the stored page's summary, or {@code null}
     * @param failure  the problem that stopped it, or {@code null}
     * @param warning  why it was not stored without the editor's confirmation (409), or {@code null}
     */
    private record Stored(String number, PageSummary summary, ProblemException failure, String warning) {
    }

    private Stored store(DeskEditor editor, String paper, String date, String number, String pageName,
            Supplier<byte[]> text, Confirmed confirmed) {
        try {
            PageAddress address = editions.pageAddress(paper, date, number == null ? "" : number.strip());
            DecodedPage page = reader.read(text.get(), null);
            String warning = warning(address, page, confirmed);
            if (warning != null) {
                return new Stored(number, null, null, warning);
            }
            return new Stored(number, ingest.counted(() -> ingest.ingest(address, pageName, page, editor.caller())),
                    null, null);
        } catch (ProblemException failure) {
            return new Stored(number, null, failure, null);
        }
    }

    /**
     * The upload's two warnings, checked before anything is stored: the page number was received before with
     * another text (a replacement must be confirmed: "替换已经收到的版面"), and the text is identical (same SHA-256)
     * to another page of the edition (likely the wrong file: "与本期另一版文本相同也上传"). The same text sent again
     * for the same page number needs no confirmation (it changes nothing).
     *
     * @return the warning in plain words, or {@code null} when the page may be stored
     */
    private String warning(PageAddress address, DecodedPage page, Confirmed confirmed) {
        Map<Integer, DeskEditionService.ReceivedPage> received = desk.receivedPages(address.paper().code(),
                address.date());
        String sha256 = PageIngestService.sha256(page.text());
        int number = address.number();
        DeskEditionService.ReceivedPage before = received.get(number);
        if (before != null && !before.sha256().equals(sha256) && !confirmed.replace()) {
            return "第" + number + "版已经收到过（" + DeskPages.time(before.receivedAt()) + "，" + before.receivedBy()
                    + "上传），这次的文本不同，没有上传。确实要替换，请勾选“替换已经收到的版面”后重新上传。";
        }
        if (!confirmed.identical()) {
            for (DeskEditionService.ReceivedPage other : received.values()) {
                if (other.number() != number && other.sha256().equals(sha256)) {
                    return "这份文本与第" + other.number() + "版（" + other.pageName() + "）完全相同，可能选错了文件，没有上传。"
                            + "确实要上传，请勾选“与本期另一版文本相同也上传”后重新上传。";
                }
            }
        }
        return null;
    }

    private static DeskViews.UploadRow row(Stored stored, String name) {
        if (stored.warning != null) {
            return new DeskViews.UploadRow(stored.number, name, false, stored.warning, null);
        }
        if (stored.failure != null) {
            return new DeskViews.UploadRow(stored.number, name, false, PlainWords.upload(stored.failure), null);
        }
        PageSummary s = stored.summary;
        String message = (s.changed() ? "已保存：" : "内容未变，已跳过：") + s.itemCount() + " 条稿件，" + s.flags().size()
                + " 处待核对" + (s.conflicts().isEmpty() ? "" : "，" + s.conflicts().size() + " 条已被编辑修改过的稿件保持不变");
        return new DeskViews.UploadRow(Integer.toString(s.number()), s.pageName(), true, message,
                DeskEditionResource.pagePath(s.paper(), s.date(), s.number()));
    }

    private static List<String> split(String text, String separators) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.strip().split(separators)).map(String::strip).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
