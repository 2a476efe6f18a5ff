package org.ramjet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a whole: messages, report file, header lines and exit status. */
class CompareTest {
    @TempDir
    Path tmp;

    @Test
    void reportHasHeaderTableAndImplementationsAndMissingOnesAreExplained() throws Exception {
        FakeInterpreters fakes = new FakeInterpreters(tmp);
        Path base = fakes.printing("base", "42");
        Path other = fakes.printing("other", "42");
        Path program = fakes.program("p.py");
        FakeInterpreters.Capture out = new FakeInterpreters.Capture();
        FakeInterpreters.Capture err = new FakeInterpreters.Capture();
        Path results = tmp.resolve("results");

        int status = new Compare(tmp, "bench/compare", out.stream, err.stream).run(List.of(
                "base=" + base, "other=" + other, "pypy=no-such-pypy-for-ramjet-tests", "-n", "2",
                "-o", results.toString(), program + ":5"));

        assertEquals(0, status, err.text());
        assertTrue(err.text().contains("compare: pypy: 'no-such-pypy-for-ramjet-tests' is not on PATH; its column will say n/a"),
                err.text());
        String report = out.text();
        assertEquals(report, Files.readString(results.resolve("table.md")));
        List<String> lines = report.lines().toList();
        assertEquals("# Benchmark comparison", lines.get(0));
        assertTrue(lines.get(2).startsWith("- date: "), report);
        assertTrue(lines.get(3).matches("- machine: \\d+ cores? .*memory.*"), report);
        assertTrue(lines.get(4).startsWith("- java: "), report);
        assertTrue(lines.get(5).startsWith("- python3: "), report);
        assertEquals("- command: `bench/compare base=" + base + " other=" + other
                + " pypy=no-such-pypy-for-ramjet-tests -n 2 -o " + results + " " + program + ":5`", lines.get(6));
        assertTrue(report.contains("| program | base | other | pypy |"), report);
        assertTrue(report.lines().anyMatch(l -> l.startsWith("| p.py:5 | ") && l.endsWith(" | n/a |")), report);
        assertTrue(report.contains("- base (baseline): `" + base + "` — Fake base 1.0"), report);
        assertTrue(report.contains("- pypy: `no-such-pypy-for-ramjet-tests` — not found: "
                + "'no-such-pypy-for-ramjet-tests' is not on PATH (n/a)"), report);
        assertEquals(1 + 2 * 2, Files.readAllLines(results.resolve("raw.tsv")).size());
    }

    @Test
    void wrongOutputMakesTheExitStatusOne() throws Exception {
        FakeInterpreters fakes = new FakeInterpreters(tmp);
        FakeInterpreters.Capture out = new FakeInterpreters.Capture();
        int status = new Compare(tmp, "bench/compare", out.stream, new FakeInterpreters.Capture().stream).run(List.of(
                "a=" + fakes.printing("a", "1"), "b=" + fakes.printing("b", "2"), "-n", "1",
                "-o", tmp.resolve("r").toString(), fakes.program("p.py").toString()));
        assertEquals(1, status);
        assertTrue(out.text().contains("- p.py: b: output differs from a's, line 1: expected `1`, got `2`"), out.text());
    }

    @Test
    void usageErrorsExitTwoWithAHint() {
        FakeInterpreters.Capture err = new FakeInterpreters.Capture();
        int status = new Compare(tmp, "bench/compare", new FakeInterpreters.Capture().stream, err.stream)
                .run(List.of("--runs", "none"));
        assertEquals(2, status);
        assertEquals("compare: --runs needs a whole number, got none\n(bench/compare --help shows the usage)\n", err.text());

        FakeInterpreters.Capture err2 = new FakeInterpreters.Capture();
        assertEquals(2, new Compare(tmp, "bench/compare", new FakeInterpreters.Capture().stream, err2.stream)
                .run(List.of("cpython=python3")));
        assertTrue(err2.text().startsWith("compare: no programs to run (none in " + tmp.resolve("jmh/programs") + ")"),
                err2.text());
    }

    @Test
    void helpPrintsTheUsage() {
        FakeInterpreters.Capture out = new FakeInterpreters.Capture();
        assertEquals(0, new Compare(tmp, "bench/compare", out.stream, new FakeInterpreters.Capture().stream).run(List.of("-h")));
        assertTrue(out.text().startsWith("usage: bench/compare [OPTIONS]"));
    }
}
