package io.newsroom.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the services' footprint ({@code ./newsroom footprint}, README "Footprint"): starts a fresh local stack
 * on free ports in a temporary folder, with the JVM settings every run uses ({@link LocalStack#SERVICE_JVM_OPTIONS}),
 * runs the demo's work on it (every seed page ingested, every edition published and rendered), and prints per service
 * the start time Quarkus reports ("started in N s"), the resident set size now (VmRSS) and its peak (VmHWM), in MB of
 * 2^20 bytes, against the budget of issue 16 (at most 250 MB after the work, started in under 3 s). The stack is
 * stopped and its folder deleted at the end.
 *
 * <p>Usage: {@code java -cp … io.newsroom.system.FootprintCommand ROOT}; exit 0 when every service is within
 * budget, 3 when one is not, 1 when the stack or the work failed.
 */
public final class FootprintCommand {

    /** Budget of one service: resident memory after the work, in MB. */
    static final double RSS_BUDGET_MB = 250;
    /** Budget of one service: Quarkus' reported start time, in seconds. */
    static final double START_BUDGET_S = 3;

    private static final Pattern STARTED = Pattern.compile("started in ([0-9]+(?:\\.[0-9]+)?)s");
    private static final List<LocalStack.Component> SERVICES = List.of(LocalStack.Component.ARTICLE,
            LocalStack.Component.RENDER, LocalStack.Component.EDITION);

    private FootprintCommand() {
    }

    /** @param args the repository root */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: FootprintCommand ROOT");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Path home = Files.createTempDirectory("newsroom-footprint");
        int exit;
        try (LocalStack stack = new LocalStack(root, home, LocalStack.Ports.free(), false)) {
            System.out.println("==> starting a fresh stack in " + home);
            stack.up(line -> { });
            System.out.println("==> the demo's work: every seed page ingested, every edition published");
            new DemoCommand(stack, root, new PrintStream(OutputStream.nullOutputStream())).run();
            exit = report(stack, System.out) ? 0 : 3;
        } catch (IllegalStateException e) {
            System.err.println("footprint failed: " + e.getMessage());
            exit = 1;
        } finally {
            deleteTree(home);
        }
        System.exit(exit);
    }

    /**
     * Prints one line per service.
     *
     * @return whether every service is within both budgets
     */
    static boolean report(LocalStack stack, PrintStream out) throws IOException {
        out.printf("%-16s %12s %10s %10s   (budget: started in < %.0f s, RSS <= %.0f MB)%n", "service",
                "started in", "RSS MB", "peak MB", START_BUDGET_S, RSS_BUDGET_MB);
        boolean within = true;
        for (LocalStack.Component c : SERVICES) {
            OptionalDouble started = startSeconds(Files.readString(stack.log(c), StandardCharsets.UTF_8));
            long pid = stack.pid(c);
            if (pid < 0) {
                throw new IllegalStateException(c.id() + " was not started here");
            }
            String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
            double rss = kilobytes(status, "VmRSS").orElse(-1) / 1024.0;
            double peak = kilobytes(status, "VmHWM").orElse(-1) / 1024.0;
            boolean ok = started.isPresent() && started.getAsDouble() < START_BUDGET_S && rss <= RSS_BUDGET_MB;
            within &= ok;
            out.printf("%-16s %11s %10.0f %10.0f   %s%n", c.id(),
                    started.isPresent() ? String.format("%.2f s", started.getAsDouble()) : "?", rss, peak,
                    ok ? "within" : "OVER");
        }
        return within;
    }

    /**
     * @param log a Quarkus service's log
     * @return the start time of its last start, from "… started in 2.345s."
     */
    static OptionalDouble startSeconds(String log) {
        Matcher m = STARTED.matcher(log);
        OptionalDouble last = OptionalDouble.empty();
        while (m.find()) {
            last = OptionalDouble.of(Double.parseDouble(m.group(1)));
        }
        return last;
    }

    /**
     * @param procStatus the text of {@code /proc/PID/status}
     * @param field      e.g. {@code VmRSS}
     * @return the field's value in kB
     */
    static OptionalLong kilobytes(String procStatus, String field) {
        Matcher m = Pattern.compile("(?m)^" + field + ":\\s+([0-9]+) kB").matcher(procStatus);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
