package io.newsroom.article.mapping;

import io.newsroom.article.ArticleEntity;
import io.newsroom.article.matching.JumpMatcher;
import io.newsroom.article.model.EditionJumps;
import io.newsroom.article.parsing.BylineParser;
import io.newsroom.article.parsing.DatelineParser;
import io.newsroom.contract.ArticleSummary;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Contributor;
import io.newsroom.contract.Correction;
import io.newsroom.contract.Flag;
import io.newsroom.contract.FrontMatterItem;
import io.newsroom.contract.ItemType;
import io.newsroom.contract.Paragraph;
import io.newsroom.contract.SegmentedItem;
import java.util.ArrayList;
import java.util.List;

/** Converts between {@link ArticleEntity} and the API records. Stateless. */
public final class ArticleMapper {

    /** Longest summary in {@link ArticleSummary#summary()}, in code points, before the ellipsis. */
    public static final int SUMMARY_LENGTH = 120;

    private ArticleMapper() {
    }

    /**
     * @param a           the article
     * @param corrections its corrections, oldest first ({@code ArticleCorrectionRepository})
     * @param editorial   {@code true} for the desk view (with flags, confidence, source, last editor)
     * @return the full view of an article printed on one page, without jump links
     */
    public static ArticleView toView(ArticleEntity a, List<Correction> corrections, boolean editorial) {
        return toView(a, corrections, editorial, EditionJumps.Jumps.alone(a), null);
    }

    /**
     * @param a           the article
     * @param corrections its corrections, oldest first ({@code ArticleCorrectionRepository})
     * @param editorial   {@code true} for the desk view: its own paragraphs, its flags with its jump flags,
     *                    confidence, source, last editor; {@code false} for the public view: the first article of a
     *                    story printed on several pages gets the whole text ({@link #storyText})
     * @param jumps       what the edition's jump links make of it
     * @param webUrl      its page in the HTML edition ({@code WebUrls}) on the public view, {@code null} on the desk's
     * @return the full view
     */
    public static ArticleView toView(ArticleEntity a, List<Correction> corrections, boolean editorial,
            EditionJumps.Jumps jumps, String webUrl) {
        List<Flag> flags = new ArrayList<>(a.flags.stream().map(Flag::valueOf).toList());
        jumps.flags().stream().filter(f -> !flags.contains(f)).forEach(flags::add);
        ArticleView.Editorial desk = editorial
                ? new ArticleView.Editorial(List.copyOf(flags), a.confidence,
                        new ArticleView.SourceReference(a.pageNumber, a.position, a.itemContentHash,
                                a.pageContentHash, a.sourceLines),
                        a.lastEditor, a.editedByEditor, a.excluded)
                : null;
        List<Paragraph> paragraphs = !editorial && jumps.story().get(0) == a ? storyText(jumps.story())
                : List.copyOf(a.paragraphs);
        return new ArticleView(a.id, a.paper, a.editionDate, a.pageNumber, a.pageName, a.position,
                ItemType.fromCode(a.type), a.column,
                a.kicker, a.headline, a.subheadline, a.byline, List.copyOf(a.contributors), a.dateline,
                a.datelineParts, paragraphs, a.continuesOnPage, a.continuedFromPage, a.jumpText,
                jumps.jumpTargetId(), jumps.continuedFromId(), pages(jumps.story()), parts(jumps.story()),
                List.copyOf(a.photos), a.status, a.version, a.createdAt, a.updatedAt, a.publishedAt,
                List.copyOf(corrections), desk, webUrl);
    }

    /**
     * The text of a story printed on several pages: the parts' paragraphs in page order; when a part ends
     * mid-sentence ({@link JumpMatcher#endsMidSentence}) and the next opens with a body paragraph, the two are one
     * paragraph ("…集中登记造册预" + "约办理；…" → "…集中登记造册预约办理；…").
     *
     * @param story the story's articles, first page first
     * @return its paragraphs
     */
    public static List<Paragraph> storyText(List<ArticleEntity> story) {
        List<Paragraph> out = new ArrayList<>(story.get(0).paragraphs);
        for (ArticleEntity part : story.subList(1, story.size())) {
            List<Paragraph> next = part.paragraphs;
            int last = out.size() - 1;
            if (last >= 0 && !next.isEmpty() && !out.get(last).crosshead() && !next.get(0).crosshead()
                    && JumpMatcher.endsMidSentence(out.get(last).text())) {
                out.set(last, new Paragraph(Paragraph.BODY, out.get(last).text() + next.get(0).text().strip()));
                out.addAll(next.subList(1, next.size()));
            } else {
                out.addAll(next);
            }
        }
        return List.copyOf(out);
    }

