package org.ramjet.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code bench/compare} command: Ramjet side by side with other Python implementations,
 * whole process against whole process. A guided tour:
 * <ol>
 *   <li>{@link CompareOptions} reads the command line: {@code NAME=COMMAND} implementations
 *       ({@link Implementation}), programs ({@link ProgramLocator} makes {@link BenchProgram}s),
 *       runs, warm-up runs, timeout.</li>
 *   <li>{@link InterpreterLocator} finds each executable (a missing one becomes an {@code n/a}
 *       column, not an error), replaces pyenv-style shims by the real binary and asks for
 *       {@code --version}.</li>
 *   <li>{@link Comparison} runs the rounds through {@link ProcessRunner}, checks outputs
 *       ({@link OutputDiff}) and fills {@link Cell}s; {@link ResultTable} turns them into
 *       Markdown with {@link Stats}' medians, paired ratios and geometric means.</li>
 *   <li>Or, with {@code --warmup-curve N}, {@link WarmupCurves} runs the {@link WarmupDriver}
 *       in one process per implementation and draws an {@link SvgChart}.</li>
 *   <li>{@link MachineInfo} heads the report, which goes to stdout and to the results directory.</li>
 * </ol>
 * The wrapper script passes {@code -Dramjet.bench.repo} (the repository root, for the default
 * suite and results directory) and {@code -Dramjet.bench.command} (its name as typed).
 */
public final class Compare {
    private final Path repo;
    private final String commandName;
    private final PrintStream out;
    private final PrintStream log;

    public Compare(Path repo, String commandName, PrintStream out, PrintStream log) {
        this.repo = repo;
        this.commandName = commandName;
        this.out = out;
        this.log = log;
    }

    public static void main(String[] args) {
        Path repo = Path.of(System.getProperty("ramjet.bench.repo", ".")).toAbsolutePath().normalize();
        String name = System.getProperty("ramjet.bench.command", "bench/compare");
        System.exit(new Compare(repo, name, System.out, System.err).run(Arrays.asList(args)));
    }

    /** Runs the command; returns its exit status (0, 1 when an output was WRONG, 2 for a usage error). */
    public int run(List<String> args) {
        CompareOptions options;
        List<BenchProgram> programs;
        try {
            options = CompareOptions.parse(args);
            if (options.help()) {
                out.print(CompareOptions.USAGE);
                return 0;
            }
            ProgramLocator locator = new ProgramLocator(List.of(suiteDir()));
            programs = options.programs().isEmpty() ? locator.suite() : locator.locate(options.programs());
            if (programs.isEmpty()) {
                throw new IllegalArgumentException("no programs to run (none in " + suiteDir() + ")");
            }
        } catch (IllegalArgumentException e) {
            log.println("compare: " + e.getMessage());
            log.println("(" + commandName + " --help shows the usage)");
            return 2;
        }
        try {
            return run(options, programs, commandName + (args.isEmpty() ? "" : " " + ShellWords.join(args)));
        } catch (IOException e) {
            log.println("compare: " + e);
            return 2;
        }
    }

    private Path suiteDir() {
        return repo.resolve("jmh").resolve("programs");
    }

