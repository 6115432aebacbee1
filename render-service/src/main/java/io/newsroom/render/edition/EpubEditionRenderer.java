package io.newsroom.render.edition;

import io.newsroom.contract.ArticleView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The EPUB 3 periodical of one edition, following the EPUB 3.3 OCF and package structure:
 * {@code mimetype} first and stored, {@code META-INF/container.xml}, {@code EPUB/package.opf},
 * {@code EPUB/nav.xhtml} (toc: pages → articles, plus landmarks), {@code EPUB/cover.xhtml} (the
 * masthead page), {@code EPUB/style.css}, and {@code EPUB/articles/{id}.xhtml} per article.
 *
 * <p>Deterministic: the same edition gives the same bytes. Entries are written in that fixed
 * order, every entry carries the same timestamp (dcterms:modified, the latest
 * {@code updated_at} of the articles), no extra fields, fixed compression level.
 */
public final class EpubEditionRenderer {

    /** Media type of the EPUB (RFC 4839 / EPUB 3.3 OCF). */
    public static final String EPUB = "application/epub+zip";

    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final EditionTemplates templates;

    /** @param templates the template set */
    public EpubEditionRenderer(EditionTemplates templates) {
        this.templates = templates;
    }

    /**
     * @param layout the edition's layout
     * @return the EPUB file, named {@code {paper}-{date}.epub}
     */
    public RenderedFile render(EditionLayout layout) {
        EditionContent content = layout.content();
        Instant modified = modified(content);
        Map<String, Object> data = EditionRenderer.with(EditionRenderer.commonData(layout),
                "identifier", identifier(content.paperCode(), content.date().toString()),
                "title", content.paperName() + " " + ChineseDates.date(content.date()),
                "modified", MODIFIED.format(modified.atOffset(ZoneOffset.UTC)),
                "accessibilitySummary", "本出版物为" + content.paperName()
                        + "的文字版，按版面和篇目组织，含目录和结构化导航；图片仅以图片说明和作者署名的文字形式提供。");

        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", templates.staticFile("epub/container.xml"));
        entries.put("EPUB/package.opf", templates.render("epub/package.opf", data));
        entries.put("EPUB/nav.xhtml", templates.render("epub/nav.xhtml", data));
        entries.put("EPUB/cover.xhtml", templates.render("epub/cover.xhtml", data));
        entries.put("EPUB/style.css", templates.staticFile("epub/style.css"));
        for (EditionLayout.ArticleLayout view : layout.articles()) {
            entries.put("EPUB/articles/" + view.article().id() + ".xhtml",
                    templates.render("epub/article.xhtml", EditionRenderer.with(data, "view", view, "ext", "xhtml")));
        }
        byte[] epub = zip(entries, LocalDateTime.ofInstant(modified, ZoneOffset.UTC));
        return new RenderedFile(fileName(content.paperCode(), content.date().toString()), EPUB, epub);
    }

    /**
     * @param paperCode paper code, e.g. "lcrb"
     * @param isoDate   edition date, ISO, e.g. "2025-03-26"
     * @return the EPUB's path in the edition folder, {@code {paper}-{date}.epub}
     */
    public static String fileName(String paperCode, String isoDate) {
        return paperCode + "-" + isoDate + ".epub";
    }

    /**
     * The stable identifier of an edition: a name-based UUID (RFC 4122 version 3) of
     * {@code "{paper}/{date}"}, e.g. "lcrb/2025-03-26".
     *
     * @return {@code urn:uuid:…}
     */
    public static String identifier(String paperCode, String isoDate) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((paperCode + "/" + isoDate).getBytes(StandardCharsets.UTF_8));
    }

    /** @return the latest {@code updated_at} of the articles, whole seconds; midnight UTC of the date if none */
    static Instant modified(EditionContent content) {
        return content.articles().stream()
                .map(ArticleView::updatedAt)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(content.date().atStartOfDay().toInstant(ZoneOffset.UTC))
                .truncatedTo(ChronoUnit.SECONDS);
    }

    /** Writes the OCF container: "mimetype" stored and first, then the entries deflated, in order. */
    private static byte[] zip(Map<String, byte[]> entries, LocalDateTime time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            byte[] mimetype = EPUB.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            first.setTimeLocal(time);
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setMethod(ZipEntry.DEFLATED);
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
