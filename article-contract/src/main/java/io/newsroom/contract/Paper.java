package io.newsroom.contract;

import java.util.Locale;
import java.util.Map;

/**
 * A newspaper of the paper registry (article-service, {@code GET /api/v1/papers/{paper}}).
 *
 * @param code      paper code, {@link Editions#PAPER_PATTERN}, e.g. {@code lcrb}
 * @param name      masthead name, e.g. 聊城日报
 * @param publisher publisher, e.g. 聊城日报社
 * @param language  BCP 47 language tag, e.g. {@code zh-CN}
 * @param pageNames page name by page number, for the pages that have a fixed name, e.g. {@code {1: 要闻}}
 */
public record Paper(String code, String name, String publisher, String language, Map<Integer, String> pageNames) {

    /** Name of a page without a fixed name; {@code %d} is the page number. */
    public static final String DEFAULT_PAGE_NAME = "第%d版";

    /** Normalises an absent page-name map to an empty one. */
    public Paper {
        pageNames = pageNames == null ? Map.of() : Map.copyOf(pageNames);
    }

    /**
     * @param number a page number
     * @return its fixed name, else {@code 第N版}
     */
    public String pageName(int number) {
        String name = pageNames.get(number);
        return name != null ? name : String.format(Locale.ROOT, DEFAULT_PAGE_NAME, number);
    }
}
