package org.ramjet.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs every program under every implementation as whole processes and fills a
 * {@link ResultTable}. Runs alternate: each round runs every implementation once (baseline
 * first), so a slow spell of the machine hits all of them alike and per-round ratios cancel it.
 * Every run's stdout is compared with the baseline's first output; a cell that times out,
 * fails or prints something else stops running. Raw times go to {@code raw.tsv}, the first
 * output of each implementation to {@code <program>.<impl>.out}, stderr of a failed run to
 * {@code <program>.<impl>.err}, all in the results directory.
 */
public final class Comparison {
    /** How many runs, and how long one may take. */
    public record Settings(int runs, int warmup, Duration timeout) {
        public Settings {
            if (runs < 1 || warmup < 0) {
                throw new IllegalArgumentException("runs must be >= 1 and warm-up runs >= 0");
            }
        }
    }

    /** The table, the explanations of cells that did not succeed, and whether any output was WRONG. */
    public record Outcome(ResultTable table, List<String> notes, boolean anyWrong) {}

    private final List<InterpreterLocator.Located> impls;
    private final int baseline;
    private final Settings settings;
    private final Path resultsDir;
    private final ProcessRunner runner;
    private final PrintStream log;

    public Comparison(List<InterpreterLocator.Located> impls, int baseline, Settings settings, Path resultsDir,
                      ProcessRunner runner, PrintStream log) {
        this.impls = List.copyOf(impls);
        this.baseline = baseline;
        this.settings = settings;
        this.resultsDir = resultsDir;
        this.runner = runner;
        this.log = log;
    }

    public Outcome run(List<BenchProgram> programs) throws IOException {
        List<String> names = impls.stream().map(l -> l.implementation().name()).toList();
        ResultTable table = new ResultTable(names, baseline);
        List<String> notes = new ArrayList<>();
        boolean anyWrong = false;
        Files.createDirectories(resultsDir);
        Path work = Files.createTempDirectory("ramjet-compare");
        try (PrintWriter raw = new PrintWriter(Files.newBufferedWriter(resultsDir.resolve("raw.tsv"), StandardCharsets.UTF_8))) {
            raw.println("program\timplementation\tround\tphase\tseconds\texit\tresult");
            for (BenchProgram program : programs) {
                List<Cell> cells = new ProgramRun(program, work, raw, notes).run();
                anyWrong |= cells.stream().anyMatch(c -> c.status() == Cell.Status.WRONG);
                table.add(program.displayName(), cells);
            }
        } finally {
            deleteTree(work);
        }
        return new Outcome(table, notes, anyWrong);
    }

    /** The rounds of one program; holds the reference output and each implementation's first output. */
    private final class ProgramRun {
        private final BenchProgram program;
        private final Path work;
        private final PrintWriter raw;
        private final List<String> notes;
        private final Cell[] cells = new Cell[impls.size()];
        private final byte[][] firstOutput = new byte[impls.size()][];
        private byte[] reference;

        ProgramRun(BenchProgram program, Path work, PrintWriter raw, List<String> notes) {
            this.program = program;
            this.work = work;
            this.raw = raw;
            this.notes = notes;
        }

        List<Cell> run() throws IOException {
            for (int p = 0; p < cells.length; p++) {
                cells[p] = impls.get(p).available() ? new Cell(settings.runs()) : Cell.of(Cell.Status.NOT_AVAILABLE);
            }
            log.println(program.displayName() + ":");
            int rounds = settings.warmup() + settings.runs();
            for (int round = 0; round < rounds; round++) {
                for (int p : runOrder()) {
                    if (cells[p].isOk()) {
                        runOnce(p, round);
                    }
                }
            }
            raw.flush();
            return List.of(cells);
        }

        /** Baseline first, so its output is the reference before anyone is compared with it. */
        private List<Integer> runOrder() {
            List<Integer> order = new ArrayList<>();
            order.add(baseline);
            for (int p = 0; p < impls.size(); p++) {
                if (p != baseline) {
                    order.add(p);
                }
            }
            return order;
        }

