package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;
import static org.ramjet.objects.JavaFunctions.cls;
import static org.ramjet.objects.JavaFunctions.subclass;
import static org.ramjet.objects.PyAssert.*;

import org.junit.jupiter.api.Test;

class MroTest {
    private static String mro(PyType t) {
        StringBuilder sb = new StringBuilder();
        for (PyType x : t.getMro()) {
            sb.append(sb.length() == 0 ? "" : " ").append(x.getName());
        }
        return sb.toString();
    }

    @Test
    void diamondIsLinearizedByC3() {
        PyType a = cls("A");
        PyType b = subclass("B", new PyType[] {a});
        PyType c = subclass("C", new PyType[] {a});
        PyType d = subclass("D", new PyType[] {b, c});
        assertEquals("D B C A object", mro(d));
    }

    @Test
    void classicC3Example() {
        PyType o = ObjectType.TYPE;
        PyType f = cls("F");
        PyType e = cls("E");
        PyType dd = cls("DD");
        PyType c = subclass("C", new PyType[] {dd, f});
        PyType b = subclass("B", new PyType[] {dd, e});
        PyType a = subclass("A", new PyType[] {b, c});
        assertEquals("A B C DD E F object", mro(a));
        assertSame(o, a.getMro()[a.getMro().length - 1]);
    }

    @Test
    void inconsistentOrderReportsTheRemainingHeads() {
        PyType a = cls("A");
        PyType b = subclass("B", new PyType[] {a});
        raises(PyExc.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases A, B",
                () -> subclass("C", new PyType[] {a, b}));
        PyType x = cls("X");
        PyType y = cls("Y");
        PyType xy = subclass("XY", new PyType[] {x, y});
        PyType yx = subclass("YX", new PyType[] {y, x});
        raises(PyExc.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases X, Y",
                () -> subclass("Z", new PyType[] {xy, yx}));
    }

    @Test
    void duplicateAndUnacceptableBases() {
        PyType a = cls("A");
        raises(PyExc.TypeError, "duplicate base class A", () -> subclass("B", new PyType[] {a, a}));
        raises(PyExc.TypeError, "type 'bool' is not an acceptable base type", () -> subclass("B", new PyType[] {BoolType.TYPE}));
        raises(PyExc.TypeError, "multiple bases have instance lay-out conflict",
                () -> subclass("B", new PyType[] {IntType.TYPE, StrType.TYPE}));
    }

    @Test
    void builtinMros() {
        assertEquals("bool int object", mro(BoolType.TYPE));
        assertEquals("ExceptionGroup BaseExceptionGroup Exception BaseException object", mro(PyExc.ExceptionGroup));
        assertEquals("FileNotFoundError OSError Exception BaseException object", mro(PyExc.FileNotFoundError));
    }

    @Test
    void mroAttributeIsATuple() {
        PyType a = cls("A");
        assertEquals("(<class '__main__.A'>, <class 'object'>)", repr(Attributes.getAttr(a, "__mro__")));
        assertEquals("(<class 'object'>,)", repr(Attributes.getAttr(a, "__bases__")));
        assertEquals("[<class '__main__.A'>, <class 'object'>]", repr(Calls.callMethod(a, "mro")));
    }
}
