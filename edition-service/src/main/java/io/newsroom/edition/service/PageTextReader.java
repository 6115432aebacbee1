package io.newsroom.edition.service;

import io.newsroom.edition.config.EditionConfig;
import io.newsroom.segmenter.DecodedPage;
import io.newsroom.segmenter.PageTextDecoder;
import io.newsroom.segmenter.PageTextException;
import io.newsroom.support.problem.Problem;
import io.newsroom.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Checks an uploaded page text and decodes it: the content type must be {@code text/plain}; the body must be
 * 1 byte to {@code edition.max-page-bytes} (2 MB) long, decodable (declared charset, else detected UTF-8 or
 * GB18030, see {@link PageTextDecoder}), with at least one printable character (not only whitespace, control or
 * zero-width characters: such a page would segment into no item and empty the page), and free of NUL characters
 * (U+0000), which no text column can store.
 */
@ApplicationScoped
public class PageTextReader {

    @Inject
    EditionConfig config;

    /**
     * @param contentType the request's {@code Content-Type} header, may be {@code null}
     * @param body        the request body
     * @return the decoded text
     * @throws ProblemException 415 (field {@code Content-Type}) for another media type or an unknown charset;
     *                          413 (field {@code body}) above the size limit; 400 (field {@code body}) for an
     *                          empty or undecodable body, one without a printable character, or one with a NUL
     *                          character
     */
    public DecodedPage readText(String contentType, byte[] body) {
        MediaType type = mediaType(contentType);
        if (type == null || !type.isCompatible(MediaType.TEXT_PLAIN_TYPE) || type.isWildcardType()
                || type.isWildcardSubtype()) {
            throw unsupported("must be text/plain (or multipart/form-data with a file part \"file\" where a page is"
                    + " uploaded), not " + (contentType == null ? "missing" : contentType));
        }
        return read(body, type.getParameters().get(MediaType.CHARSET_PARAMETER));
    }

    /**
     * Reads an uploaded file's bytes, checking its size first so that an oversized file is never read into memory.
     *
     * @param file a {@code multipart/form-data} file part
     * @return the file's bytes, undecoded (decode them with {@link #read})
     * @throws ProblemException 413 (field {@code body}) above the size limit
     * @throws UncheckedIOException when the uploaded file cannot be read
     */
    public byte[] bytes(FileUpload file) {
        checkSize(file.size());
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkSize(long size) {
        if (size > config.maxPageBytes()) {
            String reason = "the page text is " + size + " bytes; at most " + config.maxPageBytes()
                    + " bytes are accepted";
            throw new ProblemException(413, "Content too large", "body: " + reason,
                    List.of(new Problem.FieldError("body", reason)), Map.of());
        }
    }

    /**
     * @param body            the page bytes
     * @param declaredCharset the charset the client declared, or {@code null} to detect UTF-8 or GB18030
     * @return the decoded text
     * @throws ProblemException as {@link #readText}, without the media-type check
     */
    public DecodedPage read(byte[] body, String declaredCharset) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalidField("body", "the page text is empty");
        }
        checkSize(body.length);
        DecodedPage page;
        try {
            page = PageTextDecoder.decode(body, declaredCharset);
        } catch (PageTextException e) {
            if (e.reason() == PageTextException.Reason.UNSUPPORTED_CHARSET) {
                throw unsupported(e.getMessage());
            }
            throw ProblemException.invalidField("body", e.getMessage());
        }
        if (!hasPrintableCharacter(page.text())) {
            throw ProblemException.invalidField("body", "the page text has no printable character: it contains only"
                    + " whitespace, control or zero-width characters, so there is nothing to publish on the page");
        }
        int nul = page.text().indexOf('\u0000');
        if (nul >= 0) {
            String before = page.text().substring(0, nul);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = nul - before.lastIndexOf('\n');
            throw ProblemException.invalidField("body", "the page text contains a NUL character (U+0000) at line "
                    + line + ", column " + column + "; page text cannot contain it (binary data or a broken file?)");
        }
        return page;
    }

    /**
     * @param text a decoded page text
     * @return whether one of its characters prints: not whitespace or another separator, not a control character
     *         (Unicode category Cc), not a format character (Cf: zero-width space U+200B, joiners, BOM U+FEFF …), not
     *         unassigned
     */
    static boolean hasPrintableCharacter(String text) {
        return text.codePoints().anyMatch(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                return false;
            }
            int type = Character.getType(cp);
            return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                    && type != Character.SURROGATE;
        });
    }

    private static MediaType mediaType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return MediaType.valueOf(header);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static ProblemException unsupported(String reason) {
        return new ProblemException(415, "Unsupported media type", "Content-Type: " + reason,
                List.of(new Problem.FieldError("Content-Type", reason)), Map.of());
    }
}
