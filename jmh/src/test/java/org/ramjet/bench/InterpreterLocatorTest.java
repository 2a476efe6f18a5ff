package org.ramjet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterpreterLocatorTest {
    @TempDir
    Path tmp;

    @Test
    void shimIsReplacedByTheExecutableItReports() throws Exception {
        FakeInterpreters real = new FakeInterpreters(Files.createDirectories(tmp.resolve("versions")));
        Path binary = real.printing("python3.11", "42");
        // like pyenv's shim: answers `-c 'import sys; print(sys.executable)'` with the real binary
        FakeInterpreters shims = new FakeInterpreters(Files.createDirectories(tmp.resolve("shims")));
        Path shim = shims.script("python3",
                "if [ \"$1\" = -c ] && [ \"$2\" = 'import sys; print(sys.executable)' ]; then echo '" + binary + "'; exit 0; fi\n"
                        + "exec '" + binary + "' \"$@\"");

        InterpreterLocator.Located l = shims.locate(Implementation.of("cpython", shim + " -X dev")).get(0);
        assertTrue(l.available());
        assertEquals(List.of(binary.toString(), "-X", "dev", "p.py"), l.implementation().commandWith(List.of("p.py")));
        assertEquals("shim " + shim + " resolved to " + binary, l.note());
        assertEquals("Fake python3.11 1.0", l.version());
    }

    @Test
    void ordinaryExecutableIsKeptAsItIs() throws Exception {
        FakeInterpreters fakes = new FakeInterpreters(tmp);
        Path exe = fakes.printing("pypy3", "42");
        InterpreterLocator.Located l = fakes.locate(Implementation.of("pypy", exe.toString())).get(0);
        assertTrue(l.available());
        assertNull(l.note());
        assertEquals(exe.toString(), l.implementation().executable());
    }

    @Test
    void missingExecutablesSayWhy() throws Exception {
        FakeInterpreters fakes = new FakeInterpreters(tmp);
        Path notExecutable = tmp.resolve("python-text");
        Files.writeString(notExecutable, "not a program");
        List<InterpreterLocator.Located> ls = fakes.locate(
                Implementation.of("a", "no-such-python-for-ramjet-tests"),
                Implementation.of("b", "./no/such/ramjet -X tier=1"),
                Implementation.of("c", notExecutable.toString()));
        assertFalse(ls.get(0).available());
        assertEquals("'no-such-python-for-ramjet-tests' is not on PATH", ls.get(0).problem());
        assertEquals("'./no/such/ramjet' is not an executable file", ls.get(1).problem());
        assertEquals("'" + notExecutable + "' is not an executable file", ls.get(2).problem());
    }

    @Test
    void shimDirectoryIsRecognised() {
        assertTrue(InterpreterLocator.isShim(Path.of("/root/.pyenv/shims/python3")));
        assertFalse(InterpreterLocator.isShim(Path.of("/usr/bin/python3")));
    }
}
