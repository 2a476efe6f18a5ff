package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;
import static org.ramjet.objects.JavaFunctions.cls;
import static org.ramjet.objects.JavaFunctions.def;
import static org.ramjet.objects.JavaFunctions.subclass;
import static org.ramjet.objects.PyAssert.*;

import org.junit.jupiter.api.Test;

class HashEqTest {
    @Test
    void eqWithoutHashMakesAClassUnhashable() {
        PyType a = cls("A", "__eq__", def("A.__eq__", new String[] {"self", "o"}, l -> PyBool.TRUE));
        assertSame(PyNone.NONE, a.dict().getStr("__hash__"));
        raises(PyExc.TypeError, "unhashable type: 'A'", () -> Hashing.hash(Calls.call(a)));
        PyType b = subclass("B", new PyType[] {a}, "__hash__", def("B.__hash__", new String[] {"self"}, l -> i(-1)));
        assertEquals(-2, Hashing.hash(Calls.call(b)), "a -1 hash becomes -2");
        PyType c = cls("C");
        PyObject obj = Calls.call(c);
        assertEquals(Hashing.hash(obj), Hashing.hash(obj));
        raises(PyExc.TypeError, "unhashable type: 'list'", () -> Hashing.hash(new PyList()));
        raises(PyExc.TypeError, "unhashable type: 'dict'", () -> Hashing.hash(new PyDict()));
        assertSame(PyNone.NONE, Attributes.getAttr(ListType.TYPE, "__hash__"));
        raises(PyExc.TypeError, "__hash__ method should return an integer",
                () -> Hashing.hash(Calls.call(cls("D", "__hash__", def("D.__hash__", new String[] {"self"}, l -> s("x"))))));
    }

    @Test
    void dictKeysUseNumericEquality() {
        PyDict d = new PyDict();
        d.put(i(1), s("int"));
        d.put(PyFloat.of(1.0), s("float"));
        d.put(PyBool.TRUE, s("bool"));
        assertEquals("{1: 'bool'}", repr(d));
        d.put(s("k"), i(1));
        assertEquals(i(1), d.getStr("k"));
        assertEquals(i(1), d.get(s("k")));
        raises(PyExc.TypeError, "unhashable type: 'list'", () -> d.put(new PyList(), i(1)));
        raises(PyExc.KeyError, "2", () -> Abstract.getItem(d, i(2)));
        raises(PyExc.KeyError, "'a'", () -> Abstract.getItem(d, s("a")));
    }

    @Test
    void userEqIsUsedForDictKeys() {
        PyFunction eq = def("K.__eq__", new String[] {"self", "o"}, l -> PyBool.TRUE);
        PyFunction hash = def("K.__hash__", new String[] {"self"}, l -> i(7));
        PyType k = cls("K", "__eq__", eq, "__hash__", hash);
        PyDict d = new PyDict();
        d.put(Calls.call(k), s("first"));
        d.put(Calls.call(k), s("second"));
        assertEquals(1, d.size());
        assertEquals("'second'", repr(d.valuesArray()[0]));
        d.put(i(7), s("int"));
        assertEquals(1, d.size(), "hash 7 and always-equal: same key");
    }

    @Test
    void dictOrderAndMutationDuringIteration() {
        PyDict d = new PyDict();
        for (int k = 0; k < 100; k++) {
            d.put(i(k * 7 % 13 + k), i(k));
        }
        d.remove(i(0));
        d.put(i(0), s("again"));
        PyObject[] keys = d.keysArray();
        assertEquals(i(0), keys[keys.length - 1], "re-inserted key goes last");
        PyDict e = new PyDict();
        e.put(i(1), i(1));
        PyObject it = Iteration.iter(e);
        Iteration.next(it);
        e.remove(i(1));
        e.put(i(3), i(3));
        raises(PyExc.RuntimeError, "dictionary keys changed during iteration", () -> Iteration.next(it));
        assertEquals("(3, 3)", repr(Calls.callMethod(e, "popitem")));
        raises(PyExc.KeyError, "'popitem(): dictionary is empty'", () -> Calls.callMethod(e, "popitem"));
    }
}
