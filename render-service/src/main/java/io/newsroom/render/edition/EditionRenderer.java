package io.newsroom.render.edition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders one edition, entirely in memory: the HTML edition and the EPUB. Pure and thread-safe;
 * the service layer stores what it returns.
 */
public final class EditionRenderer {

    private final HtmlEditionRenderer html;
    private final EpubEditionRenderer epub;

    /** A renderer with its own template engine. */
    public EditionRenderer() {
        EditionTemplates templates = new EditionTemplates();
        this.html = new HtmlEditionRenderer(templates);
        this.epub = new EpubEditionRenderer(templates);
    }

    /**
     * @param content the edition; at least one article
     * @return the files in storage order: {@code articles/{id}.html} in reading order,
     *         {@code index.html}, {@code style.css}, {@code {paper}-{date}.epub}
     * @throws IllegalArgumentException for an edition without articles
     */
    public List<RenderedFile> render(EditionContent content) {
        if (content.articles().isEmpty()) {
            throw new IllegalArgumentException("an edition needs at least one article");
        }
        EditionLayout layout = EditionLayout.of(content);
        List<RenderedFile> files = new ArrayList<>(html.render(layout));
        files.add(epub.render(layout));
        return List.copyOf(files);
    }

    /** Values every template of an edition reads: content, layout, date forms. */
    static Map<String, Object> commonData(EditionLayout layout) {
        EditionContent content = layout.content();
        return Map.of(
                "content", content,
                "layout", layout,
                "date", ChineseDates.date(content.date()),
                "dateWithWeekday", ChineseDates.dateWithWeekday(content.date()));
    }

    /** @return a copy of {@code base} with the given key/value pairs added */
    static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> data = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }
}
