package io.newsroom.render.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsroom.render.EditionFixtures;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Every HTML page of every fixture edition passes the Nu HTML Checker (in-process, HTML5 schema
 * and parser) with 0 errors. Runs in its own Surefire execution ({@code nu-html-check}): the
 * checker's libraries clash with EPUBCheck's.
 */
class HtmlValidityTest {

    static Stream<EditionContent> editions() {
        return EditionFixtures.editions().stream();
    }

    @ParameterizedTest
    @MethodSource("editions")
    void everyHtmlPageHasNoErrors(EditionContent edition) {
        int pages = 0;
        for (RenderedFile f : new EditionRenderer().render(edition)) {
            if (f.path().endsWith(".html")) {
                assertEquals(List.of(), nuErrors(f.bytes()), f.path() + " of " + edition.date());
                pages++;
            }
        }
        assertEquals(edition.articles().size() + 1, pages, "one page per article plus the index");
    }

    @Test
    void checkerReportsBrokenMarkup() {
        byte[] broken = "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>t</title></head><body><p><div></span></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(nuErrors(broken).size() >= 1, "the checker must see errors, or passing pages prove nothing");
    }

    /** @return the checker's error messages ("line:column message"); warnings are ignored */
    static List<String> nuErrors(byte[] html) {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator();
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
            validator.setUpValidatorAndParsers(handler, true, false);
            InputSource source = new InputSource(new ByteArrayInputStream(html));
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        } catch (Exception e) {
            throw new IllegalStateException("Nu HTML Checker failed to run", e);
        }
        return errors;
    }
}
