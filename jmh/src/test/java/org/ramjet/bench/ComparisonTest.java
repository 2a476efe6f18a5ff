package org.ramjet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole runs of {@link Comparison} over fake interpreters (shell scripts), no Python needed. */
class ComparisonTest {
    @TempDir
    Path tmp;

    private Comparison.Outcome compare(List<InterpreterLocator.Located> impls, int runs, double timeoutSeconds,
                                       FakeInterpreters.Capture log, BenchProgram... programs) throws IOException {
        Comparison.Settings settings = new Comparison.Settings(runs, 0, Duration.ofMillis((long) (timeoutSeconds * 1000)));
        return new Comparison(impls, 0, settings, tmp.resolve("results"), new ProcessRunner(), log.stream).run(List.of(programs));
    }

    private BenchProgram program(FakeInterpreters fakes, String name) throws IOException {
        return new BenchProgram(fakes.program(name), name, null);
    }

    @Test
    void differentOutputIsWrongAndBothOutputsAreSaved() throws IOException {
        FakeInterpreters fakes = new FakeInterpreters(tmp);
        List<InterpreterLocator.Located> impls = fakes.locate(
                Implementation.of("base", fakes.printing("base", "42").toString()),
                Implementation.of("same", fakes.printing("same", "42").toString()),
                Implementation.of("other", fakes.printing("other", "43").toString()));
        FakeInterpreters.Capture log = new FakeInterpreters.Capture();
        Comparison.Outcome outcome = compare(impls, 2, 10, log, program(fakes, "prog.py"));

        ResultTable.Row row = rowOf(outcome);
        assertEquals(Cell.Status.OK, row.cells().get(0).status());
        assertEquals(Cell.Status.OK, row.cells().get(1).status());
        assertTrue(row.cells().get(1).checked());
        assertEquals(2, java.util.Arrays.stream(row.cells().get(1).times()).filter(Double::isFinite).count());
        assertEquals(Cell.Status.WRONG, row.cells().get(2).status());
        assertTrue(outcome.anyWrong());
        assertTrue(outcome.table().toMarkdown().contains("| prog.py | "));
        assertTrue(outcome.table().toMarkdown().lines().anyMatch(l -> l.startsWith("| prog.py |") && l.endsWith("| WRONG |")));

        Path results = tmp.resolve("results");
        assertEquals("42\n", Files.readString(results.resolve("prog.base.out")));
        assertEquals("43\n", Files.readString(results.resolve("prog.other.out")));
        String note = String.join("\n", outcome.notes());
        assertTrue(note.contains("prog.py: other: output differs from base's, line 1: expected `42`, got `43`"), note);
        assertTrue(note.contains("diff " + results.resolve("prog.base.out") + " " + results.resolve("prog.other.out")), note);
        // the wrong implementation stops after its first run; the others run every round
        List<String> raw = Files.readAllLines(results.resolve("raw.tsv"));
        assertEquals("program\timplementation\tround\tphase\tseconds\texit\tresult", raw.get(0));
        assertEquals(1 + 2 + 2 + 1, raw.size());
        assertTrue(raw.stream().anyMatch(l -> l.startsWith("prog.py\tother\t1\ttimed\t") && l.endsWith("\t0\tWRONG")));
    }

    @Test
    void outputThatChangesBetweenRunsIsWrong() throws IOException {
        FakeInterpreters fakes = new FakeInterpreters(tmp);
        List<InterpreterLocator.Located> impls = fakes.locate(
                Implementation.of("base", fakes.printing("base", "42").toString()),
                Implementation.of("flaky", fakes.flaky("flaky").toString()));
        Comparison.Outcome outcome = compare(impls, 3, 10, new FakeInterpreters.Capture(), program(fakes, "p.py"));
        assertEquals(Cell.Status.WRONG, rowOf(outcome).cells().get(1).status());
        assertTrue(Files.exists(tmp.resolve("results").resolve("p.flaky.run2.out")));
    }

