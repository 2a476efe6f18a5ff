package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;
import static org.ramjet.objects.JavaFunctions.cls;
import static org.ramjet.objects.JavaFunctions.def;
import static org.ramjet.objects.PyAssert.*;

import org.junit.jupiter.api.Test;

class ProtocolsTest {
    @Test
    void contextManagers() {
        PyList log = new PyList();
        PyType cm = cls("CM",
                "__enter__", def("CM.__enter__", new String[] {"self"}, l -> s("entered")),
                "__exit__", def("CM.__exit__", new String[] {"self", "t", "v", "tb"}, l -> {
                    log.append(s("exit"));
                    return PyBool.FALSE;
                }));
        PyObject[] r = Abstract.enterContext(Calls.call(cm));
        assertEquals("'entered'", repr(r[1]));
        Calls.call(r[0], PyNone.NONE, PyNone.NONE, PyNone.NONE);
        assertEquals("['exit']", repr(log));
        raises(PyExc.TypeError, "'int' object does not support the context manager protocol", () -> Abstract.enterContext(i(1)));
        PyType half = cls("B", "__enter__", def("B.__enter__", new String[] {"self"}, l -> PyNone.NONE));
        raises(PyExc.TypeError, "'B' object does not support the context manager protocol (missed __exit__ method)",
                () -> Abstract.enterContext(Calls.call(half)));
    }

    @Test
    void iterationProtocol() {
        raises(PyExc.TypeError, "'int' object is not iterable", () -> Iteration.iter(i(1)));
        raises(PyExc.TypeError, "'int' object is not an iterator", () -> Iteration.next(i(1)));
        PyType seq = cls("Seq", "__getitem__", def("Seq.__getitem__", new String[] {"self", "i"}, l -> {
            if (Ints.asLong(l[1]) >= 3) {
                throw PyErrors.indexError("done");
            }
            return BinaryOps.mul(l[1], i(10));
        }));
        assertEquals("[0, 10, 20]", repr(new PyList(Iteration.toArray(Calls.call(seq)))));
        assertTrue(Abstract.contains(Calls.call(seq), i(20)), "in falls back to iteration");
        PyObject it = Iteration.iter(PyList.of(i(1)));
        assertEquals(i(1), Iteration.nextOrStop(it));
        PyBaseException stop = raises(PyExc.StopIteration, "", () -> Iteration.nextOrStop(it));
        assertEquals("None", repr(((PyStopIteration) stop).value));
        PyType counter = cls("Counter",
                "__iter__", def("Counter.__iter__", new String[] {"self"}, l -> l[0]),
                "__next__", def("Counter.__next__", new String[] {"self"}, l -> {
                    throw PyErrors.stopIteration(i(5));
                }));
        assertNull(Iteration.next(Iteration.iter(Calls.call(counter))), "a Python StopIteration is the null sentinel in Java");
        raises(PyExc.TypeError, "iter() returned non-iterator of type 'int'",
                () -> Iteration.iter(Calls.call(cls("Bad", "__iter__", def("Bad.__iter__", new String[] {"self"}, l -> i(1))))));
    }

    @Test
    void truthLenAndIndex() {
        assertFalse(Truth.isTrue(new PyList()));
        assertTrue(Truth.isTrue(PyList.of(i(0))));
        assertFalse(Truth.isTrue(PyFloat.of(0.0)));
        assertTrue(Truth.isTrue(Calls.call(cls("Plain"))));
        raises(PyExc.TypeError, "__bool__ should return bool, returned int",
                () -> Truth.isTrue(Calls.call(cls("B", "__bool__", def("B.__bool__", new String[] {"self"}, l -> i(1))))));
        raises(PyExc.ValueError, "__len__() should return >= 0",
                () -> Abstract.len(Calls.call(cls("L", "__len__", def("L.__len__", new String[] {"self"}, l -> i(-1))))));
        raises(PyExc.TypeError, "object of type 'int' has no len()", () -> Abstract.len(i(1)));
        raises(PyExc.TypeError, "'float' object cannot be interpreted as an integer", () -> Numbers.index(PyFloat.of(1.0)));
        raises(PyExc.TypeError, "'int' object is not subscriptable", () -> Abstract.getItem(i(1), i(0)));
        raises(PyExc.TypeError, "'tuple' object does not support item assignment", () -> Abstract.setItem(PyTuple.EMPTY, i(0), i(0)));
        raises(PyExc.TypeError, "argument of type 'int' is not iterable", () -> Abstract.contains(i(1), i(1)));
    }

    @Test
    void isinstanceAndIssubclass() {
        assertTrue(Abstract.isInstance(PyBool.TRUE, IntType.TYPE));
        assertTrue(Abstract.isInstance(i(1), PyTuple.of(StrType.TYPE, IntType.TYPE)));
        assertFalse(Abstract.isInstance(s("a"), IntType.TYPE));
        PyObject union = BinaryOps.binaryOp(IntType.TYPE, StrType.TYPE, org.ramjet.bytecode.BinaryOp.OR);
        assertEquals("int | str", repr(union));
        assertTrue(Abstract.isInstance(s("a"), union));
        PyType meta = JavaFunctions.subclass("Meta", new PyType[] {TypeType.TYPE},
                "__instancecheck__", def("Meta.__instancecheck__", new String[] {"cls", "obj"}, l -> PyBool.TRUE));
        PyObject anything = Calls.callArgs(meta, s("Anything"), PyTuple.EMPTY, new PyDict());
        assertTrue(Abstract.isInstance(i(1), anything));
        assertTrue(Abstract.isSubclass(BoolType.TYPE, IntType.TYPE));
        raises(PyExc.TypeError, "issubclass() arg 1 must be a class", () -> Abstract.isSubclass(i(1), IntType.TYPE));
    }

    @Test
    void strOfNumbersGoesThroughRepr() {
        PyType myInt = JavaFunctions.subclass("MyInt", new PyType[] {IntType.TYPE},
                "__repr__", def("MyInt.__repr__", new String[] {"self"}, l -> s("MyInt!")));
        PyObject m = Calls.call(myInt, i(21));
        assertEquals("MyInt!", Repr.strString(m), "int has no __str__ of its own: str() uses __repr__");
        assertEquals("'MyInt!'", repr(Formatting.format(m, "")), "int.__format__ with an empty spec is str(self)");
        assertEquals("'   21'", repr(Formatting.format(m, "5")));
        assertSame(ObjectType.TYPE.dict().getStr("__str__"), IntType.TYPE.lookup("__str__"));
        assertSame(ObjectType.TYPE.dict().getStr("__str__"), FloatType.TYPE.lookup("__str__"));
    }
}
