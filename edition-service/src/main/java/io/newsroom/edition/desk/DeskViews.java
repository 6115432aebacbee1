package io.newsroom.edition.desk;

import io.newsroom.contract.Photo;
import io.quarkus.qute.TemplateData;
import java.util.List;

/** The records the desk templates ({@code templates/desk/*.html}) render; all values are plain display text. */
@TemplateData(target = Photo.class)
public final class DeskViews {

    private DeskViews() {
    }

    /**
     * One row of the editions list.
     *
     * @param paperName       paper name, e.g. 聊城日报
     * @param date            edition date, ISO 8601
     * @param statusLabel     待发布 or 已发布
     * @param published       whether the edition is published
     * @param pages           pages received
     * @param openFlags       flags not yet cleared, or "—" when article-service did not answer
     * @param lastPublication time of the last publication, or "—"
     * @param url             the edition's desk page
     */
    @TemplateData
    public record EditionRow(String paperName, String date, String statusLabel, boolean published, int pages,
            String openFlags, String lastPublication, String url) {
    }

    /**
     * One received page of an edition.
     *
     * @param number     page number
     * @param name       page name
     * @param items      segmented items
     * @param openFlags  flags not yet cleared, or "—"
     * @param receivedAt when (Beijing time)
     * @param receivedBy who sent it
     * @param reviewUrl  its review page
     */
    @TemplateData
    public record PageRow(int number, String name, int items, String openFlags, String receivedAt, String receivedBy,
            String reviewUrl) {
    }

    /**
     * One publication of an edition.
     *
     * @param sequence    1, 2, …
     * @param publishedAt when (Beijing time)
     * @param publishedBy who
     * @param correction  whether the rendition was made again by itself after corrections (更正后自动重排)
     * @param htmlUrl     the HTML edition's index, or {@code null}
     * @param epubUrl     the EPUB, or {@code null}
     */
    @TemplateData
    public record PublicationRow(int sequence, String publishedAt, String publishedBy, boolean correction,
            String htmlUrl, String epubUrl) {
    }

    /**
     * The outcome of one uploaded page.
     *
     * @param number    page number as given
     * @param name      page name as given, or the file name
     * @param ok        whether it was stored
     * @param message   what happened, in plain words
     * @param reviewUrl its review page when stored, else {@code null}
     */
    @TemplateData
    public record UploadRow(String number, String name, boolean ok, String message, String reviewUrl) {
    }

    /**
     * One numbered line of the raw page text.
     *
     * @param number    1-based line number
     * @param text      the line
     * @param itemId    id of the item holding it, or {@code null}
     * @param itemLabel that item's label (e.g. its headline), or {@code null}
     */
    @TemplateData
    public record SourceLine(int number, String text, String itemId, String itemLabel) {
    }

    /**
     * One segmented item on the review page.
     *
     * @param id             article id
     * @param version        its version, sent back as If-Match
     * @param label          headline, or the type and position when it has none
     * @param type           wire type
     * @param typeLabel      Chinese type name
     * @param column         栏目
     * @param kicker         引题
     * @param headline       主标题
     * @param subheadline    副题
     * @param byline         署名
     * @param dateline       电头
     * @param paragraphs     body and crossheads
     * @param paragraphsText the paragraphs as edited in the form (blank line between, crossheads start "## ")
     * @param photos         photos
     * @param jump           转第N版 page, or {@code null}
     * @param jumpLabel      the jump as printed ("（下转第3版）", "详见第2版"), or "转第N版" when no wording was kept
     * @param jumpLink       the article the jump is linked to (its continuation, a teaser's story), or {@code null}
     * @param continuedFrom  the article this one continues (its "（上接第1版）"), or {@code null}
     * @param continuedFromPage the page its continuation marker names, or {@code null}
     * @param linkChoices    the articles an editor can link the jump to: those of the page it names, else of every
     *                       later page
     * @param confidence     segmentation confidence in percent, or {@code null}
     * @param flags          open flags
     * @param flagNames      open flag names, comma-separated (sent back when a flag is cleared)
     * @param lines          source line ranges as {@code 1-34,140-143} (read by desk.js)
     * @param linesLabel     the same for people, e.g. {@code 1–34、140–143}
     * @param firstLine      the first source line, or {@code null}
     * @param withdrawn      whether it was merged away or withdrawn
     * @param published      whether it is published (a change is then a correction, with an optional 更正说明)
     * @param excluded       whether an editor excluded it from publication (不发布): readers never see it
     * @param publishedAs    how readers get a 今日导读 box or staff line (not as an article), else {@code null}
     * @param untitled       an article or teaser without a headline whose HEADLINE_MISSING flag is not open: readers
     *                       get it without a title, which the desk says
     * @param lastEditor     last editor or {@code null}
     * @param next           the next active item of the page (merge partner), or {@code null}
     */
    @TemplateData
    public record ItemView(String id, long version, String label, String type, String typeLabel, String column,
            String kicker, String headline, String subheadline, String byline, String dateline,
            List<ParagraphView> paragraphs, String paragraphsText, List<Photo> photos, Integer jump,
            String jumpLabel, JumpRef jumpLink, JumpRef continuedFrom, Integer continuedFromPage,
            List<JumpRef> linkChoices, Integer confidence, List<FlagView> flags, String flagNames, String lines,
            String linesLabel, Integer firstLine, boolean withdrawn, boolean published, boolean excluded,
            String publishedAs, boolean untitled, String lastEditor, ItemRef next) {
    }

