package org.ramjet.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The warm-up mode: for each program that follows the {@link WarmupDriver} protocol, runs the
 * driver once per implementation (one process each, {@code iterations} calls of
 * {@code bench(size)}), and writes {@code warmup-<program>.svg} (one line per implementation,
 * x = iteration, y = time of that iteration) and {@code warmup-<program>.tsv} into the results
 * directory. The summary table gives, per implementation, the first iteration's time, the
 * steady time (median of the second half) and the steady time's ratio to the baseline's.
 * The per-run timeout applies to the whole driver process; a curve cut off by it is still drawn.
 */
public final class WarmupCurves {
    /** One implementation's curve: its status ({@code ok}, {@code timeout}, ...), times, checksum and the size it ran. */
    public record Curve(String name, String status, double[] seconds, String result, String size) {
        public boolean ok() {
            return status.equals("ok");
        }

        /** Median of the second half of the iterations: the time once warmed up. */
        public double steady() {
            return seconds.length == 0 ? Double.NaN
                    : Stats.median(Arrays.copyOfRange(seconds, seconds.length / 2, seconds.length));
        }
    }

    /** The summary in Markdown, notes on curves that did not succeed, the charts written, and whether a checksum was WRONG. */
    public record Outcome(String markdown, List<String> notes, List<Path> charts, boolean anyWrong) {}

    private final List<InterpreterLocator.Located> impls;
    private final int baseline;
    private final int iterations;
    private final Duration timeout;
    private final Path resultsDir;
    private final ProcessRunner runner;
    private final PrintStream log;
    private final boolean logY;

    public WarmupCurves(List<InterpreterLocator.Located> impls, int baseline, int iterations, Duration timeout,
                        Path resultsDir, ProcessRunner runner, PrintStream log, boolean logY) {
        if (iterations < 1) {
            throw new IllegalArgumentException("the warm-up curve needs at least 1 iteration");
        }
        this.impls = List.copyOf(impls);
        this.baseline = baseline;
        this.iterations = iterations;
        this.timeout = timeout;
        this.resultsDir = resultsDir;
        this.runner = runner;
        this.log = log;
        this.logY = logY;
    }

    public Outcome run(List<BenchProgram> programs) throws IOException {
        Files.createDirectories(resultsDir);
        Path work = Files.createTempDirectory("ramjet-warmup");
        List<String> notes = new ArrayList<>();
        List<Path> charts = new ArrayList<>();
        boolean anyWrong = false;
        StringBuilder table = new StringBuilder("| program |");
        for (InterpreterLocator.Located l : impls) {
            table.append(' ').append(l.implementation().name()).append(" |");
        }
        table.append("\n|---|").append("---:|".repeat(impls.size())).append('\n');
        try {
            Path driver = WarmupDriver.writeTo(work);
            for (BenchProgram program : programs) {
                String reason = WarmupDriver.unsupportedReason(program);
                if (reason != null) {
                    notes.add(program.displayName() + ": skipped, " + reason);
                    log.println(program.displayName() + ": skipped, " + reason);
                    continue;
                }
                log.println(program.displayName() + ":");
                List<Curve> curves = new ArrayList<>();
                String size = program.size();
                for (int p = 0; p < impls.size(); p++) {
                    Curve c = runCurve(program, p, driver, work, notes);
                    curves.add(c);
                    if (size == null && c.ok()) {
                        size = c.size();
                    }
                }
                anyWrong |= markWrong(program, curves, notes);
                charts.add(writeChart(program, size, curves));
                writeTsv(program, curves);
                table.append(summaryRow(program.displayName(), curves, baseline));
            }
        } finally {
            Comparison.deleteTree(work);
        }
        return new Outcome(table.toString(), notes, charts, anyWrong);
    }

    private Curve runCurve(BenchProgram program, int p, Path driver, Path work, List<String> notes) throws IOException {
        InterpreterLocator.Located located = impls.get(p);
        Implementation impl = located.implementation();
        if (!located.available()) {
            return new Curve(impl.name(), "n/a", new double[0], null, null);
        }
        Path out = work.resolve("curve.out");
        Path err = work.resolve("curve.err");
        List<String> args = List.of(driver.toString(), program.path().getParent().toString(), program.moduleName(),
                String.valueOf(iterations), program.size() == null ? "" : program.size());
        ProcessRunner.Result r = runner.run(impl.commandWith(args), impl.runEnvironment(), out, err, timeout);
        WarmupDriver.Output parsed = WarmupDriver.parse(new String(Files.readAllBytes(out), StandardCharsets.UTF_8));
        String status;
        String prefix = program.displayName() + ": " + impl.name() + ": ";
        if (r.startError() != null) {
            status = "fail(127)";
            notes.add(prefix + "could not start: " + r.startError());
        } else if (r.timedOut()) {
            status = "timeout";
            notes.add(prefix + "timed out after " + Comparison.seconds(timeout) + " s, " + parsed.seconds().length
                    + " of " + iterations + " iterations done" + saveStderr(program, impl, err));
        } else if (r.exitCode() != 0) {
            status = "fail(" + r.exitCode() + ")";
            notes.add(prefix + "exit status " + r.exitCode() + saveStderr(program, impl, err));
        } else if (parsed.seconds().length != iterations || parsed.result() == null) {
            status = "fail(protocol)";
            notes.add(prefix + "printed " + parsed.seconds().length + " of " + iterations
                    + " iteration times" + (parsed.result() == null ? " and no result line" : "") + saveStderr(program, impl, err));
        } else {
            status = "ok";
        }
        log.printf(Locale.ROOT, "  %-10s %d iterations in %.3f s: %s%n", impl.name(), parsed.seconds().length, r.seconds(), status);
        return new Curve(impl.name(), status, parsed.seconds(), parsed.result(), parsed.size());
    }

