package org.ramjet.launcher;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -X dis}, {@code -X compile-only}, {@code -X help} and usage errors through {@link Main#run}. */
class DeveloperToolsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        return Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void disPrintsNestedCodeObjectsWithLines() throws IOException {
        String f = file("f.py", "def f(x):\n    return x + 1\n");
        assertEquals(0, run("-X", "dis", f));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("MAKE_FUNCTION"), text);
        assertTrue(text.contains("Disassembly of <code object f"), text);
        assertTrue(text.matches("(?s).*\\n  2 +0 LOAD_FAST +0 \\(x\\).*"), text);
        assertTrue(text.contains("BINARY_OP                0 (+)"), text);
    }

    @Test
    void compileOnlyReportsTheFirstErrorLikeCPython() throws IOException {
        String good = file("good.py", "x = 1\n");
        String bad = file("bad.py", "x = 1\nif x\n    pass\n");
        assertEquals(0, run("-X", "compile-only", good));
        assertEquals(1, run("-X", "compile-only", good, bad));
        assertEquals("  File \"" + bad + "\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void compileOnlyMissingFile() {
        assertEquals(1, run("-X", "compile-only", dir.resolve("nope.py").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("[Errno 2] No such file or directory"));
    }

    @Test
    void feedbackReportsHotFunctionsAtExit() throws IOException {
        String f = file("hot.py", "def add(a, b):\n    return a + b\nfor i in range(50):\n    add(i, 1.5)\nprint('done')\n");
        assertEquals(0, run("-X", "feedback", f));
        assertEquals("done\n", out.toString(StandardCharsets.UTF_8));
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("add"), report);
        assertTrue(report.contains("calls=50"), report);
        assertTrue(report.matches("(?s).*BINARY_OP.*MONOMORPHIC.*int.*float.*"), report);
    }

    @Test
    void xHelpListsTheOptionsWithDefaults() {
        assertEquals(0, run("-X", "help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("-X tier"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("(default: 0)"));
    }

    @Test
    void tiersThatDoNotExistAreRefusedClearly() throws IOException {
        assertEquals(2, run("-X", "tier=2", file("t.py", "print(1)\n")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("tiers 1 and 2 are not built yet"));
    }

    @Test
    void unknownOptionExitsWithStatusTwo() {
        assertEquals(2, run("-Z"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Unknown option: -Z\nusage: "));
    }
}
