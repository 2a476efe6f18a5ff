package org.ramjet.stdlib.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyObject;

/** The ring buffer behind {@code collections.deque}: wrap-around, growth, rotation, maxlen. */
class PyDequeTest {
    private static long[] values(PyDeque d) {
        PyObject[] a = d.toArray();
        long[] r = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = ((PyInt) a[i]).value;
        }
        return r;
    }

    @Test
    void appendLeftWrapsAndGrowsKeepingOrder() {
        PyDeque d = new PyDeque();
        for (int i = 0; i < 20; i++) {
            d.appendLeft(PyInt.of(i));
            d.append(PyInt.of(100 + i));
        }
        assertEquals(40, d.size());
        assertEquals(19, ((PyInt) d.get(0)).value);
        assertEquals(0, ((PyInt) d.get(19)).value);
        assertEquals(100, ((PyInt) d.get(20)).value);
        assertEquals(19, ((PyInt) d.popLeft()).value);
        assertEquals(119, ((PyInt) d.pop()).value);
        assertEquals(38, d.size());
    }

    @Test
    void rotateMovesItemsAcrossTheSeam() {
        PyDeque d = new PyDeque();
        for (int i = 0; i < 5; i++) {
            d.append(PyInt.of(i));
        }
        d.rotate(2);
        assertEquals("[3, 4, 0, 1, 2]", java.util.Arrays.toString(values(d)));
        d.rotate(-3);
        assertEquals("[1, 2, 3, 4, 0]", java.util.Arrays.toString(values(d)));
        d.rotate(12);
        assertEquals("[4, 0, 1, 2, 3]", java.util.Arrays.toString(values(d)));
    }

    @Test
    void maxlenEvictsFromTheOtherEnd() {
        PyDeque d = new PyDeque();
        d.maxlen = 3;
        for (int i = 0; i < 6; i++) {
            d.append(PyInt.of(i));
        }
        assertEquals("[3, 4, 5]", java.util.Arrays.toString(values(d)));
        d.appendLeft(PyInt.of(9));
        assertEquals("[9, 3, 4]", java.util.Arrays.toString(values(d)));
        assertThrows(PyException.class, () -> d.insert(0, PyInt.of(1)));
    }

    @Test
    void popFromEmptyRaisesIndexError() {
        PyDeque d = new PyDeque();
        PyException e = assertThrows(PyException.class, d::pop);
        assertTrue(e.matches(PyExc.IndexError));
    }
}