    @Test
    void missingInterpreterIsNotAvailableWithoutStoppingTheOthers() throws IOException {
        FakeInterpreters fakes = new FakeInterpreters(tmp);
        List<InterpreterLocator.Located> impls = fakes.locate(
                Implementation.of("base", fakes.printing("base", "42").toString()),
                Implementation.of("ghost", "no-such-python-for-ramjet-tests --fast"),
                Implementation.of("same", fakes.printing("same", "42").toString()));
        assertFalse(impls.get(1).available());
        assertEquals("'no-such-python-for-ramjet-tests' is not on PATH", impls.get(1).problem());

        Comparison.Outcome outcome = compare(impls, 1, 10, new FakeInterpreters.Capture(), program(fakes, "p.py"));
        ResultTable.Row row = rowOf(outcome);
        assertEquals(Cell.Status.NOT_AVAILABLE, row.cells().get(1).status());
        assertEquals(Cell.Status.OK, row.cells().get(2).status());
        assertTrue(outcome.table().toMarkdown().contains("| p.py | "), outcome.table().toMarkdown());
        assertTrue(outcome.table().toMarkdown().contains(" | n/a | "), outcome.table().toMarkdown());
        assertTrue(outcome.table().toMarkdown().contains("| geomean ratio | 1.00 | - | "), outcome.table().toMarkdown());
    }

    @Test
    void timeoutKillsTheProcessTreeAndFailureShowsTheExitStatus() throws Exception {
        FakeInterpreters fakes = new FakeInterpreters(tmp);
        Path pidFile = tmp.resolve("sleep.pid");
        List<InterpreterLocator.Located> impls = fakes.locate(
                Implementation.of("base", fakes.printing("base", "42").toString()),
                Implementation.of("slow", fakes.sleeping("slow", pidFile).toString()),
                Implementation.of("crash", fakes.failing("crash", 3).toString()));
        long start = System.nanoTime();
        Comparison.Outcome outcome = compare(impls, 2, 0.5, new FakeInterpreters.Capture(), program(fakes, "p.py"));
        assertTrue(System.nanoTime() - start < 8_000_000_000L, "a timed-out run must not be waited for");

        ResultTable.Row row = rowOf(outcome);
        assertEquals(Cell.Status.TIMEOUT, row.cells().get(1).status());
        assertEquals(Cell.Status.FAILED, row.cells().get(2).status());
        assertEquals(3, row.cells().get(2).exitCode());
        String table = outcome.table().toMarkdown();
        assertTrue(table.contains("| timeout | fail(3) |"), table);

        long sleepPid = Long.parseLong(Files.readString(pidFile).strip());
        assertFalse(isAliveAfterAWhile(sleepPid), "the child sleep was killed too");

        String notes = String.join("\n", outcome.notes());
        assertTrue(notes.contains("p.py: slow: timed out after 0.5 s"), notes);
        assertTrue(notes.contains("p.py: crash: exit status 3; last stderr line: `boom: something broke`"), notes);
        assertEquals("boom: something broke\n", Files.readString(tmp.resolve("results").resolve("p.crash.err")));
    }

    @Test
    void failedBaselineLeavesTheOthersUnchecked() throws IOException {
        FakeInterpreters fakes = new FakeInterpreters(tmp);
        List<InterpreterLocator.Located> impls = fakes.locate(
                Implementation.of("base", fakes.failing("base", 1).toString()),
                Implementation.of("other", fakes.printing("other", "42").toString()));
        Comparison.Outcome outcome = compare(impls, 1, 10, new FakeInterpreters.Capture(), program(fakes, "p.py"));
        ResultTable.Row row = rowOf(outcome);
        assertFalse(row.cells().get(1).checked());
        String table = outcome.table().toMarkdown();
        assertTrue(table.contains("| fail(1) | ") && table.contains(" (unchecked) |"), table);
        assertTrue(table.contains("| geomean ratio | 1.00 | - |"), table);
    }

    @Test
    void sizeArgumentAndEnvironmentReachTheProgram() throws IOException {
        FakeInterpreters fakes = new FakeInterpreters(tmp);
        Path echoArgs = fakes.script("args", "echo \"$FLAVOUR $(basename \"$1\") $2\"");
        List<InterpreterLocator.Located> impls = fakes.locate(
                Implementation.of("base", "FLAVOUR=x " + echoArgs),
                Implementation.of("other", "env FLAVOUR=x " + echoArgs));
        BenchProgram sized = new BenchProgram(fakes.program("fib.py"), "fib.py", "30");
        Comparison.Outcome outcome = compare(impls, 1, 10, new FakeInterpreters.Capture(), sized);
        assertEquals("x fib.py 30\n", Files.readString(tmp.resolve("results").resolve("fib_30.base.out")));
        assertTrue(rowOf(outcome).cells().get(1).checked());
        assertTrue(outcome.table().toMarkdown().contains("| fib.py:30 |"));
    }

    private static boolean isAliveAfterAWhile(long pid) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private static ResultTable.Row rowOf(Comparison.Outcome outcome) {
        return outcome.table().rows().get(0);
    }
}
