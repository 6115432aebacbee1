package io.newsroom.article.mapping;

import io.newsroom.article.ArticleEntity;
import io.newsroom.article.api.NinjsItem.AltId;
import io.newsroom.article.api.NinjsItem.Association;
import io.newsroom.article.api.NinjsItem.Body;
import io.newsroom.article.api.NinjsItem.Text;
import io.newsroom.article.api.NinjsItem;
import io.newsroom.article.search.Snippets;
import io.newsroom.contract.Paragraph;
import io.newsroom.contract.Photo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps an article to IPTC ninjs 2.3 ({@code shared/standards/ninjs/ninjs-schema_2.3.json}): kicker and
 * subheadline become {@code headlines[]} roles, the byline {@code by}, the dateline place {@code located}, photos
 * {@code associations}; the body is given as plain text (paragraphs separated by a blank line) and as XHTML
 * ({@code <h3>} for crossheads, {@code <p>} for paragraphs), each with its {@code charcount}.
 */
public final class NinjsMapper {

    /** Prefix of every ninjs {@code uri}; the article id follows. */
    public static final String URI_PREFIX = "urn:newsroom:article:";

    private NinjsMapper() {
    }

    /**
     * @param a a (published) article
     * @return its ninjs 2.3 item
     */
    public static NinjsItem toNinjs(ArticleEntity a) {
        return toNinjs(a, a.paragraphs);
    }

    /**
     * @param a          a (published) article
     * @param paragraphs its body: the whole story's text when it is printed on several pages
     * @return its ninjs 2.3 item
     */
    public static NinjsItem toNinjs(ArticleEntity a, List<Paragraph> paragraphs) {
        String uri = URI_PREFIX + a.id;
        List<Text> headlines = new ArrayList<>();
        addText(headlines, "main", a.headline);
        addText(headlines, "kicker", a.kicker);
        addText(headlines, "subheadline", a.subheadline);

        List<Body> bodies = new ArrayList<>();
        if (!paragraphs.isEmpty()) {
            String plain = paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
            String html = paragraphs.stream()
                    .map(p -> Paragraph.CROSSHEAD.equals(p.kind()) ? "<h3>" + xml(p.text()) + "</h3>"
                            : "<p>" + xml(p.text()) + "</p>")
                    .collect(Collectors.joining());
            int count = charcount(plain);
            bodies.add(new Body("main", "text/plain", count, plain));
            bodies.add(new Body("richtext", "application/xhtml+xml", count, html));
        }

        List<Association> associations = new ArrayList<>();
        for (int i = 0; i < a.photos.size(); i++) {
            Photo photo = a.photos.get(i);
            List<Text> caption = photo.caption() == null ? null : List.of(new Text("caption", photo.caption()));
            List<AltId> key = photo.imageKey() == null ? null : List.of(new AltId("image-key", photo.imageKey()));
            associations.add(new Association("photo-" + (i + 1), uri + ":photo:" + (i + 1), "picture", caption,
                    photo.credit(), key));
        }

        List<AltId> altids = new ArrayList<>();
        altids.add(new AltId("edition-page", a.paper + "/" + a.editionDate + "/" + a.pageNumber + "/" + a.position));
        if (a.column != null) {
            altids.add(new AltId("column", a.column));
        }
        String located = a.datelineParts == null ? null : a.datelineParts.place();
        return new NinjsItem(uri, "text", "full", "newsroom-" + a.type, Long.toString(a.version), time(a.createdAt),
                time(a.updatedAt), "usable", "zh-CN", headlines.isEmpty() ? null : headlines, a.byline, located,
                bodies.isEmpty() ? null : bodies, associations.isEmpty() ? null : associations, altids);
    }

    /** Unicode code points that are not whitespace. */
    static int charcount(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    private static void addText(List<Text> out, String role, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new Text(role, value));
        }
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    private static String xml(String text) {
        return Snippets.escape(text);
    }
}
