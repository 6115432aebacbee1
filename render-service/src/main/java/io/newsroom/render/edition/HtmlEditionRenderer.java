package io.newsroom.render.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The HTML edition: one page per article ({@code articles/{id}.html}), the index page with the
 * masthead and the pages in order ({@code index.html}), and the shared {@code style.css}.
 * Pages are HTML5 with {@code lang="zh-CN"}, landmarks (header, nav, main, footer), one h1 per
 * page and no scripts. Pure: no I/O besides reading templates.
 */
public final class HtmlEditionRenderer {

    /** Media type of the pages. */
    public static final String HTML = "text/html; charset=utf-8";
    /** Media type of the style sheet. */
    public static final String CSS = "text/css; charset=utf-8";

    private final EditionTemplates templates;

    /** @param templates the template set */
    public HtmlEditionRenderer(EditionTemplates templates) {
        this.templates = templates;
    }

    /**
     * @param layout the edition's layout
     * @return article pages in reading order, then index.html, then style.css
     */
    public List<RenderedFile> render(EditionLayout layout) {
        Map<String, Object> common = EditionRenderer.commonData(layout);
        List<RenderedFile> files = new ArrayList<>();
        for (EditionLayout.ArticleLayout view : layout.articles()) {
            files.add(new RenderedFile("articles/" + view.article().id() + ".html", HTML,
                    templates.render("html/article.html", EditionRenderer.with(common, "view", view, "ext", "html"))));
        }
        files.add(new RenderedFile("index.html", HTML, templates.render("html/index.html", common)));
        files.add(new RenderedFile("style.css", CSS, templates.staticFile("html/style.css")));
        return files;
    }
}