    /**
     * @param a the article
     * @return its listing entry, without jump links
     */
    public static ArticleSummary toSummary(ArticleEntity a) {
        return toSummary(a, EditionJumps.Jumps.alone(a), null);
    }

    /**
     * @param a     the article
     * @param jumps  what the edition's jump links make of it
     * @param webUrl its page in the HTML edition ({@code WebUrls})
     * @return its listing entry; the summary is the first body paragraph cut to {@value #SUMMARY_LENGTH} code points
     */
    public static ArticleSummary toSummary(ArticleEntity a, EditionJumps.Jumps jumps, String webUrl) {
        String summary = a.paragraphs.stream().filter(p -> Paragraph.BODY.equals(p.kind())).map(Paragraph::text)
                .findFirst().map(ArticleMapper::cut).orElse(null);
        return new ArticleSummary(a.id, a.pageNumber, a.pageName, a.position, ItemType.fromCode(a.type), a.column,
                a.kicker, a.headline, a.subheadline, a.byline, summary, a.continuesOnPage, a.jumpText,
                jumps.jumpTargetId(), pages(jumps.story()), a.photos.size(), a.version, a.paper, a.editionDate,
                webUrl);
    }

    private static List<Integer> pages(List<ArticleEntity> story) {
        return story.stream().map(s -> s.pageNumber).distinct().toList();
    }

    private static List<ArticleView.Part> parts(List<ArticleEntity> story) {
        return story.stream().map(s -> new ArticleView.Part(s.pageNumber, s.id, List.copyOf(s.paragraphs))).toList();
    }

    /**
     * @param a a 今日导读 box or staff line
     * @return it as the edition's front matter
     */
    public static FrontMatterItem toFrontMatter(ArticleEntity a) {
        return new FrontMatterItem(a.id, a.pageNumber, a.position, ItemType.fromCode(a.type), a.headline,
                List.copyOf(a.paragraphs));
    }

    /**
     * Writes a segmented item into an article (all content fields; status, ids and editor fields untouched).
     *
     * @param item      the item
     * @param a         the article to fill
     * @param itemHash  hex SHA-256 of the item's canonical JSON
     * @param pageHash  hex SHA-256 of the page text
     */
    public static void applyItem(SegmentedItem item, ArticleEntity a, String itemHash, String pageHash) {
        a.type = item.type().code();
        a.column = item.column();
        a.kicker = item.kicker();
        a.headline = item.headline();
        a.subheadline = item.subheadline();
        a.byline = item.byline();
        a.dateline = item.dateline();
        a.paragraphs = new ArrayList<>(item.body());
        a.continuesOnPage = item.continuesOnPage();
        a.continuedFromPage = item.continuedFromPage();
        a.jumpText = item.jumpText();
        a.photos = new ArrayList<>(item.photos());
        a.flags = new ArrayList<>(item.flags().stream().map(Flag::name).toList());
        a.confidence = item.confidence();
        a.sourceLines = new ArrayList<>(item.sourceLines().stream().map(r -> List.of(r.first(), r.last())).toList());
        a.itemContentHash = itemHash;
        a.pageContentHash = pageHash;
        reparseCredits(a);
    }

    /**
     * Sets contributors and dateline parts from the printed byline and dateline: byline contributors first,
     * then those named in the dateline's parentheses.
     *
     * @param a the article
     */
    public static void reparseCredits(ArticleEntity a) {
        DatelineParser.ParsedDateline dateline = DatelineParser.parse(a.dateline);
        List<Contributor> contributors = new ArrayList<>(BylineParser.parse(a.byline));
        contributors.addAll(dateline.contributors());
        a.contributors = contributors;
        a.datelineParts = a.dateline == null ? null : dateline.parts();
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= SUMMARY_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
    }
}
