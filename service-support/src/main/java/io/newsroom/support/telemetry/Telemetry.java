package io.newsroom.support.telemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.util.Collection;
import java.util.List;

/**
 * The span attributes the services put on their own spans (README "Observability"): the edition (paper, date), the
 * page and the article ids. Never page text, tokens or passwords.
 */
public final class Telemetry {

    /** Paper code, e.g. {@code lcrb}. */
    public static final String PAPER = "newsroom.paper";
    /** Edition date, ISO {@code yyyy-MM-dd}. */
    public static final String DATE = "newsroom.date";
    /** Page number. */
    public static final String PAGE = "newsroom.page";
    /** Ids of the articles a call created, changed or published. */
    public static final String ARTICLE_IDS = "newsroom.article_ids";
    /** Object key in the bucket, e.g. {@code raw/lcrb/2025-03-26/page-01.txt}. */
    public static final String OBJECT_KEY = "newsroom.object_key";

    private Telemetry() {
    }

    /**
     * Names the edition on the current span.
     *
     * @param paper paper code
     * @param date  edition date
     */
    public static void edition(String paper, Object date) {
        Span.current().setAttribute(PAPER, paper).setAttribute(DATE, String.valueOf(date));
    }

    /**
     * Names the edition and page on the current span.
     *
     * @param paper  paper code
     * @param date   edition date
     * @param number page number
     */
    public static void page(String paper, Object date, int number) {
        edition(paper, date);
        Span.current().setAttribute(PAGE, number);
    }

    /** @param ids the article ids to name on the current span */
    public static void articleIds(Collection<?> ids) {
        List<String> text = ids.stream().map(String::valueOf).toList();
        Span.current().setAttribute(AttributeKey.stringArrayKey(ARTICLE_IDS), text);
    }
}
