package io.newsroom.article.search;

import java.util.List;

/**
 * Search snippets: a window of text around the first occurrence of a query's words, HTML-escaped, every occurrence
 * of a word marked {@code <em>…</em>}. Words are compared folded ({@link SearchTerms#fold}), offsets kept.
 */
public final class Snippets {

    /** Characters shown before the first occurrence. */
    static final int BEFORE = 30;
    /** Most characters of a snippet. */
    static final int LENGTH = 120;

    private Snippets() {
    }

    /**
     * @param texts candidate texts in order (headline, paragraphs …); the first holding a word gives the snippet
     * @param words the query's words, folded ({@link SearchTerms#words})
     * @return the snippet, or the start of the first non-blank text (escaped) when no text holds a word literally
     *         (e.g. when it matched across a line break of the print)
     */
    public static String of(List<String> texts, List<String> words) {
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String folded = SearchTerms.fold(text);
            int first = Integer.MAX_VALUE;
            for (String w : words) {
                int at = folded.indexOf(w);
                if (at >= 0) {
                    first = Math.min(first, at);
                }
            }
            if (first != Integer.MAX_VALUE) {
                int from = Math.max(0, first - BEFORE);
                int to = Math.min(text.length(), from + LENGTH);
                return (from > 0 ? "…" : "") + marked(text, folded, words, from, to) + (to < text.length() ? "…" : "");
            }
        }
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                int to = Math.min(text.length(), LENGTH);
                return escape(text.substring(0, to)) + (to < text.length() ? "…" : "");
            }
        }
        return "";
    }

    private static String marked(String text, String folded, List<String> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        int i = from;
        while (i < to) {
            int len = 0;
            for (String w : words) {
                if (w.length() > len && folded.startsWith(w, i)) {
                    len = w.length();
                }
            }
            if (len > 0) {
                int end = Math.min(to, i + len);
                b.append("<em>").append(escape(text.substring(i, end))).append("</em>");
                i = end;
            } else {
                b.append(escape(text.substring(i, i + 1)));
                i++;
            }
        }
        return b.toString();
    }

    /**
     * @param s text
     * @return the text with {@code & < > " '} as character references, safe in HTML and XML text and attributes
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
