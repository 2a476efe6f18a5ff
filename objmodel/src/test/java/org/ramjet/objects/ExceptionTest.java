package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;
import static org.ramjet.objects.JavaFunctions.cls;
import static org.ramjet.objects.JavaFunctions.subclass;
import static org.ramjet.objects.PyAssert.*;

import org.junit.jupiter.api.Test;

class ExceptionTest {
    private static PyObject make(PyType t, PyObject... args) {
        return Calls.callArgs(t, args);
    }

    private static PyObject makeKw(PyType t, PyObject[] pos, String[] names, PyObject... values) {
        PyObject[] all = new PyObject[pos.length + values.length];
        System.arraycopy(pos, 0, all, 0, pos.length);
        System.arraycopy(values, 0, all, pos.length, values.length);
        return Calls.call(t, all, 0, pos.length, names);
    }

    private static String str(PyObject o) {
        return Repr.strString(o);
    }

    @Test
    void strAndRepr() {
        assertEquals("ValueError()", repr(make(PyExc.ValueError)));
        assertEquals("ValueError(1)", repr(make(PyExc.ValueError, i(1))));
        assertEquals("ValueError(1, 2)", repr(make(PyExc.ValueError, i(1), i(2))));
        assertEquals("", str(make(PyExc.ValueError)));
        assertEquals("(1, 2)", str(make(PyExc.ValueError, i(1), i(2))));
        assertEquals("KeyError('a')", repr(make(PyExc.KeyError, s("a"))));
        assertEquals("'a'", str(make(PyExc.KeyError, s("a"))));
        assertEquals("", str(make(PyExc.KeyError)));
        PyType e = subclass("E", new PyType[] {PyExc.Exception});
        assertEquals("E(1)", repr(make(e, i(1))));
        raises(PyExc.TypeError, "ValueError() takes no keyword arguments",
                () -> makeKw(PyExc.ValueError, new PyObject[0], new String[] {"x"}, i(1)));
    }

    @Test
    void fieldCarryingExceptions() {
        PyObject ose = make(PyExc.OSError, i(2), s("x"));
        assertSame(PyExc.FileNotFoundError, ose.type());
        assertEquals("FileNotFoundError(2, 'x')", repr(ose));
        assertEquals("[Errno 2] x", str(ose));
        assertEquals("[Errno 2] x: 'f'", str(make(PyExc.OSError, i(2), s("x"), s("f"))));
        assertEquals("[Errno 2] x: 'f' -> 'g'", str(make(PyExc.OSError, i(2), s("x"), s("f"), PyNone.NONE, s("g"))));
        assertEquals("1", str(make(PyExc.OSError, i(1))));
        assertEquals("(2, 'x')", repr(Attributes.getAttr(make(PyExc.OSError, i(2), s("x"), s("f")), "args")));
        PyObject se = make(PyExc.SyntaxError, s("m"), PyTuple.of(s("f"), i(1), i(2), s("t"), i(1), i(3)));
        assertEquals("SyntaxError('m', ('f', 1, 2, 't', 1, 3))", repr(se));
        assertEquals("m (f, line 1)", str(se));
        assertEquals("3", repr(Attributes.getAttr(se, "end_offset")));
        assertEquals("5", repr(Attributes.getAttr(make(PyExc.StopIteration, i(5)), "value")));
        assertEquals("None", repr(Attributes.getAttr(make(PyExc.StopIteration), "value")));
        assertEquals("3", repr(Attributes.getAttr(make(PyExc.SystemExit, i(3)), "code")));
        assertEquals("(1, 2)", repr(Attributes.getAttr(make(PyExc.SystemExit, i(1), i(2)), "code")));
        PyObject ie = makeKw(PyExc.ImportError, new PyObject[] {s("x")}, new String[] {"name", "path"}, s("n"), s("p"));
        assertEquals("ImportError('x')", repr(ie));
        assertEquals("'n'", repr(Attributes.getAttr(ie, "name")));
        assertEquals("x", str(ie));
        PyObject ae = makeKw(PyExc.AttributeError, new PyObject[] {s("x")}, new String[] {"name", "obj"}, s("n"), i(1));
        assertEquals("1", repr(Attributes.getAttr(ae, "obj")));
        PyObject ne = makeKw(PyExc.NameError, new PyObject[] {s("x")}, new String[] {"name"}, s("n"));
        assertEquals("'n'", repr(Attributes.getAttr(ne, "name")));
        PyObject ude = make(PyExc.UnicodeDecodeError, s("utf-8"), PyBytes.of(new byte[] {(byte) 0xff}), i(0), i(1),
                s("invalid start byte"));
        assertEquals("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", str(ude));
        assertEquals("UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte')", repr(ude));
    }

