package io.newsroom.edition.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.edition.api.ArticleConflict;
import io.newsroom.edition.api.ArticleOutcome;
import io.newsroom.edition.api.EditionView;
import io.newsroom.edition.api.ItemFlag;
import io.newsroom.edition.api.PageSummary;
import io.newsroom.edition.api.RenditionManifest;
import io.newsroom.edition.entity.EditionEntity;
import io.newsroom.edition.entity.PageEntity;
import io.newsroom.segmenter.ItemType;
import io.newsroom.segmenter.SegmentedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between entities and API records, and writes and reads the entities' JSON columns with the
 * service's {@link ObjectMapper} (snake_case, items as in README "Segmented item").
 */
@ApplicationScoped
public class EditionMapper {

    private static final TypeReference<List<ItemFlag>> FLAGS = new TypeReference<>() { };
    private static final TypeReference<List<ArticleOutcome>> OUTCOMES = new TypeReference<>() { };
    private static final TypeReference<List<ArticleConflict>> CONFLICTS = new TypeReference<>() { };
    private static final TypeReference<RenditionManifest> MANIFEST = new TypeReference<>() { };
    private static final TypeReference<JsonNode> TREE = new TypeReference<>() { };

    @Inject
    ObjectMapper json;

    /**
     * @param items a page's items
     * @return each flag of each item with the item's 0-based position, in item order
     */
    public static List<ItemFlag> flags(List<SegmentedItem> items) {
        List<ItemFlag> flags = new ArrayList<>();
        for (int position = 0; position < items.size(); position++) {
            for (var flag : items.get(position).flags()) {
                flags.add(new ItemFlag(position, flag));
            }
        }
        return flags;
    }

    /**
     * @param items a page's items
     * @return the items as article-service's page upsert takes them, see {@link #articleItems(ObjectMapper, List)}
     */
    public List<ObjectNode> articleItems(List<SegmentedItem> items) {
        return articleItems(json, items);
    }

    /**
     * @param json  a mapper with the segmenter's JSON module (the service's own, or {@code SegmentJsonModule.mapper()})
     * @param items a page's items
     * @return each item in the README "Segmented item" shape that article-service's page upsert takes
     */
    public static List<ObjectNode> articleItems(ObjectMapper json, List<SegmentedItem> items) {
        List<ObjectNode> out = new ArrayList<>(items.size());
        for (SegmentedItem item : items) {
            ObjectNode node = json.valueToTree(item);
            node.remove("continued_from_page"); // not in article-service's contract yet: it refuses unknown members
            out.add(node);
        }
        return out;
    }

    /**
     * @param value any API-shaped value
     * @return its JSON text
     * @throws UncheckedIOException if Jackson cannot write it (a bug)
     */
    public String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param paper   the paper code
     * @param page    a stored page
     * @param changed whether this upload changed it; when {@code false} every listed article is reported
     *                {@code UNCHANGED} and removed ones are left out
     * @return the upload summary
     */
    public PageSummary summary(String paper, PageEntity page, boolean changed) {
        List<ArticleOutcome> articles = read(page.articles, OUTCOMES);
        if (!changed) {
            articles = articles.stream().filter(a -> !ArticleOutcome.REMOVED.equals(a.outcome()))
                    .map(ArticleOutcome::unchanged).toList();
        }
        return new PageSummary(paper, page.edition.date, page.number, page.pageName, page.encoding,
                page.encodingDetected, page.sha256, page.receivedAt, page.receivedBy, changed, page.itemCount,
                itemsByType(page.segmentation), read(page.flags, FLAGS), articles, read(page.conflicts, CONFLICTS));
    }

    /**
     * @param edition a stored edition with its pages and publications
     * @return the edition's status, pages and publications
     */
    public EditionView view(EditionEntity edition) {
        List<EditionView.PageView> pages = edition.pages.stream().map(p -> new EditionView.PageView(
                p.number, p.pageName, p.itemCount, read(p.flags, FLAGS), p.encoding, p.sha256, p.receivedAt,
                p.receivedBy, read(p.articles, OUTCOMES).stream()
                        .filter(a -> !ArticleOutcome.REMOVED.equals(a.outcome()))
                        .map(ArticleOutcome::id).toList()))
                .toList();
        List<EditionView.PublicationView> publications = edition.publications.stream()
                .map(p -> new EditionView.PublicationView(p.sequence, p.publishedAt, p.publishedBy,
                        read(p.manifest, MANIFEST)))
                .toList();
        return new EditionView(edition.paper.code, edition.date, edition.status.name(), pages, publications);
    }

    /** Item count per type, in {@link ItemType} order, types without items left out. */
    private Map<String, Integer> itemsByType(String segmentation) {
        Map<ItemType, Integer> counts = new EnumMap<>(ItemType.class);
        for (JsonNode item : read(segmentation, TREE)) {
            counts.merge(ItemType.fromCode(item.path("type").asText()), 1, Integer::sum);
        }
        Map<String, Integer> byCode = new LinkedHashMap<>();
        counts.forEach((type, count) -> byCode.put(type.code(), count));
        return byCode;
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
