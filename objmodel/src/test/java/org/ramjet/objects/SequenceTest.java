package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;
import static org.ramjet.objects.PyAssert.*;

import org.junit.jupiter.api.Test;

/** range, str, list behaviour; expected strings come from CPython 3.11. */
class SequenceTest {
    private static PyObject range(long... a) {
        PyObject[] args = new PyObject[a.length];
        for (int k = 0; k < a.length; k++) {
            args[k] = i(a[k]);
        }
        return Calls.callArgs(RangeType.TYPE, args);
    }

    private static PyObject slice(PyObject a, PyObject b, PyObject c) {
        return new PySlice(a, b, c);
    }

    private static String list(PyObject iterable) {
        return repr(new PyList(Iteration.toArray(iterable)));
    }

    @Test
    void ranges() {
        PyObject r = range(0, 10, 3);
        assertEquals("range(0, 10, 3)", repr(r));
        assertEquals(4, Abstract.len(r));
        assertEquals("[0, 3, 6, 9]", list(r));
        assertEquals("9", repr(Abstract.getItem(r, i(-1))));
        assertEquals("range(3, 9, 3)", repr(Abstract.getItem(r, slice(i(1), i(3), null))));
        assertEquals("range(0, 5)", repr(range(5)));
        assertTrue(Abstract.contains(r, i(9)));
        assertFalse(Abstract.contains(r, i(10)));
        assertEquals("2", repr(Calls.callMethod(r, "index", i(6))));
        assertEquals(Hashing.hash(range(0)), Hashing.hash(range(5, 5)));
        assertTrue(Comparisons.equal(range(0, 3, 2), range(0, 4, 2)));
        PyObject big = BinaryOps.binaryOp(i(2), i(64), org.ramjet.bytecode.BinaryOp.POWER);
        PyObject br = Calls.callArgs(RangeType.TYPE, big, BinaryOps.add(big, i(10)), i(3));
        assertEquals("range(18446744073709551616, 18446744073709551626, 3)", repr(br));
        assertEquals(4, Abstract.len(br));
        assertEquals("18446744073709551625", repr(Abstract.getItem(br, i(-1))));
        assertTrue(Abstract.contains(br, BinaryOps.add(big, i(3))));
        assertEquals("[9, 5, 1]", list(Calls.callMethod(range(1, 10, 4), "__reversed__")));
        assertEquals("range(9, -1, -2)", repr(Abstract.getItem(range(10), slice(null, null, i(-2)))));
        assertEquals("range(0, 0, 2)", repr(Abstract.getItem(range(-5), slice(null, null, i(2)))));
        raises(PyExc.ValueError, "range() arg 3 must not be zero", () -> range(1, 2, 0));
        raises(PyExc.TypeError, "range expected at least 1 argument, got 0", () -> range());
        raises(PyExc.TypeError, "'float' object cannot be interpreted as an integer", () -> Calls.call(RangeType.TYPE, PyFloat.of(1.5)));
        raises(PyExc.IndexError, "range object index out of range", () -> Abstract.getItem(r, i(4)));
        raises(PyExc.ValueError, "5 is not in range", () -> Calls.callMethod(r, "index", i(5)));
        raises(PyExc.OverflowError, "Python int too large to convert to C ssize_t", () -> Abstract.len(Calls.call(RangeType.TYPE, big)));
    }

    @Test
    void stringsCountCodePoints() {
        PyStr s = PyStr.of("a\uD83D\uDE00bc");
        assertEquals(4, Abstract.len(s));
        assertEquals("\uD83D\uDE00", Strs.value(Abstract.getItem(s, i(1))));
        assertEquals("'bc'", repr(Abstract.getItem(s, slice(i(2), null, null))));
        assertEquals("cb\uD83D\uDE00a", Strs.value(Abstract.getItem(s, slice(null, null, i(-1)))));
        assertEquals("2", repr(Calls.callMethod(s, "find", s("b"))));
        assertEquals(4, Iteration.toArray(s).length);
        assertEquals("'\uD83D\uDE00'", repr(s("\uD83D\uDE00")));
        assertEquals("'\\x00\\u200b\\t'", repr(s("\u0000\u200b\t")));
        assertEquals("\"it's\"", repr(s("it's")));
        assertEquals("'a\"b\\'c'", repr(s("a\"b'c")));
        assertTrue(Comparisons.lessThan(s("\uffff"), s("\uD83D\uDE00")), "code point order, not UTF-16 order");
        raises(PyExc.IndexError, "string index out of range", () -> Abstract.getItem(s, i(4)));
        raises(PyExc.TypeError, "string indices must be integers or slices, not str", () -> Abstract.getItem(s, s("a")));
    }

