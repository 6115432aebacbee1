package io.newsroom.render;

import io.newsroom.contract.ArticleView;
import io.newsroom.contract.Paragraph;
import io.newsroom.contract.Photo;
import io.newsroom.render.edition.ChineseDates;
import io.newsroom.render.edition.EditionContent;
import io.newsroom.render.edition.EditionRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Speed benchmark (not a test): renders each fixture edition N times in-process (HTML edition and
 * EPUB, no storage) and, in the same run, builds an EPUB of the same articles with pandoc
 * (Markdown in, EPUB 3 out), then prints both mean times per edition and their ratio. Target:
 * ours at least 10x faster.
 *
 * <p>Run: {@code ./newsroom bench-render [N]} (default N = 50; pandoc runs max(3, N / 10) times).
 */
public final class RenderBenchmark {

    /** Renders of every edition before timing, so the JIT has compiled the hot paths. */
    private static final int WARMUP = 300;

    private RenderBenchmark() {
    }

    /**
     * @param args optional iteration count
     * @throws Exception if pandoc is missing or fails
     */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int pandocRuns = Math.max(3, n / 10);
        EditionRenderer renderer = new EditionRenderer();
        Path work = Files.createTempDirectory("bench-render");
        System.out.printf("%-12s %8s %12s %12s %8s%n", "edition", "articles", "ours ms", "pandoc ms", "ratio");
        double worst = Double.MAX_VALUE;
        List<EditionContent> editions = EditionFixtures.editions();
        for (int i = 0; i < WARMUP; i++) {
            editions.forEach(renderer::render);
        }
        for (EditionContent edition : editions) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                renderer.render(edition);
            }
            double ours = (System.nanoTime() - start) / 1e6 / n;

            Path markdown = work.resolve(edition.date() + ".md");
            Files.writeString(markdown, markdown(edition), StandardCharsets.UTF_8);
            Path epub = work.resolve(edition.date() + ".epub");
            pandoc(markdown, epub);
            start = System.nanoTime();
            for (int i = 0; i < pandocRuns; i++) {
                pandoc(markdown, epub);
            }
            double theirs = (System.nanoTime() - start) / 1e6 / pandocRuns;
            double ratio = theirs / ours;
            worst = Math.min(worst, ratio);
            System.out.printf("%-12s %8d %12.2f %12.2f %7.1fx%n", edition.date(), edition.articles().size(), ours,
                    theirs, ratio);
        }
        System.out.printf("slowest ratio %.1fx (target >= 10x): %s%n", worst, worst >= 10 ? "met" : "NOT met");
    }

    private static void pandoc(Path markdown, Path epub) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pandoc", "--from", "markdown", "--to", "epub3", "--toc", "--toc-depth=2",
                "--output", epub.toString(), markdown.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("pandoc failed with exit code " + p.exitValue() + " (is it installed?)");
        }
    }

    /** The same articles as Markdown: a title block, one level-1 heading per page, level 2 per article. */
    static String markdown(EditionContent edition) {
        StringBuilder md = new StringBuilder();
        md.append("---\ntitle: \"").append(edition.paperName()).append(' ').append(ChineseDates.date(edition.date()))
                .append("\"\nlang: zh-CN\ndate: ").append(edition.date()).append("\npublisher: \"")
                .append(edition.publisher()).append("\"\n---\n\n");
        int page = -1;
        for (ArticleView a : edition.articles()) {
            if (a.page() != page) {
                page = a.page();
                md.append("# 第").append(page).append("版\n\n");
            }
            md.append("## ").append(escape(a.headline() == null ? "图片新闻" : a.headline())).append("\n\n");
            for (String line : List.of(nz(a.kicker()), nz(a.subheadline()), nz(a.byline()), nz(a.dateline()))) {
                if (!line.isEmpty()) {
                    md.append(escape(line)).append("\n\n");
                }
            }
            for (Paragraph p : a.paragraphs()) {
                md.append(p.crosshead() ? "### " : "").append(escape(p.text())).append("\n\n");
            }
            for (Photo photo : a.photos()) {
                md.append("> ").append(escape(photo.caption().replace("\n", " "))).append(' ')
                        .append(escape(nz(photo.credit()))).append("\n\n");
            }
        }
        return md.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String escape(String s) {
        return s.replaceAll("([\\\\`*_{}\\[\\]<>#+!|&-])", "\\\\$1");
    }
}
