package org.ramjet.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The warm-up mode over fake interpreters that answer in the driver's protocol. */
class WarmupCurvesTest {
    @TempDir
    Path tmp;

    private Path benchProgram(String name) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, "import sys\n\nDEFAULT_SIZE = 10\n\n\ndef bench(n):\n    return n\n\n\n"
                + "if __name__ == \"__main__\":\n    print(bench(DEFAULT_SIZE))\n", StandardCharsets.UTF_8);
        return p;
    }

    /** A fake that checks it was called as the driver would be, then prints the given protocol lines. */
    private Path driverFake(FakeInterpreters fakes, String name, String lines) throws IOException {
        return fakes.script(name,
                "case \"$1\" in */" + WarmupDriver.FILE_NAME + ") ;; *) echo \"not the driver: $1\" >&2; exit 9;; esac\n"
                        + "[ \"$3\" = prog ] && [ \"$4\" = 4 ] || { echo \"bad arguments: $*\" >&2; exit 8; }\n"
                        + "printf '" + lines.replace("\n", "\\n") + "'");
    }

    private WarmupCurves.Outcome curves(List<InterpreterLocator.Located> impls, double timeoutSeconds, BenchProgram... programs)
            throws IOException {
        return new WarmupCurves(impls, 0, 4, Duration.ofMillis((long) (timeoutSeconds * 1000)), tmp.resolve("results"),
                new ProcessRunner(), new FakeInterpreters.Capture().stream, false).run(List.of(programs));
    }

    @Test
    void chartHasOneLinePerImplementationAndTableSummarisesWarmUp() throws Exception {
        FakeInterpreters fakes = new FakeInterpreters(tmp);
        List<InterpreterLocator.Located> impls = fakes.locate(
                Implementation.of("cpython", driverFake(fakes, "cpython", "S 10\nT 0.1\nT 0.1\nT 0.1\nT 0.1\nR 55\n").toString()),
                Implementation.of("jit", driverFake(fakes, "jit", "S 10\nT 0.4\nT 0.2\nT 0.05\nT 0.05\nR 55\n").toString()),
                Implementation.of("ghost", "no-such-python-for-ramjet-tests"));
        WarmupCurves.Outcome outcome = curves(impls, 10, new BenchProgram(benchProgram("prog.py"), "prog.py", null));

        Path svg = tmp.resolve("results").resolve("warmup-prog.svg");
        assertEquals(List.of(svg), outcome.charts());
        Document doc = SvgChartTest.parse(Files.readString(svg));
        NodeList lines = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline");
        assertEquals(2, lines.getLength(), "one line per implementation that ran");
        assertEquals("cpython", ((Element) lines.item(0)).getAttribute("data-name"));
        assertEquals("jit", ((Element) lines.item(1)).getAttribute("data-name"));
        assertEquals(4, ((Element) lines.item(1)).getAttribute("points").split(" ").length);
        assertTrue(SvgChartTest.texts(doc).contains("milliseconds per iteration"));
        assertTrue(SvgChartTest.texts(doc).stream().anyMatch(t -> t.contains("prog.py (size 10)")));

        assertTrue(outcome.markdown().contains("| prog.py | 100 ms → 100 ms | 400 ms → 50.0 ms (0.50x) | n/a |"),
                outcome.markdown());
        List<String> tsv = Files.readAllLines(tmp.resolve("results").resolve("warmup-prog.tsv"));
        assertEquals("iteration\tcpython\tjit\tghost", tsv.get(0));
        assertEquals("1\t0.100000\t0.400000\t", tsv.get(1));
        assertEquals(5, tsv.size());
    }

    @Test
    void differentChecksumIsWrongAndTimeoutKeepsThePartialCurve() throws Exception {
        FakeInterpreters fakes = new FakeInterpreters(tmp);
        List<InterpreterLocator.Located> impls = fakes.locate(
                Implementation.of("cpython", driverFake(fakes, "cpython", "S 10\nT 0.1\nT 0.1\nT 0.1\nT 0.1\nR 55\n").toString()),
                Implementation.of("bad", driverFake(fakes, "bad", "S 10\nT 0.1\nT 0.1\nT 0.1\nT 0.1\nR 56\n").toString()),
                Implementation.of("slow", fakes.script("slow", "printf 'S 10\\nT 2.5\\nT 1.5\\n'\nsleep 30 &\nwait").toString()));
        WarmupCurves.Outcome outcome = curves(impls, 0.5, new BenchProgram(benchProgram("prog.py"), "prog.py", null));
        assertTrue(outcome.anyWrong());
        assertTrue(outcome.markdown().contains("| prog.py | 100 ms → 100 ms | WRONG | timeout |"), outcome.markdown());
        String notes = String.join("\n", outcome.notes());
        assertTrue(notes.contains("prog.py: bad: bench() returned `56`, cpython returned `55`"), notes);
        assertTrue(notes.contains("prog.py: slow: timed out after 0.5 s, 2 of 4 iterations done"), notes);
        Document doc = SvgChartTest.parse(Files.readString(tmp.resolve("results").resolve("warmup-prog.svg")));
        NodeList lines = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline");
        assertEquals(3, lines.getLength());
        assertEquals("slow (timeout)", ((Element) lines.item(2)).getAttribute("data-name"));
        assertEquals(2, ((Element) lines.item(2)).getAttribute("points").split(" ").length);
        assertTrue(SvgChartTest.texts(doc).contains("seconds per iteration"), "over a second: the unit is seconds");
    }

    @Test
    void programWithoutTheProtocolIsSkippedWithTheReason() throws Exception {
        FakeInterpreters fakes = new FakeInterpreters(tmp);
        List<InterpreterLocator.Located> impls = fakes.locate(Implementation.of("cpython", fakes.printing("cpython", "x").toString()));
        Path plain = tmp.resolve("plain.py");
        Files.writeString(plain, "print(1)\n");
        WarmupCurves.Outcome outcome = curves(impls, 10, new BenchProgram(plain, "plain.py", null));
        assertEquals(List.of("plain.py: skipped, it defines no top-level bench(n)"), outcome.notes());
        assertTrue(outcome.charts().isEmpty());
    }

    @Test
    void driverOutputParsing() {
        WarmupDriver.Output o = WarmupDriver.parse("loading...\nS 300\nT 0.25\nT 1e-3\nT oops\nR (1, 2)\n");
        assertEquals("300", o.size());
        assertArrayEquals(new double[] {0.25, 0.001}, o.seconds());
        assertEquals("(1, 2)", o.result());
        WarmupDriver.Output cut = WarmupDriver.parse("S 3\nT 0.5\n");
        assertNull(cut.result());
        assertEquals(1, cut.seconds().length);
    }

    @Test
    void protocolChecks() throws IOException {
        assertNull(WarmupDriver.unsupportedReason(new BenchProgram(benchProgram("ok.py"), "ok.py", null)));
        Path unguarded = tmp.resolve("unguarded.py");
        Files.writeString(unguarded, "DEFAULT_SIZE = 1\ndef bench(n):\n    return n\nprint(bench(1))\n");
        assertTrue(WarmupDriver.unsupportedReason(new BenchProgram(unguarded, "unguarded.py", null)).contains("no `if __name__"));
        Path dashed = tmp.resolve("not-a-module.py");
        Files.writeString(dashed, "");
        assertEquals("its file name is not a module name",
                WarmupDriver.unsupportedReason(new BenchProgram(dashed, "not-a-module.py", null)));
    }

    @Test
    void driverTimesEachCallWithPerfCounterAndFlushes() {
        String src = WarmupDriver.source();
        assertTrue(src.contains("module = __import__(name)"));
        assertTrue(src.contains("start = time.perf_counter()\n        result = bench(size)\n        elapsed = time.perf_counter() - start"));
        assertTrue(src.contains("print('T', repr(elapsed), flush=True)"));
    }
}
