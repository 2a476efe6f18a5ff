package org.ramjet.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the stdlib's corpus programs ({@code tests/programs/builtins}, {@code sys}, {@code math},
 * {@code time}, {@code os}, {@code io}) in-process through {@link ProgramRunner} and compares
 * stdout, stderr and the exit status with CPython's ({@code X.out}, {@code X.err}, {@code X.rc}).
 */
class StdlibProgramsTest {
    static final Path ROOT = Paths.get("..", "tests", "programs");
    static final String[] DIRS = {"builtins", "sys", "math", "time", "os", "io"};

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        return programList().stream()
                .map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
    }

    static List<Path> programList() throws IOException {
        List<Path> programs = new ArrayList<>();
        for (String d : DIRS) {
            Path dir = ROOT.resolve(d);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                programs.addAll(files.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList()));
            }
        }
        return programs;
    }

    static String expected(Path program) throws IOException {
        String stem = program.toString().substring(0, program.toString().length() - 3);
        String rc = read(Paths.get(stem + ".rc")).trim();
        return "stdout:\n" + read(Paths.get(stem + ".out")) + "\nstderr:\n" + read(Paths.get(stem + ".err"))
                + "\nstatus: " + (rc.isEmpty() ? "0" : rc) + "\n";
    }

    static String actual(Path program) throws Exception {
        ProgramRunner.Result r = ProgramRunner.run(program);
        return "stdout:\n" + r.out + "\nstderr:\n" + r.err + "\nstatus: " + r.status + "\n";
    }

    private static void check(Path program) throws Exception {
        assertEquals(expected(program), actual(program), ROOT.relativize(program).toString());
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    /** Development aid: {@code java ... StdlibProgramsTest [program...]} prints the failing diffs. */
    public static void main(String[] args) throws Exception {
        List<Path> programs = new ArrayList<>();
        if (args.length == 0) {
            programs.addAll(programList());
        } else {
            for (String a : args) {
                programs.add(Paths.get(a));
            }
        }
        int failed = 0;
        for (Path p : programs) {
            String want = expected(p);
            String got;
            try {
                got = actual(p);
            } catch (Throwable t) {
                got = "JAVA EXCEPTION: " + t;
                t.printStackTrace();
            }
            if (!want.equals(got)) {
                failed++;
                System.out.println("=== FAIL " + p);
                Path a = Files.createTempFile("want", ".txt"), b = Files.createTempFile("got", ".txt");
                Files.writeString(a, want);
                Files.writeString(b, got);
                Process diff = new ProcessBuilder("diff", a.toString(), b.toString()).inheritIO().start();
                diff.waitFor();
            }
        }
        System.out.println(failed + " of " + programs.size() + " failed");
    }
}