    @Test
    void chainingFields() {
        PyBaseException a = (PyBaseException) make(PyExc.ValueError, s("a"));
        PyBaseException b = (PyBaseException) make(PyExc.TypeError, s("b"));
        assertEquals("None", repr(Attributes.getAttr(a, "__cause__")));
        assertEquals("False", repr(Attributes.getAttr(a, "__suppress_context__")));
        Attributes.setAttr(a, "__cause__", b);
        assertSame(b, Attributes.getAttr(a, "__cause__"));
        assertEquals("True", repr(Attributes.getAttr(a, "__suppress_context__")));
        Attributes.setAttr(a, "__context__", b);
        assertSame(b, a.context);
        raises(PyExc.TypeError, "exception cause must be None or derive from BaseException",
                () -> Attributes.setAttr(a, "__cause__", i(1)));
        PyTraceback tb = new PyTraceback(null, null, 3, 7);
        assertSame(a, Calls.callMethod(a, "with_traceback", tb));
        assertSame(tb, Attributes.getAttr(a, "__traceback__"));
        assertEquals("7", repr(Attributes.getAttr(tb, "tb_lineno")));
        Calls.callMethod(a, "add_note", s("note 1"));
        assertEquals("['note 1']", repr(Attributes.getAttr(a, "__notes__")));
        raises(PyExc.TypeError, "note must be a str, not 'int'", () -> Calls.callMethod(a, "add_note", i(1)));
    }

    @Test
    void raisingFromJava() {
        PyException e = PyErrors.typeError("'%s' object is not callable", "int");
        assertTrue(e.matches(PyExc.TypeError));
        assertTrue(e.matches(PyExc.Exception));
        assertFalse(e.matches(PyExc.ValueError));
        assertEquals(0, e.getStackTrace().length, "carriers are stackless");
        assertEquals("TypeError: 'int' object is not callable", e.getMessage());
        PyException k = PyErrors.keyError(s("k"));
        assertEquals("'k'", str(k.value));
        assertSame(PyExc.PermissionError, PyErrors.osError(13, "Permission denied", "/x").pyType());
        PyType mine = subclass("MyError", new PyType[] {PyExc.ValueError});
        PyBaseException m = PyErrors.newException(mine, s("boom"));
        assertSame(mine, m.type());
        assertEquals("boom", str(m));
    }

    @Test
    void exceptionGroups() {
        PyObject v1 = make(PyExc.ValueError, i(1));
        PyObject t1 = make(PyExc.TypeError, i(2));
        PyObject g = make(PyExc.BaseExceptionGroup, s("m"), PyList.of(v1, t1));
        assertSame(PyExc.ExceptionGroup, g.type());
        assertEquals("m (2 sub-exceptions)", str(g));
        assertEquals("ExceptionGroup('m', [ValueError(1), TypeError(2)])", repr(g));
        PyTuple split = (PyTuple) Calls.callMethod(g, "split", PyExc.ValueError);
        assertEquals("(ExceptionGroup('m', [ValueError(1)]), ExceptionGroup('m', [TypeError(2)]))", repr(split));
        assertEquals("None", repr(Calls.callMethod(g, "subgroup", PyExc.KeyError)));
        assertSame(g, Calls.callMethod(g, "subgroup", PyExc.Exception));
        raises(PyExc.ValueError, "second argument (exceptions) must be a non-empty sequence",
                () -> make(PyExc.ExceptionGroup, s("m"), new PyList()));
        raises(PyExc.ValueError, "Item 0 of second argument (exceptions) is not an exception",
                () -> make(PyExc.ExceptionGroup, s("m"), PyList.of(i(1))));
        raises(PyExc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup",
                () -> make(PyExc.ExceptionGroup, s("m"), PyList.of(make(PyExc.KeyboardInterrupt))));
        raises(PyExc.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not int",
                () -> make(PyExc.ExceptionGroup, i(1), PyList.of(v1)));
        assertSame(PyExc.BaseExceptionGroup, make(PyExc.BaseExceptionGroup, s("m"), PyList.of(make(PyExc.KeyboardInterrupt))).type());
    }

    @Test
    void hierarchy() {
        assertTrue(PyExc.ModuleNotFoundError.isSubtype(PyExc.ImportError));
        assertTrue(PyExc.TabError.isSubtype(PyExc.SyntaxError));
        assertTrue(PyExc.UnicodeDecodeError.isSubtype(PyExc.ValueError));
        assertTrue(PyExc.BrokenPipeError.isSubtype(PyExc.ConnectionError));
        assertTrue(PyExc.RecursionError.isSubtype(PyExc.RuntimeError));
        assertFalse(PyExc.KeyboardInterrupt.isSubtype(PyExc.Exception));
        assertEquals(67, PyExc.all().length, "67 distinct classes in 3.11 builtins (EnvironmentError and IOError alias OSError)");
        PyType user = cls("NotAnException");
        assertFalse(user.isSubtype(PyExc.BaseException));
    }
}
