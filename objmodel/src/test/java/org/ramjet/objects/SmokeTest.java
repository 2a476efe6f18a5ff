package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void basicValuesHaveTypesAndReprs() {
        assertEquals("int", PyInt.of(3).type().getName());
        assertEquals("3", Repr.reprString(PyInt.of(3)));
        assertEquals("'a'", Repr.reprString(PyStr.of("a")));
        assertEquals("[1, 'x']", Repr.reprString(PyList.of(PyInt.of(1), PyStr.of("x"))));
        assertEquals("(1,)", Repr.reprString(PyTuple.of(PyInt.of(1))));
        assertEquals("<class 'int'>", Repr.reprString(IntType.TYPE));
        assertEquals("<class 'type'>", Repr.reprString(TypeType.TYPE));
        assertSame(TypeType.TYPE, ObjectType.TYPE.type());
        assertSame(TypeType.TYPE, TypeType.TYPE.type());
        assertEquals("True", Repr.reprString(PyBool.TRUE));
        assertEquals("None", Repr.reprString(PyNone.NONE));
        assertEquals("0.1", Repr.reprString(PyFloat.of(0.1)));
    }

    @Test
    void methodsAreLookedUpLazily() {
        PyList l = new PyList();
        Calls.callMethod(l, "append", PyInt.of(5));
        assertEquals("[5]", Repr.reprString(l));
        assertEquals("<method 'append' of 'list' objects>", Repr.reprString(ListType.TYPE.lookup("append")));
        assertEquals("<slot wrapper '__add__' of 'int' objects>", Repr.reprString(IntType.TYPE.lookup("__add__")));
    }

    @Test
    void classWithInitAndMethod() {
        PyFunction init = JavaFunctions.def("A.__init__", new String[] {"self", "x"}, l -> {
            Attributes.setAttr(l[0], "x", l[1]);
            return PyNone.NONE;
        });
        PyFunction get = JavaFunctions.def("A.get", new String[] {"self"}, l -> Attributes.getAttr(l[0], "x"));
        PyType a = JavaFunctions.cls("A", "__init__", init, "get", get);
        PyObject obj = Calls.call(a, PyInt.of(7));
        assertEquals(PyInt.of(7), Calls.callMethod(obj, "get"));
        assertTrue(Repr.reprString(obj).startsWith("<__main__.A object at 0x"));
        assertEquals("<class '__main__.A'>", Repr.reprString(a));
    }
}