    @Test
    void stringMethods() {
        assertEquals("['a', 'b', 'c']", repr(Calls.callMethod(s("  a b  c "), "split")));
        assertEquals("['a', 'b', '', 'c']", repr(Calls.callMethod(s("a,b,,c"), "split", s(","))));
        assertEquals("['a', 'b c']", repr(Calls.callMethod(s("a b c"), "split", PyNone.NONE, i(1))));
        assertEquals("['a b', 'c']", repr(Calls.callMethod(s("a b c"), "rsplit", PyNone.NONE, i(1))));
        assertEquals("'x'", repr(Calls.callMethod(s(" x "), "strip")));
        assertEquals("'hi'", repr(Calls.callMethod(s("xxhixx"), "strip", s("x"))));
        assertEquals("'-a-b-c-'", repr(Calls.callMethod(s("abc"), "replace", s(""), s("-"))));
        assertEquals("'bba'", repr(Calls.callMethod(s("aaa"), "replace", s("a"), s("b"), i(2))));
        assertEquals("3", repr(Calls.callMethod(s("hello"), "rfind", s("l"))));
        assertEquals("'a-b'", repr(Calls.callMethod(s("-"), "join", PyList.of(s("a"), s("b")))));
        assertEquals("'ababab'", repr(BinaryOps.mul(s("ab"), i(3))));
        assertEquals("True", repr(Calls.callMethod(s("hello"), "startswith", PyTuple.of(s("x"), s("he")))));
        raises(PyExc.TypeError, "sequence item 1: expected str instance, int found",
                () -> Calls.callMethod(s(","), "join", PyList.of(s("a"), i(1))));
        raises(PyExc.TypeError, "'in <string>' requires string as left operand, not int", () -> Abstract.contains(s("a"), i(1)));
    }

    @Test
    void listSlicing() {
        PyList l = new PyList(Iteration.toArray(range(10)));
        Abstract.setItem(l, slice(i(2), i(5), null), PyList.of(s("x")));
        assertEquals("[0, 1, 'x', 5, 6, 7, 8, 9]", repr(l));
        Abstract.setItem(l, slice(null, null, i(2)), PyList.of(s("a"), s("b"), s("c"), s("d")));
        assertEquals("['a', 1, 'b', 5, 'c', 7, 'd', 9]", repr(l));
        Abstract.delItem(l, slice(null, null, i(3)));
        assertEquals("[1, 'b', 'c', 7, 9]", repr(l));
        raises(PyExc.ValueError, "attempt to assign sequence of size 1 to extended slice of size 3",
                () -> Abstract.setItem(l, slice(null, null, i(2)), PyList.of(i(1))));
        PyList m = PyList.of(i(3), i(1), i(2));
        Abstract.setItem(m, slice(i(1), i(1), null), PyList.of(i(9), i(9)));
        assertEquals("[3, 9, 9, 1, 2]", repr(m));
        assertEquals("[2, 1, 9, 9]", repr(Abstract.getItem(m, slice(i(-1), i(0), i(-1)))));
        raises(PyExc.IndexError, "list index out of range", () -> Abstract.getItem(new PyList(), i(1)));
        raises(PyExc.TypeError, "list indices must be integers or slices, not str", () -> Abstract.getItem(new PyList(), s("a")));
    }

    @Test
    void stableSortWithKeyAndReverse() {
        PyTuple[] pairs = {PyTuple.of(i(1), s("b")), PyTuple.of(i(0), s("a")), PyTuple.of(i(1), s("a")), PyTuple.of(i(0), s("b"))};
        PyObject key = JavaFunctions.def("key", new String[] {"p"}, l -> ((PyTuple) l[0]).get(0));
        PyList a = PyList.of((PyObject[]) pairs);
        Calls.call(Attributes.getAttr(a, "sort"), new PyObject[] {key}, 0, 0, new String[] {"key"});
        assertEquals("[(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]", repr(a));
        PyList b = PyList.of((PyObject[]) pairs);
        Calls.call(Attributes.getAttr(b, "sort"), new PyObject[] {key, PyBool.TRUE}, 0, 0, new String[] {"key", "reverse"});
        assertEquals("[(1, 'b'), (1, 'a'), (0, 'a'), (0, 'b')]", repr(b));
        PyList mixed = PyList.of(i(1), s("a"));
        raises(PyExc.TypeError, "'<' not supported between instances of 'str' and 'int'", () -> Calls.callMethod(mixed, "sort"));
    }

    @Test
    void recursiveReprs() {
        PyList l = PyList.of(i(1));
        l.append(l);
        assertEquals("[1, [...]]", repr(l));
        PyDict d = new PyDict();
        d.putStr("self", d);
        assertEquals("{'self': {...}}", repr(d));
    }
}
