package io.newsroom.edition.desk;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.newsroom.contract.ArticleView;
import io.newsroom.contract.EditableField;
import io.newsroom.contract.Paragraph;
import io.newsroom.contract.Photo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one revision changed, field by field, old → new, for the desk's history page (README "Publishing safely and
 * history"): short fields side by side, the body as a paragraph-level diff (java-diff-utils' Myers diff over the
 * paragraphs, unchanged runs folded to one line of context at each side). Pure functions over the contract's views.
 */
final class RevisionDiffs {

    /** What a revision's {@code changed_fields} names for a desk operation over two articles (not revertable). */
    static final Set<String> ACROSS_ARTICLES = Set.of("merged_from", "merged_into", "split_into", "split_from");

    /** Paragraphs of unchanged context kept on each side of a change. */
    static final int CONTEXT = 1;

    private RevisionDiffs() {
    }

    /**
     * @param before  the article before the revision
     * @param after   the article after it (the next revision's previous state, or the article now)
     * @param changed the revision's {@code changed_fields}
     * @return one change per field named, in that order; fields the desk cannot show old and new of (e.g.
     *         {@code merged_from}) with both values {@code null}
     */
    static List<DeskViews.FieldChange> changes(ArticleView before, ArticleView after, List<String> changed) {
        List<DeskViews.FieldChange> changes = new ArrayList<>();
        for (String name : changed) {
            String label = DeskPages.changeLabel(name);
            Optional<EditableField> field = EditableField.fromWireName(name);
            if (field.isPresent() && field.get() == EditableField.PARAGRAPHS) {
                changes.add(new DeskViews.FieldChange(label, null, null,
                        paragraphs(texts(before.paragraphs()), texts(after.paragraphs()))));
            } else if (field.isPresent()) {
                changes.add(new DeskViews.FieldChange(label, value(before, field.get()), value(after, field.get()),
                        null));
            } else if ("status".equals(name)) {
                changes.add(new DeskViews.FieldChange(label, DeskPages.label(before.status()),
                        DeskPages.label(after.status()), null));
            } else if ("excluded".equals(name)) {
                changes.add(new DeskViews.FieldChange(label, excluded(before), excluded(after), null));
            } else {
                changes.add(new DeskViews.FieldChange(label, null, null, null));
            }
        }
        return changes;
    }

    /**
     * A paragraph-level diff.
     *
     * @param before the paragraphs before, as shown (a crosshead prefixed 小标题：)
     * @param after  the paragraphs after
     * @return the lines: {@code same}, {@code del}, {@code ins}, and {@code gap} for a folded unchanged run ("…
     *         N 段未改动 …")
     */
    static List<DeskViews.DiffLine> paragraphs(List<String> before, List<String> after) {
        List<DeskViews.DiffLine> lines = new ArrayList<>();
        int next = 0;
        boolean first = true;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int start = delta.getSource().getPosition();
            unchanged(before.subList(next, start), !first, true, lines);
            delta.getSource().getLines().forEach(p -> lines.add(new DeskViews.DiffLine("del", p)));
            delta.getTarget().getLines().forEach(p -> lines.add(new DeskViews.DiffLine("ins", p)));
            next = start + delta.getSource().size();
            first = false;
        }
        unchanged(before.subList(next, before.size()), !first, false, lines);
        return lines;
    }

    /** Adds an unchanged run: the context next to the changes around it, the rest folded to one gap line. */
    private static void unchanged(List<String> run, boolean changeBefore, boolean changeAfter,
            List<DeskViews.DiffLine> lines) {
        int head = changeBefore ? Math.min(CONTEXT, run.size()) : 0;
        int tail = changeAfter ? Math.min(CONTEXT, run.size() - head) : 0;
        run.subList(0, head).forEach(p -> lines.add(new DeskViews.DiffLine("same", p)));
        int folded = run.size() - head - tail;
        if (folded > 0) {
            lines.add(new DeskViews.DiffLine("gap", "… " + folded + " 段未改动 …"));
        }
        run.subList(run.size() - tail, run.size()).forEach(p -> lines.add(new DeskViews.DiffLine("same", p)));
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs == null ? List.of()
                : paragraphs.stream().map(p -> (p.crosshead() ? "小标题：" : "") + p.text()).toList();
    }

    /** A field's value as shown, or "（空）". */
    private static String value(ArticleView a, EditableField field) {
        Object value = switch (field) {
            case KICKER -> a.kicker();
            case HEADLINE -> a.headline();
            case SUBHEADLINE -> a.subheadline();
            case COLUMN -> a.column();
            case BYLINE -> a.byline();
            case DATELINE -> a.dateline();
            case TYPE -> a.type() == null ? null : PlainWords.type(a.type());
            case CONTINUES_ON_PAGE -> a.continuesOnPage() == null ? null : "第" + a.continuesOnPage() + "版";
            case FLAGS -> a.editorial() == null || a.editorial().flags().isEmpty() ? null
                    : a.editorial().flags().stream().map(PlainWords::flag).collect(Collectors.joining("、"));
            case PHOTOS -> a.photos() == null || a.photos().isEmpty() ? null
                    : a.photos().stream().map(RevisionDiffs::photo).collect(Collectors.joining("；"));
            case PARAGRAPHS -> throw new IllegalArgumentException("paragraphs are diffed");
        };
        String text = Objects.toString(value, "");
        return text.isBlank() ? "（空）" : text;
    }

    private static String photo(Photo p) {
        return Objects.toString(p.caption(), "（无说明）") + (p.credit() == null ? "" : "（" + p.credit() + "）");
    }

    private static String excluded(ArticleView a) {
        return a.editorial() != null && a.editorial().excluded() ? "不发布" : "发布";
    }
}
