package io.newsroom.edition.desk;

import io.newsroom.edition.service.PublicationCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a {@link PublicationCheck} into the publish confirmation's lines, in plain Chinese. */
final class PublishCheckViews {

    private PublishCheckViews() {
    }

    /**
     * @param check the check
     * @param paper paper code
     * @param date  edition date
     * @return the confirmation's view: each line links to where an editor acts on it
     */
    static DeskViews.PublishCheckView view(PublicationCheck check, String paper, LocalDate date) {
        List<DeskViews.CheckLine> flags = check.openFlags() == null ? List.of() : check.openFlags().stream()
                .map(p -> new DeskViews.CheckLine(page(p.number(), p.pageName()) + "：" + p.count() + " 处（"
                        + p.kinds().stream().map(PlainWords::flag).collect(Collectors.joining("、")) + "）",
                        DeskEditionResource.pagePath(paper, date, p.number())))
                .toList();
        List<DeskViews.CheckLine> unreviewed = pages(check.unreviewed(), paper, date);
        String upload = "/desk/upload?paper=" + paper + "&date=" + date;
        List<DeskViews.CheckLine> missing = check.missing().stream()
                .map(n -> new DeskViews.CheckLine("第" + n + "版还没有上传", upload + "&page=" + n)).toList();
        return new DeskViews.PublishCheckView(check.openFlags() == null, check.openFlagCount(), flags, unreviewed,
                missing, check.published(), DeskPages.time(check.lastPublishedAt()),
                pages(check.pagesAdded(), paper, date), pages(check.pagesReplaced(), paper, date),
                articles(check.articlesAdded(), paper, date), articles(check.articlesChanged(), paper, date),
                articles(check.articlesRemoved(), paper, date), check.needsOverride());
    }

    private static List<DeskViews.CheckLine> pages(List<PublicationCheck.PageRef> pages, String paper, LocalDate date) {
        return pages.stream().map(p -> new DeskViews.CheckLine(page(p.number(), p.pageName()),
                DeskEditionResource.pagePath(paper, date, p.number()))).toList();
    }

    private static List<DeskViews.CheckLine> articles(List<PublicationCheck.ArticleRef> articles, String paper,
            LocalDate date) {
        return articles.stream().map(a -> a.page() == 0 ? new DeskViews.CheckLine("已不在本期的稿件 " + a.id(), null)
                : new DeskViews.CheckLine("第" + a.page() + "版 · " + (a.headline() != null ? a.headline()
                        : "（无标题" + (a.type() == null ? "" : PlainWords.type(a.type())) + "）"),
                        DeskEditionResource.pagePath(paper, date, a.page()) + "#item-" + a.id())).toList();
    }

    private static String page(int number, String name) {
        String plain = "第" + number + "版";
        return name == null || name.equals(plain) ? plain : plain + " " + name;
    }
}
