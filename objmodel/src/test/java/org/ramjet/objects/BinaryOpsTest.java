package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;
import static org.ramjet.objects.JavaFunctions.cls;
import static org.ramjet.objects.JavaFunctions.def;
import static org.ramjet.objects.JavaFunctions.subclass;
import static org.ramjet.objects.PyAssert.*;

import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.BinaryOp;
import org.ramjet.bytecode.CompareOp;

class BinaryOpsTest {
    private static PyFunction ret(String qualname, PyObject value) {
        return def(qualname, new String[] {"self", "other"}, l -> value);
    }

    @Test
    void rightSubclassOverridingReflectedGoesFirst() {
        PyType a = cls("A", "__add__", ret("A.__add__", s("A.add")), "__radd__", ret("A.__radd__", s("A.radd")));
        PyType b = subclass("B", new PyType[] {a}, "__radd__", ret("B.__radd__", s("B.radd")));
        PyType c = subclass("C", new PyType[] {a});
        assertEquals("'B.radd'", repr(BinaryOps.add(Calls.call(a), Calls.call(b))));
        assertEquals("'A.add'", repr(BinaryOps.add(Calls.call(a), Calls.call(c))));
        assertEquals("'A.add'", repr(BinaryOps.add(Calls.call(b), Calls.call(a))));
    }

    @Test
    void notImplementedPassesTheTurn() {
        PyType n = cls("N", "__add__", ret("N.__add__", PyNotImplemented.NOT_IMPLEMENTED));
        PyType r = cls("R", "__radd__", ret("R.__radd__", s("R.radd")));
        assertEquals("'R.radd'", repr(BinaryOps.add(Calls.call(n), Calls.call(r))));
        assertEquals("'R.radd'", repr(BinaryOps.add(i(1), Calls.call(r))));
        raises(PyExc.TypeError, "unsupported operand type(s) for +: 'N' and 'int'", () -> BinaryOps.add(Calls.call(n), i(1)));
    }

    @Test
    void intSubclasses() {
        PyType iSub = subclass("I", new PyType[] {IntType.TYPE}, "__radd__", ret("I.__radd__", s("I.radd")));
        PyType jSub = subclass("J", new PyType[] {IntType.TYPE});
        assertEquals("'I.radd'", repr(BinaryOps.add(i(1), Calls.call(iSub, i(2)))));
        assertEquals("3", repr(BinaryOps.add(i(1), Calls.call(jSub, i(2)))));
        assertEquals("2", repr(BinaryOps.add(PyBool.TRUE, PyBool.TRUE)));
        assertEquals("True", repr(BinaryOps.binaryOp(PyBool.TRUE, PyBool.TRUE, BinaryOp.AND)));
        assertEquals("1", repr(BinaryOps.binaryOp(i(1), PyBool.TRUE, BinaryOp.AND)));
    }

    @Test
    void inplaceFallsBackToThePlainOperator() {
        PyType l = cls("L", "__iadd__", ret("L.__iadd__", PyNotImplemented.NOT_IMPLEMENTED),
                "__add__", ret("L.__add__", s("L.add")));
        assertEquals("'L.add'", repr(BinaryOps.binaryOp(Calls.call(l), i(1), BinaryOp.INPLACE_ADD)));
        PyList list = PyList.of(i(1));
        PyObject r = BinaryOps.binaryOp(list, PyTuple.of(i(2)), BinaryOp.INPLACE_ADD);
        assertSame(list, r);
        assertEquals("[1, 2]", repr(list));
        raises(PyExc.TypeError, "unsupported operand type(s) for +=: 'int' and 'str'",
                () -> BinaryOps.binaryOp(i(1), s("a"), BinaryOp.INPLACE_ADD));
        raises(PyExc.TypeError, "unsupported operand type(s) for **=: 'int' and 'str'",
                () -> BinaryOps.binaryOp(i(1), s("a"), BinaryOp.INPLACE_POWER));
    }

