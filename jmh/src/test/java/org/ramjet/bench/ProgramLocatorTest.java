package org.ramjet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramLocatorTest {
    @TempDir
    Path tmp;

    private Path file(String relative) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "print(1)\n");
        return p;
    }

    @Test
    void namesDirectoriesAndSizes() throws IOException {
        Path suite = tmp.resolve("suite");
        file("suite/fib.py");
        file("suite/add_int.py");
        file("suite/_helper.py");
        file("suite/notes.txt");
        file("other/nbody.py");
        ProgramLocator locator = new ProgramLocator(List.of(suite));

        List<BenchProgram> ps = locator.locate(List.of("fib:30", "fib.py", tmp.resolve("other").toString(),
                tmp.resolve("suite/add_int.py") + ":7"));
        assertEquals(List.of("fib.py:30", "fib.py", "nbody.py", "add_int.py:7"), ps.stream().map(BenchProgram::displayName).toList());
        assertEquals("30", ps.get(0).size());
        assertNull(ps.get(1).size());
        assertEquals(suite.resolve("fib.py"), ps.get(0).path());
        assertEquals("fib_30", ps.get(0).fileKey());

        List<BenchProgram> all = locator.suite();
        assertEquals(List.of("add_int.py", "fib.py"), all.stream().map(BenchProgram::label).toList(),
                "sorted, helpers and non-Python files left out");
    }

    @Test
    void sameFileNameInTwoDirectoriesGetsLongerLabels() throws IOException {
        file("a/programs/ctypes_calls.py");
        file("b/programs/ctypes_calls.py");
        file("b/programs/fib.py");
        List<BenchProgram> ps = new ProgramLocator(List.of()).locate(
                List.of(tmp.resolve("a/programs").toString(), tmp.resolve("b/programs").toString()));
        assertEquals(List.of("a/programs/ctypes_calls.py", "b/programs/ctypes_calls.py", "fib.py"),
                ps.stream().map(BenchProgram::label).toList());
        assertEquals("a-programs-ctypes_calls", ps.get(0).fileKey());
    }

    @Test
    void unknownProgramsAndSizedDirectoriesAreErrors() throws IOException {
        file("suite/fib.py");
        ProgramLocator locator = new ProgramLocator(List.of(tmp.resolve("suite")));
        String msg = assertThrows(IllegalArgumentException.class, () -> locator.locate(List.of("nosuch:3"))).getMessage();
        assertTrue(msg.startsWith("no program or directory nosuch (looked in"), msg);
        assertThrows(IllegalArgumentException.class, () -> locator.locate(List.of(tmp.resolve("suite") + ":3")));
    }
}