    private int run(CompareOptions options, List<BenchProgram> programs, String commandLine) throws IOException {
        Path results = options.results() != null ? options.results()
                : repo.resolve("bench").resolve("results")
                        .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(results);
        ProcessRunner runner = new ProcessRunner();
        Path scratch = Files.createTempDirectory("ramjet-compare-probe");
        List<InterpreterLocator.Located> impls;
        List<String> header;
        try {
            Duration probeTimeout = options.timeout().compareTo(Duration.ofSeconds(120)) > 0
                    ? options.timeout() : Duration.ofSeconds(120);
            impls = new InterpreterLocator(runner, scratch, probeTimeout).locateAll(options.implementations());
            header = new MachineInfo(runner, scratch).headerLines(commandLine);
        } finally {
            Comparison.deleteTree(scratch);
        }
        int baseline = options.baselineIndex();
        for (InterpreterLocator.Located l : impls) {
            if (!l.available()) {
                log.println("compare: " + l.implementation().name() + ": " + l.problem() + "; its column will say n/a");
            } else if (l.note() != null) {
                log.println("compare: " + l.implementation().name() + ": " + l.note());
            }
        }
        if (!impls.get(baseline).available()) {
            log.println("compare: the baseline " + impls.get(baseline).implementation().name()
                    + " is missing: outputs cannot be checked and there will be no ratios");
        }

        StringBuilder report = new StringBuilder();
        boolean wrong;
        String reportFile;
        if (options.curveIterations() > 0) {
            WarmupCurves.Outcome o = new WarmupCurves(impls, baseline, options.curveIterations(), options.timeout(),
                    results, runner, log, options.logY()).run(programs);
            report.append("# Warm-up curves\n\n");
            appendLines(report, header);
            report.append("\nEach implementation ran ").append(options.curveIterations())
                    .append(" calls of `bench(size)` in one process. Cells: first call → steady time (median of the")
                    .append(" second half of the calls), and (ratio) = steady time / ")
                    .append(impls.get(baseline).implementation().name()).append("'s steady time.\n\n");
            report.append(o.markdown());
            appendImplementations(report, impls, baseline);
            appendNotes(report, o.notes());
            report.append("\nCharts:\n");
            for (Path chart : o.charts()) {
                report.append("- ").append(chart).append('\n');
            }
            wrong = o.anyWrong();
            reportFile = "warmup.md";
        } else {
            Comparison.Outcome o = new Comparison(impls, baseline,
                    new Comparison.Settings(options.runs(), options.warmup(), options.timeout()), results, runner, log)
                    .run(programs);
            report.append("# Benchmark comparison\n\n");
            appendLines(report, header);
            report.append("\nMedian wall seconds of ").append(options.runs()).append(" timed run(s) per cell (whole process");
            if (options.warmup() > 0) {
                report.append(", after ").append(options.warmup()).append(" untimed warm-up run(s)");
            }
            report.append("; timeout ").append(Comparison.seconds(options.timeout())).append(" s per run).")
                    .append(" (ratio) = median over rounds of the run's time / ")
                    .append(impls.get(baseline).implementation().name())
                    .append("'s time in the same round: below 1 is faster.\n\n");
            report.append(o.table().toMarkdown());
            appendImplementations(report, impls, baseline);
            appendNotes(report, o.notes());
            report.append("\nRaw times: ").append(results.resolve("raw.tsv")).append('\n');
            wrong = o.anyWrong();
            reportFile = "table.md";
        }
        Files.writeString(results.resolve(reportFile), report.toString(), StandardCharsets.UTF_8);
        out.print(report);
        out.flush();
        log.println("compare: report written to " + results.resolve(reportFile));
        return wrong ? 1 : 0;
    }

    private static void appendLines(StringBuilder sb, List<String> lines) {
        for (String l : lines) {
            sb.append(l).append('\n');
        }
    }

    private static void appendImplementations(StringBuilder sb, List<InterpreterLocator.Located> impls, int baseline) {
        sb.append("\nImplementations:\n");
        for (int i = 0; i < impls.size(); i++) {
            InterpreterLocator.Located l = impls.get(i);
            Implementation impl = l.implementation();
            sb.append("- ").append(impl.name()).append(i == baseline ? " (baseline)" : "").append(": `")
                    .append(impl.commandLine()).append('`');
            if (!l.available()) {
                sb.append(" — not found: ").append(l.problem()).append(" (n/a)");
            } else {
                if (l.note() != null) {
                    sb.append(", run as `").append(impl.effectiveCommandLine()).append("` (").append(l.note()).append(')');
                }
                sb.append(l.version() != null ? " — " + l.version() : " — `--version` did not answer");
            }
            sb.append('\n');
        }
    }

    private static void appendNotes(StringBuilder sb, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        sb.append("\nProblems:\n");
        for (String n : notes) {
            sb.append("- ").append(n).append('\n');
        }
    }
}
