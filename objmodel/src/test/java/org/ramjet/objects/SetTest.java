package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;
import static org.ramjet.objects.PyAssert.*;

import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.BinaryOp;
import org.ramjet.bytecode.CompareOp;

/** Expected outputs come from CPython 3.11 (orders included). */
class SetTest {
    private static PySet set(long... vs) {
        PySet s = new PySet(false);
        for (long v : vs) {
            s.add(i(v));
        }
        return s;
    }

    private static String op(PyObject a, BinaryOp op, PyObject b) {
        return repr(BinaryOps.binaryOp(a, b, op));
    }

    @Test
    void iterationOrderMatchesCPython() {
        assertEquals("{1, 2, 3}", repr(set(3, 1, 2)));
        assertEquals("{33, 2, 100, 8, 10}", repr(set(10, 2, 33, 8, 100)));
        assertEquals("{2, 5, 8, 11, 14, 17, 20}", repr(set(20, 17, 14, 11, 8, 5, 2)));
        assertEquals("{5, -1, -2}", repr(set(-1, -2, 5)));
        assertEquals("{1000, 10000, 100, 7}", repr(set(100, 1000, 10000, 7)));
        assertEquals("{0, 1, 2, 3, 4, 5, -1}", repr(set(5, 4, 3, 2, 1, 0, -1)));
        PySet t = new PySet(false);
        t.add(PyTuple.of(i(1), i(2)));
        t.add(PyTuple.of(i(3), i(4)));
        t.add(PyTuple.of(i(5), i(6)));
        assertEquals("{(1, 2), (3, 4), (5, 6)}", repr(t));
        PySet f = new PySet(false);
        f.add(PyFloat.of(1.5));
        f.add(PyFloat.of(2.5));
        f.add(PyFloat.of(0.5));
        assertEquals("{0.5, 1.5, 2.5}", repr(f));
    }

    @Test
    void algebraKeepsCPythonOrders() {
        assertEquals("{1, 2, 3, 20, 10}", op(set(1, 2, 3), BinaryOp.OR, set(10, 20)));
        assertEquals("{2, 4, 6}", op(set(1, 2, 3, 4, 5, 6), BinaryOp.AND, set(6, 4, 2)));
        assertEquals("{1, 4, 5, 6, 7, 8, 9, 10}", op(set(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), BinaryOp.SUBTRACT, set(2, 3)));
        assertEquals("{1, 2, 4}", op(set(1, 2, 3), BinaryOp.XOR, set(3, 4)));
        PySet s = new PySet(false);
        for (int k = 0; k < 100; k++) {
            s.add(i(k));
        }
        for (int k = 0; k < 100; k += 3) {
            s.discard(i(k));
        }
        PyObject[] first = s.toArray();
        assertEquals("[1, 2, 4, 5, 7, 8, 10, 11, 13, 14]", repr(new PyList(java.util.Arrays.copyOf(first, 10))));
        raises(PyExc.TypeError, "unsupported operand type(s) for |: 'set' and 'list'", () -> BinaryOps.binaryOp(set(1), new PyList(), BinaryOp.OR));
    }

    @Test
    void popComparisonsAndHash() {
        PySet s = set(1, 2, 3);
        assertEquals("1", repr(Calls.callMethod(s, "pop")));
        assertEquals("2", repr(Calls.callMethod(s, "pop")));
        assertEquals("{3}", repr(s));
        assertTrue(Truth.isTrue(Comparisons.richCompare(set(1, 2), set(1, 2, 3), CompareOp.LE)));
        assertFalse(Truth.isTrue(Comparisons.richCompare(set(1, 2), set(1, 2), CompareOp.LT)));
        PySet frozen = PySet.of(true, PyList.of(i(2), i(1)));
        assertTrue(Comparisons.equal(set(1, 2), frozen));
        assertEquals("frozenset({1, 2})", repr(frozen));
        assertEquals("set()", repr(new PySet(false)));
        assertEquals("frozenset()", repr(new PySet(true)));
        assertEquals(-272375401224217160L, Hashing.hash(PySet.of(true, PyList.of(i(1), i(2), i(3)))));
        assertEquals(133146708735736L, Hashing.hash(new PySet(true)));
        raises(PyExc.TypeError, "unhashable type: 'set'", () -> Hashing.hash(set(1)));
        raises(PyExc.KeyError, "'pop from an empty set'", () -> Calls.callMethod(new PySet(false), "pop"));
        raises(PyExc.KeyError, "5", () -> Calls.callMethod(set(1), "remove", i(5)));
        assertTrue(Abstract.contains(PySet.of(false, PyList.of(frozen)), set(1, 2)), "a set key is looked up as a frozenset");
    }

    @Test
    void subclassesAndIteration() {
        PyType sub = JavaFunctions.subclass("S", new PyType[] {SetType.SET});
        PyObject s = Calls.call(sub, PyList.of(i(1), i(2)));
        assertEquals("S({1, 2})", repr(s));
        assertEquals("S()", repr(Calls.call(sub)));
        PySet t = set(1, 2);
        PyObject it = Iteration.iter(t);
        Iteration.next(it);
        t.add(i(3));
        raises(PyExc.RuntimeError, "Set changed size during iteration", () -> Iteration.next(it));
    }

    @Test
    void tupleHashMatchesCPythonForInts() {
        assertEquals(-3550055125485641917L, Hashing.hash(PyTuple.of(i(1), i(2))));
        assertEquals(5740354900026072187L, Hashing.hash(PyTuple.EMPTY));
    }

    @Test
    void dictViewsAreSetLike() {
        PyDict d = new PyDict();
        d.put(i(1), i(10));
        d.put(i(2), i(20));
        PyObject keys = Calls.callMethod(d, "keys");
        assertEquals("{2}", op(keys, BinaryOp.AND, set(2, 3)));
        assertTrue(Comparisons.equal(keys, set(1, 2)));
        assertEquals("dict_items([(1, 10), (2, 20)])", repr(Calls.callMethod(d, "items")));
    }
}
