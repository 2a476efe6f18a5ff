package org.ramjet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The warm-up protocol. A program that supports it defines {@code bench(n)} (its whole workload,
 * returning a checksum), a module-level size {@code CURVE_SIZE} or {@code DEFAULT_SIZE}, and runs
 * its own {@code main} only under {@code if __name__ == "__main__":}. The driver written here
 * imports such a program as a module and times {@code bench(size)} N times in one process with
 * {@code time.perf_counter()}, printing one line per fact, flushed as it goes so a run cut off
 * by the timeout still yields the iterations it finished:
 * <pre>
 *   S size          the size used
 *   T seconds       one line per iteration
 *   R checksum      str() of the last call's result
 * </pre>
 */
public final class WarmupDriver {
    /** The driver's file name; its stem is not a benchmark's module name. */
    public static final String FILE_NAME = "ramjet_warmup_driver.py";

    private static final String SOURCE = String.join("\n",
            "# Written by bench/compare: times N calls of bench(size) of one program in one process.",
            "# usage: " + FILE_NAME + " PROGRAM_DIR MODULE N [SIZE]",
            "import sys",
            "import time",
            "",
            "",
            "def main():",
            "    directory, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])",
            "    sys.path.insert(0, directory)",
            "    module = __import__(name)",
            "    if len(sys.argv) > 4 and sys.argv[4]:",
            "        size = int(sys.argv[4])",
            "    elif hasattr(module, 'CURVE_SIZE'):",
            "        size = module.CURVE_SIZE",
            "    else:",
            "        size = module.DEFAULT_SIZE",
            "    bench = module.bench",
            "    print('S', size, flush=True)",
            "    result = None",
            "    for _ in range(count):",
            "        start = time.perf_counter()",
            "        result = bench(size)",
            "        elapsed = time.perf_counter() - start",
            "        print('T', repr(elapsed), flush=True)",
            "    print('R', result, flush=True)",
            "",
            "",
            "main()",
            "");

    private static final Pattern BENCH_DEF = Pattern.compile("(?m)^def bench\\(");
    private static final Pattern MAIN_GUARD = Pattern.compile("(?m)^if __name__ == ['\"]__main__['\"]:");
    private static final Pattern SIZE_DEF = Pattern.compile("(?m)^(CURVE_SIZE|DEFAULT_SIZE) = ");
    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** What one driver process printed. {@code result} and {@code size} are null when it did not get that far. */
    public record Output(String size, double[] seconds, String result) {}

    private WarmupDriver() {}

    public static String source() {
        return SOURCE;
    }

    /** Writes the driver into {@code dir} and returns its path. */
    public static Path writeTo(Path dir) throws IOException {
        Path p = dir.resolve(FILE_NAME);
        Files.writeString(p, SOURCE, StandardCharsets.UTF_8);
        return p;
    }

    /** Why {@code program} cannot be driven, or null when it follows the protocol. */
    public static String unsupportedReason(BenchProgram program) throws IOException {
        if (!MODULE_NAME.matcher(program.moduleName()).matches()) {
            return "its file name is not a module name";
        }
        String text = Files.readString(program.path(), StandardCharsets.UTF_8);
        if (!BENCH_DEF.matcher(text).find()) {
            return "it defines no top-level bench(n)";
        }
        if (!MAIN_GUARD.matcher(text).find()) {
            return "it has no `if __name__ == \"__main__\":` guard, so importing it would run it";
        }
        if (program.size() == null && !SIZE_DEF.matcher(text).find()) {
            return "it defines neither CURVE_SIZE nor DEFAULT_SIZE and no size was given";
        }
        return null;
    }

    /** Reads the driver's output; lines that are not the protocol's (a program printing at import) are ignored. */
    public static Output parse(String output) {
        String size = null;
        String result = null;
        List<Double> times = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("S ")) {
                size = line.substring(2).strip();
            } else if (line.startsWith("T ")) {
                try {
                    times.add(Double.parseDouble(line.substring(2).strip()));
                } catch (NumberFormatException e) {
                    // not a time after all: a program's own line that happens to start with "T "
                }
            } else if (line.startsWith("R ")) {
                result = line.substring(2);
            }
        }
        return new Output(size, times.stream().mapToDouble(Double::doubleValue).toArray(), result);
    }
}
