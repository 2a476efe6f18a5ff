package org.ramjet.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramjet.objects.Attributes;
import org.ramjet.objects.Calls;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyList;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.Strs;

/**
 * The stdlib without the interpreter: a run's streams, builtins called from Java, redirection
 * of {@code sys.stdout}, files, and a few exact math results.
 */
class SystemStateTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private SystemState state(String stdin) {
        return new SystemState(SystemConfig.withStreams(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err));
    }

    private static PyObject builtin(SystemState s, String name) {
        return s.builtinsDict().getStr(name);
    }

    @Test
    void printWritesToTheConfiguredStreamAtShutdown() {
        SystemState s = state("");
        Calls.call(builtin(s, "print"), PyStr.of("héllo"), PyInt.of(42));
        s.shutdown();
        assertEquals("héllo 42\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printFollowsReassignedSysStdout() {
        SystemState s = state("");
        PyObject stringIO = Attributes.getAttr(s.importer.importFull("io"), "StringIO");
        PyObject buffer = Calls.call(stringIO);
        s.sys.dict.putStr("stdout", buffer);
        Calls.call(builtin(s, "print"), PyStr.of("captured"));
        assertEquals("captured\n", Strs.value(Calls.callMethod(buffer, "getvalue")));
        s.shutdown();
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void inputReadsALineFromStdin() {
        SystemState s = state("first\nsecond\n");
        assertEquals("first", Strs.value(Calls.call(builtin(s, "input"), PyStr.of("> "))));
        assertEquals("second", Strs.value(Calls.call(builtin(s, "input"))));
        PyException eof = assertThrows(PyException.class, () -> Calls.call(builtin(s, "input")));
        assertTrue(eof.matches(PyExc.EOFError));
        s.shutdown();
        assertEquals("> ", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stderrIsLineBufferedAndSeparate() {
        SystemState s = state("");
        Calls.callMethod(s.stderr, "write", PyStr.of("oops\n"));
        assertEquals("oops\n", err.toString(StandardCharsets.UTF_8));
        s.shutdown();
    }

    @Test
    void openWritesAndReadsFilesRelativeToTheWorkingDirectory(@TempDir Path dir) throws Exception {
        SystemConfig c = SystemConfig.withStreams(new ByteArrayInputStream(new byte[0]), out, err);
        c.cwd = dir;
        SystemState s = new SystemState(c);
        PyObject f = Calls.call(builtin(s, "open"), PyStr.of("data.txt"), PyStr.of("w"));
        Calls.callMethod(f, "write", PyStr.of("a\r\nb\n"));
        Calls.callMethod(f, "close");
        assertEquals("a\r\nb\n", Files.readString(dir.resolve("data.txt")));
        PyObject g = Calls.call(builtin(s, "open"), PyStr.of("data.txt"));
        PyObject lines = Calls.callMethod(g, "readlines");
        assertEquals(2, ((PyList) lines).size());
        assertEquals("a\n", Strs.value(((PyList) lines).get(0)));
        s.shutdown();
    }

    @Test
    void modulesAreFreshPerRun() {
        SystemState first = state("");
        PyObject math1 = first.importer.importFull("math");
        Attributes.setAttr(math1, "pi", PyInt.of(3));
        SystemState second = state("");
        PyObject math2 = second.importer.importFull("math");
        assertEquals(Math.PI, ((PyFloat) Attributes.getAttr(math2, "pi")).value);
        assertSame(math2, second.importer.importFull("math"));
    }

    @Test
    void mathIsExactWhereCPythonIs() {
        SystemState s = state("");
        PyObject math = s.importer.importFull("math");
        PyList tenths = new PyList();
        for (int i = 0; i < 10; i++) {
            tenths.append(PyFloat.of(0.1));
        }
        assertEquals(1.0, ((PyFloat) Calls.call(Attributes.getAttr(math, "fsum"), tenths)).value);
        assertEquals(13.0, ((PyFloat) Calls.call(Attributes.getAttr(math, "hypot"), PyInt.of(3), PyInt.of(4),
                PyInt.of(12))).value);
        assertEquals("3628800", Calls.call(Attributes.getAttr(math, "factorial"), PyInt.of(10)).toString());
    }

    @Test
    void systemExitStatus() {
        SystemState s = state("");
        PyObject exit = s.sys.dict.getStr("exit");
        PyException e = assertThrows(PyException.class, () -> Calls.call(exit, PyInt.of(7)));
        assertEquals(7, s.exitStatus(e));
        PyException m = assertThrows(PyException.class, () -> Calls.call(exit, PyStr.of("bye")));
        assertEquals(1, s.exitStatus(m));
        s.shutdown();
        assertEquals("bye\n", err.toString(StandardCharsets.UTF_8));
    }
}
