package io.newsroom.article.mapping;

import io.newsroom.article.ArticleEntity;
import io.newsroom.article.api.NinjsItem.AltId;
import io.newsroom.article.api.NinjsItem.Association;
import io.newsroom.article.api.NinjsItem.Body;
import io.newsroom.article.api.NinjsItem.Person;
import io.newsroom.article.api.NinjsItem.Text;
import io.newsroom.article.api.NinjsItem;
import io.newsroom.article.search.Snippets;
import io.newsroom.contract.Contributor;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.Paragraph;
import io.newsroom.contract.Photo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps an article to IPTC ninjs 2.3 ({@code shared/standards/ninjs/ninjs-schema_2.3.json}): kicker and
 * subheadline become {@code headlines[]} roles, the dateline place {@code located}, photos {@code associations}; the
 * body is given as plain text (paragraphs separated by a blank line) and as XHTML ({@code <h3>} for crossheads,
 * {@code <p>} for paragraphs), each with its {@code charcount}.
 *
 * <p>Times, by the schema's meanings: {@code contentcreated} ("when the content was originally created") is the
 * print date, the edition date at midnight China Standard Time ({@link #PRINT_ZONE}); {@code firstcreated} (the
 * first version of this object) the article's {@code created_at}, its page's ingest; {@code versioncreated} (this
 * version) the last change, {@code updated_at} of the story's latest part. Credits: {@code by} and {@code people}
 * come from all contributors, those of the byline and those named only in the dateline's parentheses
 * ({@code 本报讯（记者 赵琦 黄振）}, {@code parsing/DatelineParser}). A teaser is {@code representationtype: partial}
 * (it only points to its story), every other item {@code full}.
 */
public final class NinjsMapper {

    /** Prefix of every ninjs {@code uri}; the article id follows. */
    public static final String URI_PREFIX = "urn:newsroom:article:";
    /** Where the papers are printed: China Standard Time, UTC+8 all year. */
    public static final ZoneOffset PRINT_ZONE = ZoneOffset.ofHours(8);

    private NinjsMapper() {
    }

    /**
     * @param a a (published) article
     * @return its ninjs 2.3 item
     */
    public static NinjsItem toNinjs(ArticleEntity a) {
        return toNinjs(a, a.paragraphs, a.updatedAt);
    }

    /**
     * @param a          a (published) article, the first of its story
     * @param paragraphs its body: the whole story's text when it is printed on several pages
     * @param lastChange the latest {@code updated_at} of the story's parts
     * @return its ninjs 2.3 item
     */
    public static NinjsItem toNinjs(ArticleEntity a, List<Paragraph> paragraphs, Instant lastChange) {
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
        List<Contributor> credited = credited(a.contributors);
        List<Person> people = credited.stream().filter(c -> c.name() != null)
                .map(c -> new Person(c.name(), c.role())).toList();
        String by = credited.isEmpty() ? a.byline : by(credited);
        String representation = ItemType.TEASER.code().equals(a.type) ? "partial" : "full";
        return new NinjsItem(uri, "text", representation, "newsroom-" + a.type, Long.toString(a.version),
                time(a.createdAt), time(lastChange), printDate(a.editionDate), "usable", "zh-CN",
                headlines.isEmpty() ? null : headlines, by, people.isEmpty() ? null : people, located,
                bodies.isEmpty() ? null : bodies, associations.isEmpty() ? null : associations, altids);
    }

    /**
     * @param date an edition date
     * @return its midnight in China Standard Time, RFC 3339 ({@code 2025-03-26T00:00:00+08:00})
     */
    static String printDate(LocalDate date) {
        return date.atStartOfDay().atOffset(PRINT_ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The contributors in printed order, a person named twice (byline and dateline) once, the first time. */
    static List<Contributor> credited(List<Contributor> contributors) {
        Set<String> named = new HashSet<>();
        return contributors.stream().filter(c -> c.name() == null || named.add(c.name())).toList();
    }

    /**
     * Credits in words, the names of one affiliation and role after it, groups in order of first appearance:
     * {@code [本报/记者/夏旭光, 本报/通讯员/杨坤, 本报/记者/赵琦]} → {@code 本报记者 夏旭光 赵琦 本报通讯员 杨坤}; a name
     * without a role stands alone, a collective credit ({@code 本报评论员}) is its affiliation and role.
     */
    static String by(List<Contributor> credited) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Contributor c : credited) {
            String label = Contributor.AUTHOR.equals(c.role()) ? ""
                    : (c.affiliation() == null ? "" : c.affiliation()) + c.role();
            List<String> names = groups.computeIfAbsent(label, k -> new ArrayList<>());
            if (c.name() != null) {
                names.add(c.name());
            }
        }
        List<String> words = new ArrayList<>();
        groups.forEach((label, names) -> {
            if (!label.isEmpty()) {
                words.add(label);
            }
            words.addAll(names);
        });
        return String.join(" ", words);
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
