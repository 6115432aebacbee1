package io.newsroom.edition.desk;

import io.newsroom.contract.ArticleStatus;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Flag;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.Paragraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Builds the review page's two columns: the numbered source lines (each knowing the item that holds it, from the
 * items' {@code source_lines}) and the items in page order (first source line, then position), withdrawn ones
 * (merged away) last. Pure functions over article-service's desk views.
 */
final class ReviewModel {

    /** Prefix of a crosshead in the paragraphs text area. */
    static final String CROSSHEAD_PREFIX = "## ";

    private ReviewModel() {
    }

    /**
     * @param text     the page text
     * @param articles the page's articles
     * @return one line per text line, with the active item holding it
     */
    static List<DeskViews.SourceLine> lines(String text, List<ArticleView> articles) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        String[] itemIds = new String[raw.length + 1];
        String[] labels = new String[raw.length + 1];
        for (ArticleView a : ordered(articles)) {
            if (withdrawn(a)) {
                continue;
            }
            for (List<Integer> range : ranges(a)) {
                for (int n = Math.max(1, range.get(0)); n <= Math.min(raw.length, range.get(1)); n++) {
                    if (itemIds[n] == null) {
                        itemIds[n] = a.id().toString();
                        labels[n] = label(a);
                    }
                }
            }
        }
        List<DeskViews.SourceLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new DeskViews.SourceLine(i + 1, raw[i], itemIds[i + 1], labels[i + 1]));
        }
        return lines;
    }

    /**
     * @param articles the page's articles
     * @return the item views in page order, each active one knowing the next active one (its merge partner)
     */
    static List<DeskViews.ItemView> items(List<ArticleView> articles) {
        return items(articles, articles, "");
    }

    /**
     * @param articles the page's articles
     * @param edition  every article of the edition (for the jumps' links and the articles they can link to)
     * @param editionPath the edition's desk path, {@code /desk/editions/{paper}/{date}}
     * @return the item views in page order, each active one knowing the next active one (its merge partner)
     */
    static List<DeskViews.ItemView> items(List<ArticleView> articles, List<ArticleView> edition, String editionPath) {
        Map<UUID, ArticleView> byId = new HashMap<>();
        edition.forEach(a -> byId.put(a.id(), a));
        List<ArticleView> ordered = ordered(articles);
        List<DeskViews.ItemView> views = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            ArticleView a = ordered.get(i);
            ArticleView next = i + 1 < ordered.size() && !withdrawn(ordered.get(i + 1)) ? ordered.get(i + 1) : null;
            views.add(view(a, withdrawn(a) ? null : next, new Jumps(byId, edition, editionPath)));
        }
        return views;
    }

    /** What the review page shows of jumps: the linked articles and the choices of the link form. */
    private record Jumps(Map<UUID, ArticleView> byId, List<ArticleView> edition, String editionPath) {

        DeskViews.JumpRef ref(UUID id) {
            ArticleView a = id == null ? null : byId.get(id);
            return a == null ? null : new DeskViews.JumpRef(a.id().toString(), "第" + a.page() + "版 · " + label(a),
                    editionPath + "/pages/" + a.page() + "#item-" + a.id());
        }

        List<DeskViews.JumpRef> choices(ArticleView a) {
            if (a.continuesOnPage() == null || withdrawn(a)) {
                return List.of();
            }
            List<ArticleView> later = edition.stream().filter(o -> o.page() > a.page() && !withdrawn(o)
                    && o.type() == ItemType.ARTICLE).toList();
            List<ArticleView> named = later.stream().filter(o -> o.page() == a.continuesOnPage()).toList();
            return (named.isEmpty() ? later : named).stream().map(o -> ref(o.id())).toList();
        }
    }

    /**
     * @param article an article
     * @return its headline, else its type and position, e.g. {@code 图片新闻 #3}
     */
    static String label(ArticleView article) {
        if (article.headline() != null && !article.headline().isBlank()) {
            return article.headline();
        }
        return PlainWords.type(article.type()) + " #" + (article.position() + 1);
    }

    /**
     * @param paragraphs an article's paragraphs
     * @return them as edited in the form: a blank line between paragraphs, crossheads prefixed {@code ## }
     */
    static String paragraphsText(List<Paragraph> paragraphs) {
        StringJoiner text = new StringJoiner("\n\n");
        for (Paragraph p : paragraphs) {
            text.add((p.crosshead() ? CROSSHEAD_PREFIX : "") + p.text());
        }
        return text.toString();
    }

    /**
     * @param text the paragraphs text area (blank lines separate paragraphs; a paragraph starting {@code ## } is a
     *             crosshead; line breaks inside a paragraph are joined without a space, as in Chinese text)
     * @return the paragraphs
     */
    static List<Paragraph> parseParagraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        if (text == null) {
            return paragraphs;
        }
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            String joined = String.join("", block.strip().lines().map(String::strip).toList());
            if (joined.isEmpty()) {
                continue;
            }
            boolean crosshead = joined.startsWith(CROSSHEAD_PREFIX.strip());
            paragraphs.add(new Paragraph(crosshead ? Paragraph.CROSSHEAD : Paragraph.BODY,
                    crosshead ? joined.substring(CROSSHEAD_PREFIX.strip().length()).strip() : joined));
        }
        return paragraphs;
    }

    private static DeskViews.ItemView view(ArticleView a, ArticleView next, Jumps jumps) {
        List<DeskViews.ParagraphView> paragraphs = new ArrayList<>();
        for (int i = 0; i < a.paragraphs().size(); i++) {
            Paragraph p = a.paragraphs().get(i);
            paragraphs.add(new DeskViews.ParagraphView(i, p.crosshead(), p.text()));
        }
        List<Flag> flags = a.editorial() == null ? List.of() : a.editorial().flags();
        StringJoiner lines = new StringJoiner(",");
        StringJoiner linesLabel = new StringJoiner("、");
        ranges(a).forEach(r -> {
            lines.add(r.get(0) + "-" + r.get(1));
            linesLabel.add(r.get(0) + "–" + r.get(1));
        });
        int first = firstLine(a);
        Double confidence = a.editorial() == null ? null : a.editorial().confidence();
        return new DeskViews.ItemView(a.id().toString(), a.version(), label(a), a.type().code(),
                PlainWords.type(a.type()), a.column(), a.kicker(), a.headline(),
                a.subheadline(), a.byline(), a.dateline(), paragraphs, paragraphsText(a.paragraphs()), a.photos(),
                a.continuesOnPage(), a.continuesOnPage() == null ? null
                        : a.jumpText() != null ? a.jumpText() : "转第" + a.continuesOnPage() + "版",
                jumps.ref(a.jumpTargetId()), jumps.ref(a.continuedFromId()), a.continuedFromPage(), jumps.choices(a),
                confidence == null ? null : (int) Math.round(confidence * 100),
                flags.stream().map(f -> new DeskViews.FlagView(f.name(), PlainWords.flag(f), f.jump())).toList(),
                flags.stream().map(Flag::name).collect(java.util.stream.Collectors.joining(",")), lines.toString(), linesLabel.toString(),
                first == Integer.MAX_VALUE ? null : first, withdrawn(a), a.status() == ArticleStatus.PUBLISHED,
                a.editorial() != null && a.editorial().excluded(), PlainWords.publishedAs(a.type()),
                untitled(a, flags), a.editorial() == null ? null : a.editorial().lastEditor(),
                next == null ? null : new DeskViews.ItemRef(next.id().toString(), next.version(), label(next)));
    }

    /** An article or teaser readers get without a title, not already flagged HEADLINE_MISSING. */
    private static boolean untitled(ArticleView a, List<Flag> flags) {
        return (a.type() == ItemType.ARTICLE || a.type() == ItemType.TEASER)
                && (a.headline() == null || a.headline().isBlank()) && !flags.contains(Flag.HEADLINE_MISSING);
    }

    private static List<ArticleView> ordered(List<ArticleView> articles) {
        return articles.stream().sorted(Comparator.comparing(ReviewModel::withdrawn)
                .thenComparingInt(ReviewModel::firstLine).thenComparingInt(ArticleView::position)).toList();
    }

    private static int firstLine(ArticleView a) {
        return ranges(a).stream().mapToInt(r -> r.get(0)).min().orElse(Integer.MAX_VALUE);
    }

    private static List<List<Integer>> ranges(ArticleView a) {
        if (a.editorial() == null || a.editorial().source() == null || a.editorial().source().sourceLines() == null) {
            return List.of();
        }
        return a.editorial().source().sourceLines().stream().filter(r -> r != null && r.size() == 2).toList();
    }

    private static boolean withdrawn(ArticleView a) {
        return a.status() == ArticleStatus.WITHDRAWN;
    }
}