    private String saveStderr(BenchProgram program, Implementation impl, Path err) throws IOException {
        Path saved = resultsDir.resolve("warmup-" + program.fileKey() + "." + impl.name() + ".err");
        Files.copy(err, saved, StandardCopyOption.REPLACE_EXISTING);
        return " (stderr: " + saved + ")";
    }

    /** Replaces the status of curves whose checksum differs from the baseline's by WRONG. */
    private boolean markWrong(BenchProgram program, List<Curve> curves, List<String> notes) {
        Curve base = curves.get(baseline);
        boolean any = false;
        for (int p = 0; p < curves.size(); p++) {
            Curve c = curves.get(p);
            if (p != baseline && base.ok() && c.ok() && !c.result().equals(base.result())) {
                curves.set(p, new Curve(c.name(), "WRONG", c.seconds(), c.result(), c.size()));
                notes.add(program.displayName() + ": " + c.name() + ": bench() returned `" + c.result() + "`, "
                        + base.name() + " returned `" + base.result() + "`");
                any = true;
            }
        }
        return any;
    }

    private Path writeChart(BenchProgram program, String size, List<Curve> curves) throws IOException {
        String title = "Warm-up: " + program.label() + (size == null ? "" : " (size " + size + ")")
                + ", " + iterations + " calls of bench() in one process";
        Path file = resultsDir.resolve("warmup-" + program.fileKey() + ".svg");
        Files.writeString(file, chart(title, curves, logY).render(), StandardCharsets.UTF_8);
        return file;
    }

    /** The chart of the curves that have any points; milliseconds when every time is under a second. */
    public static SvgChart chart(String title, List<Curve> curves, boolean logY) {
        double max = curves.stream().flatMapToDouble(c -> Arrays.stream(c.seconds())).max().orElse(0);
        boolean millis = max < 1;
        SvgChart chart = new SvgChart(title, "iteration", millis ? "milliseconds per iteration" : "seconds per iteration")
                .logY(logY);
        for (Curve c : curves) {
            if (c.seconds().length == 0) {
                continue;
            }
            double[] xs = new double[c.seconds().length];
            double[] ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = i + 1;
                ys[i] = millis ? c.seconds()[i] * 1000 : c.seconds()[i];
            }
            chart.add(c.ok() ? c.name() : c.name() + " (" + c.status() + ")", xs, ys);
        }
        return chart;
    }

    private void writeTsv(BenchProgram program, List<Curve> curves) throws IOException {
        StringBuilder sb = new StringBuilder("iteration");
        for (Curve c : curves) {
            sb.append('\t').append(c.name());
        }
        sb.append('\n');
        for (int i = 0; i < iterations; i++) {
            sb.append(i + 1);
            for (Curve c : curves) {
                sb.append('\t');
                if (i < c.seconds().length) {
                    sb.append(String.format(Locale.ROOT, "%.6f", c.seconds()[i]));
                }
            }
            sb.append('\n');
        }
        Files.writeString(resultsDir.resolve("warmup-" + program.fileKey() + ".tsv"), sb.toString(), StandardCharsets.UTF_8);
    }

    /** One table row: per implementation {@code first -> steady (ratio of steady times)}, or its status. */
    static String summaryRow(String label, List<Curve> curves, int baseline) {
        StringBuilder sb = new StringBuilder("| ").append(label).append(" |");
        Curve base = curves.get(baseline);
        for (int p = 0; p < curves.size(); p++) {
            Curve c = curves.get(p);
            sb.append(' ');
            if (!c.ok()) {
                sb.append(c.status());
            } else {
                sb.append(human(c.seconds()[0])).append(" → ").append(human(c.steady()));
                if (p != baseline && base.ok()) {
                    sb.append(" (").append(ResultTable.ratio(c.steady() / base.steady())).append(')');
                }
            }
            sb.append(" |");
        }
        return sb.append('\n').toString();
    }

    /** A time for people: seconds from one second up, else milliseconds with three significant digits. */
    static String human(double seconds) {
        if (seconds >= 1) {
            return String.format(Locale.ROOT, "%.2f s", seconds);
        }
        double ms = seconds * 1000;
        String f = ms >= 100 ? "%.0f" : ms >= 10 ? "%.1f" : ms >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, f + " ms", ms);
    }
}
