package io.newsroom.article.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article as an IPTC ninjs 2.3 news item ({@code application/ninjs+json}); the members used here, with the
 * meanings of {@code ninjs-schema_2.3.json}. Absent values are omitted.
 *
 * @param uri                {@code urn:newsroom:article:<id>}
 * @param type               {@code text}
 * @param representationtype {@code full}; {@code partial} for a teaser (导读), which only points to its story
 * @param profile            {@code newsroom-<item type>}, e.g. {@code newsroom-article}
 * @param version            the article version
 * @param firstcreated       when the article was first stored (its page's ingest; RFC 3339, UTC)
 * @param versioncreated     its last change, {@code updated_at} (RFC 3339, UTC)
 * @param contentcreated     the print date: the edition date at midnight China Standard Time
 *                           ({@code 2025-03-26T00:00:00+08:00})
 * @param pubstatus          {@code usable}
 * @param language           {@code zh-CN}
 * @param headlines          roles {@code main}, {@code kicker}, {@code subheadline}
 * @param by                 everyone credited, byline then dateline, as words ({@code 本报记者 赵琦 黄振})
 * @param people             the people credited, each once, with their printed role as {@code rel}
 * @param located            the dateline place
 * @param bodies             {@code main} (text/plain) and {@code richtext} (XHTML), each with {@code charcount}
 * @param associations       the photos
 * @param altids             {@code edition-page} ({@code paper/date/page/position}) and {@code column}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NinjsItem", description = "IPTC ninjs 2.3 news item")
public record NinjsItem(String uri, String type, String representationtype, String profile, String version,
        String firstcreated, String versioncreated, String contentcreated, String pubstatus, String language,
        List<Text> headlines, String by, List<Person> people, String located, List<Body> bodies,
        List<Association> associations, List<AltId> altids) {

    /** Media type of ninjs documents. */
    public static final String MEDIA_TYPE = "application/ninjs+json";

    /**
     * A person credited with the article (ninjs {@code people[]}).
     *
     * @param name the name as printed
     * @param rel  the role as printed: {@code 记者}, {@code 通讯员}, {@code 见习记者} …, {@code author} for a name
     *             printed without one
     */
    public record Person(String name, String rel) {
    }

    /**
     * A headline or description.
     *
     * @param role  e.g. {@code main}, {@code kicker}, {@code subheadline}, {@code caption}
     * @param value the text
     */
    public record Text(String role, String value) {
    }

    /**
     * @param role        {@code main} or {@code richtext}
     * @param contenttype {@code text/plain} or {@code application/xhtml+xml}
     * @param charcount   Unicode code points of the text, whitespace and markup excluded
     * @param value       the body
     */
    public record Body(String role, String contenttype, int charcount, String value) {
    }

    /**
     * A photo of the article.
     *
     * @param name         {@code photo-<n>}, 1-based
     * @param uri          {@code urn:newsroom:article:<id>:photo:<n>}
     * @param type         {@code picture}
     * @param descriptions the caption (role {@code caption})
     * @param by           the credit
     * @param altids       the image key (role {@code image-key}) when there is an image
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Association(String name, String uri, String type, List<Text> descriptions, String by,
            List<AltId> altids) {
    }

    /**
     * @param role  what the id is
     * @param value the id
     */
    public record AltId(String role, String value) {
    }
}