    @Test
    void cpythonMessages() {
        raises(PyExc.TypeError, "unsupported operand type(s) for +: 'int' and 'str'", () -> BinaryOps.add(i(1), s("a")));
        raises(PyExc.TypeError, "unsupported operand type(s) for ** or pow(): 'int' and 'str'",
                () -> BinaryOps.binaryOp(i(1), s("a"), BinaryOp.POWER));
        raises(PyExc.TypeError, "unsupported operand type(s) for @: 'list' and 'list'",
                () -> BinaryOps.binaryOp(new PyList(), new PyList(), BinaryOp.MATRIX_MULTIPLY));
        raises(PyExc.TypeError, "can only concatenate str (not \"int\") to str", () -> BinaryOps.add(s("a"), i(1)));
        raises(PyExc.TypeError, "can only concatenate list (not \"tuple\") to list", () -> BinaryOps.add(new PyList(), PyTuple.EMPTY));
        raises(PyExc.TypeError, "can only concatenate tuple (not \"list\") to tuple", () -> BinaryOps.add(PyTuple.EMPTY, new PyList()));
        raises(PyExc.TypeError, "can't multiply sequence by non-int of type 'float'", () -> BinaryOps.mul(s("a"), PyFloat.of(1.5)));
        raises(PyExc.TypeError, "can't multiply sequence by non-int of type 'float'", () -> BinaryOps.mul(PyList.of(i(1)), PyFloat.of(1.5)));
        raises(PyExc.TypeError, "unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'",
                () -> BinaryOps.pow(i(1), s("a"), i(2)));
        raises(PyExc.TypeError, "unsupported operand type(s) for divmod(): 'str' and 'int'", () -> BinaryOps.divmod(s("a"), i(1)));
        raises(PyExc.TypeError, "bad operand type for unary -: 'str'", () -> BinaryOps.negative(s("a")));
        raises(PyExc.TypeError, "bad operand type for unary ~: 'str'", () -> BinaryOps.invert(s("a")));
        raises(PyExc.TypeError, "bad operand type for abs(): 'str'", () -> BinaryOps.abs(s("a")));
        assertEquals("'abab'", repr(BinaryOps.mul(i(2), s("ab"))));
        assertEquals("[1, 1, 1]", repr(BinaryOps.mul(PyList.of(i(1)), i(3))));
    }

    @Test
    void comparisonsReflectAndFallBackToIdentity() {
        PyType a = cls("A");
        PyObject x = Calls.call(a), y = Calls.call(a);
        assertEquals("True", repr(Comparisons.richCompare(x, x, CompareOp.EQ)));
        assertEquals("False", repr(Comparisons.richCompare(x, y, CompareOp.EQ)));
        assertEquals("True", repr(Comparisons.richCompare(x, y, CompareOp.NE)));
        raises(PyExc.TypeError, "'<' not supported between instances of 'A' and 'A'",
                () -> Comparisons.richCompare(x, y, CompareOp.LT));
        raises(PyExc.TypeError, "'<' not supported between instances of 'int' and 'str'",
                () -> Comparisons.richCompare(i(1), s("a"), CompareOp.LT));
        raises(PyExc.TypeError, "'>=' not supported between instances of 'NoneType' and 'NoneType'",
                () -> Comparisons.richCompare(PyNone.NONE, PyNone.NONE, CompareOp.GE));
        PyType g = cls("G", "__gt__", ret("G.__gt__", s("G.gt")));
        assertEquals("'G.gt'", repr(Comparisons.richCompare(i(1), Calls.call(g), CompareOp.LT)));
        PyType e = cls("E", "__eq__", ret("E.__eq__", PyBool.TRUE));
        assertEquals("False", repr(Comparisons.richCompare(Calls.call(e), i(1), CompareOp.NE)), "__ne__ inverts __eq__");
        assertEquals("True", repr(Comparisons.richCompare(PyFloat.of(1.0), i(1), CompareOp.EQ)));
        assertEquals("True", repr(Comparisons.richCompare(PyList.of(i(1), i(2)), PyList.of(i(1), i(3)), CompareOp.LT)));
        assertEquals("True", repr(Comparisons.richCompare(PyTuple.of(i(1)), PyTuple.of(i(1), i(0)), CompareOp.LT)));
    }
}
