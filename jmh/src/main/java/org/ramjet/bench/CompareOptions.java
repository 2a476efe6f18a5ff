package org.ramjet.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code bench/compare}: options, {@code NAME=COMMAND} implementations and
 * program arguments, in any order. Options take their value as the next argument or after
 * {@code =} ({@code --runs 5}, {@code --runs=5}). Without implementations the defaults are
 * {@code cpython=python3 pypy=pypy3}.
 */
public final class CompareOptions {
    public static final String USAGE = String.join("\n",
            "usage: bench/compare [OPTIONS] [NAME=COMMAND ...] [PROGRAM[:SIZE] | DIRECTORY ...]",
            "",
            "Runs Python programs under several implementations as whole processes, checks that every",
            "implementation prints what the baseline prints, and prints a Markdown table of median wall",
            "times and ratios to the baseline.",
            "",
            "  NAME=COMMAND        an implementation, e.g. cpython=python3 pypy=pypy3 tier1=\"./ramjet -X tier=1\"",
            "                      (default: cpython=python3 pypy=pypy3; the first is the baseline)",
            "  PROGRAM[:SIZE]      a .py file, or a name in jmh/programs (fib, fib.py); :SIZE is passed",
            "                      as the program's one argument (default: every program in jmh/programs)",
            "  DIRECTORY           every *.py in it, e.g. /work/shared/bench/programs",
            "",
            "  -n, --runs N        timed runs per program and implementation (default 3)",
            "  -w, --warmup N      untimed runs before the timed ones (default 0)",
            "  -t, --timeout SECS  limit for one run, fractions allowed (default 300)",
            "  -b, --baseline NAME the implementation others are compared with (default: the first)",
            "  -o, --results DIR   where table.md, raw.tsv, outputs and charts go",
            "                      (default: bench/results/<date>-<time>)",
            "  --warmup-curve N    instead of the comparison: time N calls of bench(size) in one",
            "                      process per implementation and chart them (warmup-<program>.svg)",
            "  --log-y             logarithmic y axis in warm-up charts",
            "  -h, --help          this text",
            "",
            "Cells: median seconds (ratio to the baseline; below 1 is faster), or n/a (interpreter not",
            "found), timeout, fail(exit status), WRONG (output differs from the baseline's).",
            "Exit status: 0, or 1 when some output was WRONG, 2 for a usage error.",
            "");

    private static final java.util.Set<String> VALUE_OPTIONS = java.util.Set.of(
            "-n", "--runs", "-w", "--warmup", "-t", "--timeout", "-b", "--baseline", "-o", "--results", "--warmup-curve");

    private final List<Implementation> implementations = new ArrayList<>();
    private final List<String> programs = new ArrayList<>();
    private int runs = 3;
    private int warmup = 0;
    private Duration timeout = Duration.ofSeconds(300);
    private String baseline;
    private Path results;
    private int curveIterations;
    private boolean logY;
    private boolean help;

    private CompareOptions() {}

    /** Parses the arguments; throws {@link IllegalArgumentException} with a message for the user. */
    public static CompareOptions parse(List<String> args) {
        CompareOptions o = new CompareOptions();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String option = arg;
            String value = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                option = arg.substring(0, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            }
            if (!option.startsWith("-") || option.equals("-")) {
                if (Implementation.looksLikeSpec(arg)) {
                    o.implementations.add(Implementation.parseSpec(arg));
                } else {
                    o.programs.add(arg);
                }
                continue;
            }
            if (option.equals("-h") || option.equals("--help")) {
                o.help = true;
                continue;
            }
            if (option.equals("--log-y")) {
                o.logY = true;
                continue;
            }
            if (!VALUE_OPTIONS.contains(option)) {
                throw new IllegalArgumentException("unknown option " + option);
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                value = args.get(++i);
            }
            switch (option) {
                case "-n", "--runs" -> o.runs = count(option, value, 1);
                case "-w", "--warmup" -> o.warmup = count(option, value, 0);
                case "-t", "--timeout" -> o.timeout = seconds(option, value);
                case "-b", "--baseline" -> o.baseline = value;
                case "-o", "--results" -> o.results = Path.of(value);
                case "--warmup-curve" -> o.curveIterations = count(option, value, 1);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (o.implementations.isEmpty()) {
            o.implementations.add(Implementation.of("cpython", "python3"));
            o.implementations.add(Implementation.of("pypy", "pypy3"));
        }
        List<String> names = o.implementations.stream().map(Implementation::name).toList();
        for (int i = 0; i < names.size(); i++) {
            if (names.indexOf(names.get(i)) != i) {
                throw new IllegalArgumentException("implementation name used twice: " + names.get(i));
            }
        }
        if (o.baseline != null && !names.contains(o.baseline)) {
            throw new IllegalArgumentException("--baseline " + o.baseline + " is not one of " + names);
        }
        return o;
    }

    private static int count(String option, String value, int min) {
        try {
            int n = Integer.parseInt(value);
            if (n < min) {
                throw new IllegalArgumentException(option + " must be at least " + min + ", got " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got " + value);
        }
    }

    private static Duration seconds(String option, String value) {
        try {
            double s = Double.parseDouble(value);
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException(option + " must be a positive number of seconds, got " + value);
            }
            return Duration.ofNanos((long) (s * 1e9));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number of seconds, got " + value);
        }
    }

    public List<Implementation> implementations() {
        return List.copyOf(implementations);
    }

    /** Program and directory arguments as given; empty means the default suite. */
    public List<String> programs() {
        return List.copyOf(programs);
    }

    public int runs() {
        return runs;
    }

    public int warmup() {
        return warmup;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Index of the baseline among {@link #implementations()}. */
    public int baselineIndex() {
        if (baseline == null) {
            return 0;
        }
        return implementations.stream().map(Implementation::name).toList().indexOf(baseline);
    }

    /** The results directory asked for, or null for the default. */
    public Path results() {
        return results;
    }

    /** Iterations of the warm-up curve; 0 when comparing whole runs. */
    public int curveIterations() {
        return curveIterations;
    }

    public boolean logY() {
        return logY;
    }

    public boolean help() {
        return help;
    }
}
