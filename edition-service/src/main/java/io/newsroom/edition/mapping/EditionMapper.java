package io.newsroom.edition.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.contract.ArticleStatus;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Flag;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.PageUpsertResult.ArticleOutcome;
import io.newsroom.contract.PageUpsertResult.Conflict;
import io.newsroom.contract.RenditionManifest;
import io.newsroom.contract.SegmentedItem;
import io.newsroom.contract.UpsertOutcome;
import io.newsroom.edition.api.EditionView;
import io.newsroom.edition.api.ItemFlag;
import io.newsroom.edition.api.PageSummary;
import io.newsroom.edition.entity.EditionEntity;
import io.newsroom.edition.entity.PageEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
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
     * @param paper     the paper code
     * @param page      a stored page
     * @param changed   whether this upload changed it
     * @param articles  article-service's outcome per article
     * @param conflicts article-service's conflicts
     * @return the upload summary; its flags are those of the stored segmentation
     */
    public PageSummary summary(String paper, PageEntity page, boolean changed, List<ArticleOutcome> articles,
            List<Conflict> conflicts) {
        List<ItemFlag> flags = new ArrayList<>();
        List<JsonNode> items = items(page.segmentation);
        for (int position = 0; position < items.size(); position++) {
            for (JsonNode flag : items.get(position).path("flags")) {
                flags.add(new ItemFlag(position, Flag.valueOf(flag.asText())));
            }
        }
        return new PageSummary(paper, page.edition.date, page.number, page.pageName, page.encoding,
                page.encodingDetected, page.sha256, page.receivedAt, page.receivedBy, changed, page.itemCount,
                itemsByType(items), flags, articles, conflicts);
    }

    /**
     * @param articles a page's articles as article-service has them now
     * @return each as {@code UNCHANGED}, in position order (the answer to an upload that changed nothing)
     */
    public static List<ArticleOutcome> unchanged(List<ArticleView> articles) {
        return articles.stream().sorted(Comparator.comparingInt(ArticleView::position))
                .map(a -> new ArticleOutcome(a.id(), a.position(), a.type(), a.headline(), a.status(), a.version(),
                        UpsertOutcome.UNCHANGED))
                .toList();
    }

    /**
     * @param edition  a stored edition with its pages and publications
     * @param articles the edition's articles as article-service has them now
     * @return the edition's status, pages (with their open flags and article ids) and publications
     */
    public EditionView view(EditionEntity edition, List<ArticleView> articles) {
        List<EditionView.PageView> pages = edition.pages.stream().map(p -> {
            List<ArticleView> onPage = articles.stream().filter(a -> a.page() == p.number)
                    .sorted(Comparator.comparingInt(ArticleView::position)).toList();
            List<ItemFlag> open = new ArrayList<>();
            for (ArticleView a : onPage) {
                if (a.status() != ArticleStatus.WITHDRAWN && a.editorial() != null) {
                    a.editorial().flags().forEach(f -> open.add(new ItemFlag(a.position(), f)));
                }
            }
            return new EditionView.PageView(p.number, p.pageName, p.itemCount, open, p.encoding, p.sha256,
                    p.receivedAt, p.receivedBy, onPage.stream().map(ArticleView::id).toList());
        }).toList();
        List<EditionView.PublicationView> publications = edition.publications.stream()
                .map(p -> new EditionView.PublicationView(p.sequence, p.publishedAt, p.publishedBy,
                        p.kind.name(), read(p.manifest, MANIFEST)))
                .toList();
        return new EditionView(edition.paperCode, edition.date, edition.status.name(), pages, publications);
    }

    /** Item count per type, in {@link ItemType} order, types without items left out. */
    private static Map<String, Integer> itemsByType(List<JsonNode> items) {
        Map<ItemType, Integer> counts = new EnumMap<>(ItemType.class);
        for (JsonNode item : items) {
            counts.merge(ItemType.fromCode(item.path("type").asText()), 1, Integer::sum);
        }
        Map<String, Integer> byCode = new LinkedHashMap<>();
        counts.forEach((type, count) -> byCode.put(type.code(), count));
        return byCode;
    }

    private List<JsonNode> items(String segmentation) {
        List<JsonNode> items = new ArrayList<>();
        read(segmentation, TREE).forEach(items::add);
        return items;
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
