package io.newsroom.segmenter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.contract.json.ContractJsonModule;
import io.newsroom.segmenter.PageSegmenter;
import io.newsroom.segmenter.PageTextDecoder;
import io.newsroom.segmenter.PageTextException;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code ./newsroom segment-eval DIR}: segments every page of a corpus and scores it with {@link SegScore} (the
 * port of shared/tools/segscore.py). A corpus folder holds {@code text/<name>.txt} (page text, UTF-8 or GB18030) and
 * {@code gold/<name>.json} (the expected items, shape of seeds/gold/SCHEMA.md); a name is a page id, a dot and the
 * text extractor, e.g. {@code hbrb-p03.pdftotext-raw}: the extractor is what follows the last dot, the paper what
 * precedes the first '-' of the page id. The pages are the gold files; a text without gold is not scored.
 *
 * <p>{@link #evaluate(Path)} returns the figures as records; {@link #table(Report)} prints them: a row per page,
 * then mean and minimum by extractor and by paper, the overall mean and minimum, and the page with the lowest
 * items_f1.
 */
public final class CorpusEvaluator {

    private static final ObjectMapper MAPPER = ContractJsonModule.mapper();
    private static final String NO_EXTRACTOR = "-";

    private final PageSegmenter segmenter = new PageSegmenter();

    /**
     * The scores of one page.
     *
     * @param name      the file name without extension, e.g. {@code hbrb-p03.pdftotext-raw}
     * @param paper     the page id's prefix before its first '-', e.g. {@code hbrb} (the whole page id without '-')
     * @param extractor what follows the name's last dot, e.g. {@code pdftotext-raw}; {@code "-"} without a dot
     * @param goldItems number of gold items
     * @param predItems number of items the segmenter found
     * @param metrics   metric name → value, every name of {@link SegScore#COLUMNS}, in that order
     */
    public record PageScore(String name, String paper, String extractor, int goldItems, int predItems,
                            Map<String, Double> metrics) {

        public PageScore {
            metrics = Map.copyOf(metrics);
        }

        /**
         * @param metric a name of {@link SegScore#COLUMNS}
         * @return its value for this page
         */
        public double get(String metric) {
            return metrics.get(metric);
        }
    }

    /**
     * Mean and minimum of each metric over a group of pages.
     *
     * @param group the extractor or paper, {@code "all"} for every page
     * @param pages how many pages the group has
     * @param mean  metric name → mean over the group's pages
     * @param min   metric name → lowest value on one of the group's pages
     */
    public record GroupScore(String group, int pages, Map<String, Double> mean, Map<String, Double> min) {

        public GroupScore {
            mean = Map.copyOf(mean);
            min = Map.copyOf(min);
        }
    }

    /**
     * The figures of one evaluation.
     *
     * @param pages       a score per page, in name order
     * @param byExtractor mean and minimum per extractor, in extractor order
     * @param byPaper     mean and minimum per paper, in paper order
     * @param overall     mean and minimum over every page
     * @param weakest     the page with the lowest items_f1 (the first in name order on a tie)
     */
    public record Report(List<PageScore> pages, List<GroupScore> byExtractor, List<GroupScore> byPaper,
                         GroupScore overall, PageScore weakest) {

        public Report {
            pages = List.copyOf(pages);
            byExtractor = List.copyOf(byExtractor);
            byPaper = List.copyOf(byPaper);
        }
    }

    /**
     * @param args the corpus folder
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length != 1) {
            err.println("usage: ./newsroom segment-eval DIR   (DIR/text/<name>.txt, DIR/gold/<name>.json)");
            System.exit(2);
        }
        try {
            out.print(table(new CorpusEvaluator().evaluate(Path.of(args[0]))));
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            err.println("segment-eval: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * @param dir a corpus folder with {@code gold/} and {@code text/}
     * @return the scores of every gold page, by extractor, by paper and overall
     * @throws IllegalArgumentException when {@code gold/} is missing or empty, a gold page has no text, or a
     *                                  text is neither UTF-8 nor GB18030
     * @throws IOException              when a file cannot be read or a gold file is not JSON
     */
    public Report evaluate(Path dir) throws IOException {
        Path goldDir = dir.resolve("gold");
        if (!Files.isDirectory(goldDir)) {
            throw new IllegalArgumentException("no gold folder " + goldDir);
        }
        List<Path> golds;
        try (Stream<Path> files = Files.list(goldDir)) {
            golds = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (golds.isEmpty()) {
            throw new IllegalArgumentException("no gold pages (*.json) in " + goldDir);
        }
        List<PageScore> pages = new ArrayList<>();
        for (Path gold : golds) {
            String file = gold.getFileName().toString();
            String name = file.substring(0, file.length() - ".json".length());
            pages.add(score(name, dir.resolve("text").resolve(name + ".txt"), gold));
        }
        return report(pages);
    }

    /**
     * @param name the page's name (see {@link PageScore#name()})
     * @param text its page text file (UTF-8 or GB18030, detected)
     * @param gold its gold file ({@code {"items": [...]}})
     * @return the page's scores
     * @throws IllegalArgumentException when the text is missing or undecodable
     * @throws IOException              when a file cannot be read or the gold is not JSON
     */
    public PageScore score(String name, Path text, Path gold) throws IOException {
        if (!Files.isRegularFile(text)) {
            throw new IllegalArgumentException("gold page " + name + " has no text " + text);
        }
        String input;
        try {
            input = PageTextDecoder.decode(Files.readAllBytes(text), null).text();
        } catch (PageTextException e) {
            throw new IllegalArgumentException(text + ": " + e.getMessage(), e);
        }
        return score(name, input, MAPPER.readTree(gold.toFile()).path("items"));
    }

    /**
     * @param name  the page's name (see {@link PageScore#name()})
     * @param input the page text
     * @param gold  the gold items (JSON array)
     * @return the page's scores
     */
    public PageScore score(String name, String input, JsonNode gold) {
        JsonNode pred = MAPPER.valueToTree(segmenter.segment(input).items());
        Map<String, Double> metrics = SegScore.score(gold, pred, input);
        int dot = name.lastIndexOf('.');
        String pageId = dot < 0 ? name : name.substring(0, dot);
        String extractor = dot < 0 ? NO_EXTRACTOR : name.substring(dot + 1);
        int dash = pageId.indexOf('-');
        String paper = dash < 0 ? pageId : pageId.substring(0, dash);
        return new PageScore(name, paper, extractor, gold.size(), pred.size(), metrics);
    }

    /**
     * @param pages scores of one page or more
     * @return the pages in name order with their means and minimums by extractor, by paper and overall
     * @throws IllegalArgumentException for no pages
     */
    public static Report report(List<PageScore> pages) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to report");
        }
        List<PageScore> sorted = pages.stream().sorted(Comparator.comparing(PageScore::name)).toList();
        PageScore weakest = sorted.stream().min(Comparator.comparingDouble(p -> p.get("items_f1"))).orElseThrow();
        return new Report(sorted, groups(sorted, PageScore::extractor), groups(sorted, PageScore::paper),
                group("all", sorted), weakest);
    }

    private static List<GroupScore> groups(List<PageScore> pages, Function<PageScore, String> key) {
        Map<String, List<PageScore>> by = new TreeMap<>();
        pages.forEach(p -> by.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
        List<GroupScore> out = new ArrayList<>();
        by.forEach((name, members) -> out.add(group(name, members)));
        return out;
    }

    private static GroupScore group(String name, List<PageScore> pages) {
        Map<String, Double> mean = new LinkedHashMap<>();
        Map<String, Double> min = new LinkedHashMap<>();
        for (String c : SegScore.COLUMNS) {
            mean.put(c, pages.stream().mapToDouble(p -> p.get(c)).sum() / pages.size());
            min.put(c, pages.stream().mapToDouble(p -> p.get(c)).min().orElseThrow());
        }
        return new GroupScore(name, pages.size(), mean, min);
    }

    /**
     * @param report an evaluation
     * @return the table: a row per page (gold/predicted items and every metric), then MEAN and MIN rows by
     *         extractor, by paper and over all pages, and the page with the lowest items_f1; three decimals
     */
    public static String table(Report report) {
        StringBuilder b = new StringBuilder(String.format("%-34s %7s", "page", "g/p"));
        SegScore.COLUMNS.forEach(c -> b.append(' ').append(String.format("%" + width(c) + "s", c)));
        b.append('\n');
        for (PageScore p : report.pages()) {
            row(b, p.name(), p.goldItems() + "/" + p.predItems(), p.metrics());
        }
        section(b, "by extractor", report.byExtractor());
        section(b, "by paper", report.byPaper());
        section(b, "all pages", List.of(report.overall()));
        b.append(String.format("lowest items_f1: %.3f (%s)%n", report.weakest().get("items_f1"),
                report.weakest().name()));
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<GroupScore> groups) {
        b.append(title).append('\n');
        for (GroupScore g : groups) {
            row(b, "MEAN " + g.group(), g.pages() + (g.pages() == 1 ? " page" : " pages"), g.mean());
            row(b, "MIN  " + g.group(), "", g.min());
        }
    }

    private static void row(StringBuilder b, String label, String count, Map<String, Double> values) {
        b.append(String.format("%-34s %7s", label.length() > 34 ? label.substring(0, 34) : label, count));
        SegScore.COLUMNS.forEach(c -> b.append(' ').append(String.format("%" + width(c) + ".3f", values.get(c))));
        b.append('\n');
    }

    private static int width(String column) {
        return Math.max(8, column.length());
    }
}
