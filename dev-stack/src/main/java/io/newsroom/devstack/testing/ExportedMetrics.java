package io.newsroom.devstack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The metric names {@code k8s/observability/metrics.txt} lists for a service (the ones its dashboard and alert rules
 * read), checked against the service's own {@code /q/metrics} scrape in its {@code MetricsExportTest}.
 */
public final class ExportedMetrics {

    private ExportedMetrics() {
    }

    /**
     * @param service e.g. {@code edition-service}
     * @param scrape  the text of {@code GET /q/metrics}
     * @return the listed names the scrape lacks (empty when all are exported)
     */
    public static List<String> missing(String service, String scrape) {
        Set<String> scraped = scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
        return listed(service).stream().filter(name -> !scraped.contains(name)).toList();
    }

    /**
     * @param scrape the text of {@code GET /q/metrics}
     * @param series a series as the scrape writes it, e.g. {@code newsroom_pages_ingested_total{outcome="stored"}}
     *               (labels in alphabetical order)
     * @return its value
     * @throws AssertionError when the scrape has no such series
     */
    public static double value(String scrape, String series) {
        return scrape.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).strip().split(" ")[0]))
                .orElseThrow(() -> new AssertionError("no series " + series + " in the scrape"));
    }

    /** @return the names {@code metrics.txt} lists for {@code service} */
    public static List<String> listed(String service) {
        Path file = Path.of(System.getProperty("user.dir")).resolve("../k8s/observability/metrics.txt").normalize();
        try {
            return Files.readAllLines(file).stream().map(String::strip).filter(l -> l.startsWith(service + " "))
                    .map(l -> l.substring(service.length()).strip()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
