package io.newsroom.render.edition;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Qute templates and static files of the renditions, read from the class path folder
 * {@code templates/edition/}. A standalone Qute {@link Engine} (the template library, not the
 * Quarkus extension), so the renderers run the same inside the service and in a plain
 * {@code main} (the benchmark). The templates sit where the Quarkus extension finds them too, so
 * that it type-checks them at build time: each one declares the types of the values it reads
 * ({@code {@io.newsroom.render.edition.EditionLayout layout}}), and a misspelt member fails the build.
 *
 * <p>Escaping: every value printed into an {@code .html}, {@code .xhtml}, {@code .opf} or
 * {@code .xml} template is escaped ({@code & < > " '}); templates never print raw text.
 */
public final class EditionTemplates {

    /** The class path folder of Quarkus' templates; template ids (and includes) are relative to it. */
    private static final String ROOT = "templates/";
    /** The renditions' folder under {@link #ROOT}. */
    private static final String FOLDER = "edition/";
    private static final String XHTML = "application/xhtml+xml";
    private static final String XML = "application/xml";

    private final Engine engine;
    private final Map<String, byte[]> staticFiles = new ConcurrentHashMap<>();

    /** Builds the engine; templates are parsed on first use and cached. */
    public EditionTemplates() {
        this.engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML, XHTML, XML)))
                .addLocator(new ClassPathLocator())
                .strictRendering(true)
                .removeStandaloneLines(true)
                .build();
    }

    /**
     * Renders one template.
     *
     * @param id   path under {@code templates/edition/}, e.g. "html/index.html"
     * @param data named values the template reads
     * @return the output, UTF-8 bytes
     * @throws IllegalArgumentException if there is no such template
     */
    public byte[] render(String id, Map<String, Object> data) {
        Template template = engine.getTemplate(FOLDER + id);
        if (template == null) {
            throw new IllegalArgumentException("no template " + id);
        }
        return template.data(data).render().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param id path under {@code templates/edition/} of a static file (CSS, container.xml)
     * @return its bytes, unchanged (read from the class path once, then a copy of the cached bytes)
     * @throws IllegalArgumentException if there is no such file
     */
    public byte[] staticFile(String id) {
        return staticFiles.computeIfAbsent(FOLDER + id, EditionTemplates::read).clone();
    }

    private static byte[] read(String id) {
        try (InputStream in = open(id)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String id) {
        InputStream in = EditionTemplates.class.getClassLoader().getResourceAsStream(ROOT + id);
        if (in == null) {
            throw new IllegalArgumentException("no template " + id);
        }
        return in;
    }

    /** Media type of a template by its extension; it selects the escaping. */
    static String mediaType(String id) {
        if (id.endsWith(".html")) {
            return Variant.TEXT_HTML;
        }
        if (id.endsWith(".xhtml")) {
            return XHTML;
        }
        return XML;
    }

    private static final class ClassPathLocator implements TemplateLocator {

        @Override
        public Optional<TemplateLocation> locate(String id) {
            if (EditionTemplates.class.getClassLoader().getResource(ROOT + id) == null) {
                return Optional.empty();
            }
            return Optional.of(new TemplateLocation() {
                @Override
                public Reader read() {
                    return new InputStreamReader(open(id), StandardCharsets.UTF_8);
                }

                @Override
                public Optional<Variant> getVariant() {
                    return Optional.of(new Variant(Locale.ROOT, StandardCharsets.UTF_8, mediaType(id)));
                }
            });
        }
    }
}