    /**
     * @param index     0-based paragraph index
     * @param crosshead whether it is a 小标题
     * @param text      the text
     */
    @TemplateData
    public record ParagraphView(int index, boolean crosshead, String text) {
    }

    /**
     * One choice of the edit form's type list.
     *
     * @param code  wire name, e.g. {@code article}
     * @param label Chinese name, e.g. 文章
     */
    @TemplateData
    public record TypeOption(String code, String label) {
    }

    /**
     * @param name  stable flag name
     * @param label Chinese description
     * @param jump  a jump flag: settled by linking or unlinking the jump, not by 已核对
     */
    @TemplateData
    public record FlagView(String name, String label, boolean jump) {
    }

    /**
     * An article of another page a jump leads to or comes from.
     *
     * @param id    article id
     * @param label "第3版 · headline"
     * @param href  its place on its page's review, {@code /desk/editions/…/pages/3#item-…}
     */
    @TemplateData
    public record JumpRef(String id, String label, String href) {
    }

    /**
     * Another item an operation can target.
     *
     * @param id      article id
     * @param version its version
     * @param label   its label
     */
    @TemplateData
    public record ItemRef(String id, long version, String label) {
    }

    /**
     * One entry of an article's revision history.
     *
     * @param number     1, 2, …
     * @param editor     who
     * @param changedAt  when (Beijing time)
     * @param fields     what changed, in Chinese
     * @param changes    old → new per field
     * @param revertable whether the desk offers "恢复到这次修改之前" (no merge or split since)
     */
    @TemplateData
    public record RevisionRow(int number, String editor, String changedAt, String fields, List<FieldChange> changes,
            boolean revertable) {
    }

    /**
     * One field a revision changed.
     *
     * @param label  Chinese field name
     * @param before the value before, or {@code null} (the body, or an operation without values)
     * @param after  the value after, or {@code null}
     * @param diff   the body's paragraph-level diff, or {@code null} for other fields
     */
    @TemplateData
    public record FieldChange(String label, String before, String after, List<DiffLine> diff) {
    }

    /**
     * One line of a paragraph-level diff.
     *
     * @param kind {@code same}, {@code del} (removed), {@code ins} (added) or {@code gap} (unchanged paragraphs folded)
     * @param text the paragraph, or for a gap how many were folded
     */
    @TemplateData
    public record DiffLine(String kind, String text) {
    }

    /**
     * One field in the conflict view.
     *
     * @param label   Chinese field name
     * @param mine    the editor's value
     * @param current the stored value
     * @param differs whether they differ
     */
    @TemplateData
    public record ConflictRow(String label, String mine, String current, boolean differs) {
    }
    /**
     * One line of the publish confirmation.
     *
     * @param text what it says, e.g. {@code 第2版 综合：3 处（缺少标题、署名不确定）}
     * @param url  where to act on it (the page's review, the upload form), or {@code null}
     */
    @TemplateData
    public record CheckLine(String text, String url) {
    }

    /**
     * The publish confirmation of an edition (README "Publishing safely and history").
     *
     * @param flagsUnknown     article-service could not say which flags are open
     * @param openFlagCount    open flags in the edition
     * @param flagPages        the pages with open flags: count and kinds
     * @param unreviewed       pages no editor opened in review since their text arrived
     * @param missing          pages not received (the paper's named pages, gaps)
     * @param published        whether the edition was published before
     * @param lastPublished    the last publication's time, or "—"
     * @param pagesAdded       pages added since the last publication
     * @param pagesReplaced    pages replaced since the last publication
     * @param articlesAdded    articles readers will see for the first time
     * @param articlesChanged  articles changed since the last publication
     * @param articlesRemoved  articles readers will no longer see
     * @param needsOverride    publishing needs the explicit "仍然发布"
     */
    @TemplateData
    public record PublishCheckView(boolean flagsUnknown, int openFlagCount, List<CheckLine> flagPages,
            List<CheckLine> unreviewed, List<CheckLine> missing, boolean published, String lastPublished,
            List<CheckLine> pagesAdded, List<CheckLine> pagesReplaced, List<CheckLine> articlesAdded,
            List<CheckLine> articlesChanged, List<CheckLine> articlesRemoved, boolean needsOverride) {

        /** @return whether nothing changed since the last publication */
        public boolean unchanged() {
            return pagesAdded.isEmpty() && pagesReplaced.isEmpty() && articlesAdded.isEmpty()
                    && articlesChanged.isEmpty() && articlesRemoved.isEmpty();
        }
    }
}