        private void runOnce(int p, int round) throws IOException {
            Implementation impl = impls.get(p).implementation();
            boolean timed = round >= settings.warmup();
            Path out = work.resolve("run.out");
            Path err = work.resolve("run.err");
            List<String> args = new ArrayList<>();
            args.add(program.path().toString());
            if (program.size() != null) {
                args.add(program.size());
            }
            ProcessRunner.Result r = runner.run(impl.commandWith(args), impl.runEnvironment(), out, err, settings.timeout());
            String result = classify(p, round, r, out, err);
            raw.printf(Locale.ROOT, "%s\t%s\t%d\t%s\t%.4f\t%s\t%s%n", program.displayName(), impl.name(), round + 1,
                    timed ? "timed" : "warmup", r.seconds(), r.timedOut() || r.startError() != null ? "-" : r.exitCode(),
                    result);
            log.printf(Locale.ROOT, "  %-10s %s %d/%d: %.3f s %s%n", impl.name(), timed ? "run" : "warm-up",
                    timed ? round - settings.warmup() + 1 : round + 1, timed ? settings.runs() : settings.warmup(),
                    r.seconds(), result);
            if (timed && cells[p].isOk()) {
                cells[p].record(round - settings.warmup(), r.seconds());
            }
        }

        /** Updates the cell from one run's result; returns the word for the raw file. */
        private String classify(int p, int round, ProcessRunner.Result r, Path out, Path err) throws IOException {
            String name = impls.get(p).implementation().name();
            String prefix = program.displayName() + ": " + name + ": ";
            if (r.startError() != null) {
                cells[p].fail(127);
                notes.add(prefix + "could not start: " + r.startError());
                return "fail";
            }
            if (r.timedOut()) {
                cells[p].setStatus(Cell.Status.TIMEOUT);
                notes.add(prefix + "timed out after " + seconds(settings.timeout()) + " s" + stderrHint(p, err));
                return "timeout";
            }
            if (r.exitCode() != 0) {
                cells[p].fail(r.exitCode());
                notes.add(prefix + "exit status " + r.exitCode() + stderrHint(p, err));
                return "fail";
            }
            byte[] output = Files.readAllBytes(out);
            if (firstOutput[p] == null) {
                firstOutput[p] = output;
                Files.copy(out, outputFile(p, ""), StandardCopyOption.REPLACE_EXISTING);
            }
            if (p == baseline && reference == null) {
                reference = output;
            }
            byte[] expected = reference != null ? reference : firstOutput[p];
            String difference = OutputDiff.firstDifference(expected, output);
            if (difference != null) {
                cells[p].setStatus(Cell.Status.WRONG);
                Path saved = outputFile(p, "");
                if (output != firstOutput[p]) {
                    saved = outputFile(p, ".run" + (round + 1));
                    Files.copy(out, saved, StandardCopyOption.REPLACE_EXISTING);
                }
                Path against = reference != null ? outputFile(baseline, "") : outputFile(p, "");
                String whose = p == baseline || reference == null ? "its own first run" : impls.get(baseline).implementation().name();
                notes.add(prefix + "output differs from " + whose + "'s, " + difference + " (diff " + against + " " + saved + ")");
                return "WRONG";
            }
            if (reference != null) {
                cells[p].markChecked();
            }
            return "ok";
        }

        private Path outputFile(int p, String suffix) {
            return resultsDir.resolve(program.fileKey() + "." + impls.get(p).implementation().name() + suffix + ".out");
        }

        /** Saves the stderr of a failed run and returns its last line, for the note. */
        private String stderrHint(int p, Path err) throws IOException {
            Path saved = resultsDir.resolve(program.fileKey() + "." + impls.get(p).implementation().name() + ".err");
            Files.copy(err, saved, StandardCopyOption.REPLACE_EXISTING);
            String text = new String(Files.readAllBytes(err), StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return " (no stderr)";
            }
            String last = text.substring(text.lastIndexOf('\n') + 1);
            if (last.length() > 120) {
                last = last.substring(0, 120) + "...";
            }
            return "; last stderr line: `" + last.replace("`", "'") + "` (all of it: " + saved + ")";
        }
    }

    static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toNanos(), 9).stripTrailingZeros().toPlainString();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
