package io.newsroom.edition.client;

import java.util.List;
import java.util.UUID;

/** Bodies and answers of article-service's desk operations over two articles. */
public final class DeskOperations {

    private DeskOperations() {
    }

    /**
     * @param otherId      the adjacent article to absorb
     * @param otherVersion its version
     */
    public record Merge(UUID otherId, long otherVersion) {
    }

    /** @param paragraph 0-based index of the first paragraph of the new article */
    public record Split(int paragraph) {
    }

    /**
     * @param part      {@code headline} or {@code byline}
     * @param toId      the receiving article
     * @param toVersion its version
     */
    public record Move(String part, UUID toId, long toVersion) {
    }

    /**
     * @param article the split article
     * @param created the new article
     */
    public record SplitResult(DeskArticle article, DeskArticle created) {
    }

    /** @param paragraphs the new paragraph list */
    public record Paragraphs(List<DeskArticle.Paragraph> paragraphs) {
    }
}
