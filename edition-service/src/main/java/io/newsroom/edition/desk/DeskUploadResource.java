package io.newsroom.edition.desk;

import io.newsroom.edition.api.PageSummary;
import io.newsroom.edition.service.EditionService;
import io.newsroom.edition.service.PageIngestService;
import io.newsroom.edition.service.PageTextReader;
import io.newsroom.support.problem.ProblemException;
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
     * @return the upload form
     */
    @GET
    @Produces(DeskPages.HTML)
    @Operation(hidden = true)
    public Response form(@RestQuery String paper, @RestQuery String date) {
        DeskEditor editor = session.editor();
        return DeskPages.html(200, DeskPages.Templates.upload(editor, paper == null ? "lcrb" : paper,
                date == null ? LocalDate.now(DeskPages.ZONE).toString() : date)).build();
    }

    /**
     * Stores each page in turn; a failed page does not stop the others.
     *
     * @param paper       paper code
     * @param date        edition date
     * @param files       the page files (part {@code file}, repeated)
     * @param numbers     their page numbers, in file order, separated by commas or spaces (default 1, 2, …)
     * @param names       their page names, in file order, separated by commas (default: the paper's names)
     * @param pasteText   a pasted page text, or empty
     * @param pasteNumber its page number
     * @param pasteName   its page name
     * @return the result page, one row per page
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(DeskPages.HTML)
    @Operation(hidden = true)
    public Response uploadAll(@RestForm String paper, @RestForm String date,
            @RestForm("file") List<FileUpload> files, @RestForm String numbers, @RestForm String names,
            @RestForm("paste_text") String pasteText, @RestForm("paste_number") String pasteNumber,
            @RestForm("paste_name") String pasteName) {
        DeskEditor editor = session.editor();
        List<String> numberList = split(numbers, "[,，\\s]+");
        List<String> nameList = split(names, "[,，]+");
        List<DeskViews.UploadRow> rows = new ArrayList<>();
        List<FileUpload> chosen = files == null ? List.of()
                : files.stream().filter(f -> f.fileName() != null && !f.fileName().isBlank()).toList();
        for (int i = 0; i < chosen.size(); i++) {
            String number = i < numberList.size() ? numberList.get(i) : Integer.toString(i + 1);
            String name = i < nameList.size() ? nameList.get(i) : null;
            FileUpload file = chosen.get(i);
            rows.add(row(store(editor, paper, date, number, name, () -> reader.bytes(file)),
                    name == null ? chosen.get(i).fileName() : name));
        }
        if (pasteText != null && !pasteText.isBlank()) {
            byte[] text = pasteText.getBytes(StandardCharsets.UTF_8);
            rows.add(row(store(editor, paper, date, pasteNumber, blankToNull(pasteName), () -> text), "粘贴的文本"));
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
     * @return 200 with {@link PageOutcome}, or the problem's status with a plain-words {@link PageOutcome}
     */
    @POST
    @Path("/page")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response uploadOne(@RestForm String paper, @RestForm String date,
            @RestForm String number, @RestForm("page_name") String pageName, @RestForm("file") FileUpload file,
            @RestForm String text) {
        DeskEditor editor = session.editor();
        Stored stored = store(editor, paper, date, number, blankToNull(pageName), () -> file != null ? reader.bytes(file)
                : text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8));
        DeskViews.UploadRow row = row(stored, number);
        return Response.status(stored.failure == null ? 200 : stored.failure.status())
                .entity(new PageOutcome(number, row.ok(), row.message(), row.reviewUrl())).build();
    }

    /** The outcome of one page: its summary or the problem that stopped it. */
    private record Stored(String number, PageSummary summary, ProblemException failure) {
    }

    private Stored store(DeskEditor editor, String paper, String date, String number, String pageName,
            Supplier<byte[]> text) {
        try {
            return new Stored(number, ingest.counted(() -> ingest.ingest(
                    editions.pageAddress(paper, date, number == null ? "" : number.strip()), pageName,
                    reader.read(text.get(), null), editor.caller())), null);
        } catch (ProblemException failure) {
            return new Stored(number, null, failure);
        }
    }

    private static DeskViews.UploadRow row(Stored stored, String name) {
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
