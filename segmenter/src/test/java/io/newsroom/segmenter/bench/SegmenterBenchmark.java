package io.newsroom.segmenter.bench;

import io.newsroom.segmenter.PageSegmenter;
import io.newsroom.segmenter.Seeds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Segmenting speed: one operation segments all five seed pages on one thread. Run with
 * {@code ./newsroom bench-segmenter}; prints pages per second (target: at least 2,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SegmenterBenchmark {

    private final PageSegmenter segmenter = new PageSegmenter();
    private List<String> pages;

    /** Loads the seed pages once. */
    @Setup
    public void load() {
        pages = Seeds.NAMES.stream().map(Seeds::page).toList();
    }

    /**
     * @param hole keeps the results alive
     */
    @Benchmark
    public void segmentFiveSeedPages(Blackhole hole) {
        for (String page : pages) {
            hole.consume(segmenter.segment(page));
        }
    }

    /**
     * Runs the benchmark and prints pages per second.
     *
     * @param args JMH command-line options, e.g. {@code -wi 1 -i 1 -r 1s} for a short run; none for the defaults
     *             above
     * @throws CommandLineOptionException for an option JMH does not know
     * @throws RunnerException            when JMH fails
     */
    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(SegmenterBenchmark.class.getName() + ".*").build()).run();
        for (RunResult r : results) {
            double opsPerSecond = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            System.out.printf("segmenter: %.0f pages/s (± %.0f) on one thread, %d seed pages per operation%n",
                    opsPerSecond * Seeds.NAMES.size(), error * Seeds.NAMES.size(), Seeds.NAMES.size());
        }
    }
}
