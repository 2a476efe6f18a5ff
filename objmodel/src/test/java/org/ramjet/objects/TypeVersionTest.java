package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;
import static org.ramjet.objects.JavaFunctions.cls;
import static org.ramjet.objects.JavaFunctions.def;
import static org.ramjet.objects.JavaFunctions.subclass;
import static org.ramjet.objects.PyAssert.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.BinaryOp;

class TypeVersionTest {
    @Test
    void settingAClassAttributeChangesTheVersionOfTheClassAndItsSubclasses() {
        PyType a = cls("A", "k", i(1));
        PyType b = subclass("B", new PyType[] {a});
        PyType other = cls("Other");
        int va = a.version, vb = b.version, vo = other.version;
        assertEquals(i(1), b.lookup("k"));
        Attributes.setAttr(a, "k", i(2));
        assertNotEquals(va, a.version);
        assertNotEquals(vb, b.version);
        assertEquals(vo, other.version);
        assertEquals(i(2), b.lookup("k"), "the method cache was invalidated");
        int vb2 = b.version;
        Attributes.delAttr(a, "k");
        assertNotEquals(vb2, b.version);
        assertNull(b.lookup("k"));
    }

    @Test
    void versionsAreUniqueAcrossTypes() {
        PyType a = cls("A");
        PyType b = cls("B");
        assertNotEquals(a.version, b.version);
    }

    @Test
    void listenersHearMutations() {
        List<String> heard = new ArrayList<>();
        PyType a = cls("A");
        PyType.addMutationListener(t -> {
            if (t.getName().startsWith("Listened")) {
                heard.add(t.getName());
            }
        });
        PyType l = cls("Listened");
        PyType l2 = subclass("ListenedSub", new PyType[] {l});
        Attributes.setAttr(l, "x", i(1));
        assertEquals(List.of("Listened", "ListenedSub"), heard);
        assertNotNull(a);
        assertNotNull(l2);
    }

    @Test
    void assigningADunderRefillsTheSlotInSubclasses() {
        PyType a = cls("A");
        PyType b = subclass("B", new PyType[] {a});
        PyObject obj = Calls.call(b);
        raises(PyExc.TypeError, "unsupported operand type(s) for +: 'B' and 'int'", () -> BinaryOps.add(obj, i(1)));
        assertNull(b.binary[BinaryOp.ADD.ordinal()]);
        Attributes.setAttr(a, "__add__", def("add", new String[] {"self", "o"}, l -> s("added")));
        assertNotNull(b.binary[BinaryOp.ADD.ordinal()]);
        assertEquals("'added'", repr(BinaryOps.add(obj, i(1))));
        Attributes.setAttr(a, "__len__", def("len", new String[] {"self"}, l -> i(4)));
        assertEquals(4, Abstract.len(obj));
        assertFalse(Truth.isTrue(Calls.call(cls("Empty", "__len__", def("len", new String[] {"self"}, l -> i(0))))));
        Attributes.delAttr(a, "__add__");
        assertNull(b.binary[BinaryOp.ADD.ordinal()]);
    }

    @Test
    void basesAssignmentChangesMroAndVersion() {
        PyType x = cls("X", "who", s("x"));
        PyType y = cls("Y", "who", s("y"));
        PyType c = subclass("C", new PyType[] {x});
        PyType d = subclass("D", new PyType[] {c});
        int v = d.version;
        assertEquals("'x'", repr(Attributes.getAttr(Calls.call(d), "who")));
        Attributes.setAttr(c, "__bases__", PyTuple.of(y));
        assertNotEquals(v, d.version);
        assertEquals("'y'", repr(Attributes.getAttr(Calls.call(d), "who")));
        assertEquals("(<class '__main__.D'>, <class '__main__.C'>, <class '__main__.Y'>, <class 'object'>)",
                repr(Attributes.getAttr(d, "__mro__")));
        raises(PyExc.TypeError, "a __bases__ item causes an inheritance cycle",
                () -> Attributes.setAttr(c, "__bases__", PyTuple.of(d)));
    }

    @Test
    void builtinSlotsAreInheritedDirectly() {
        PyType myInt = subclass("MyInt", new PyType[] {IntType.TYPE});
        PyObject v = Calls.call(myInt, i(5));
        assertTrue(v instanceof PyValueInstance);
        assertEquals("8", repr(BinaryOps.add(v, i(3))));
        assertEquals("5", repr(v));
        assertEquals(Hashing.hash(i(5)), Hashing.hash(v));
        assertTrue(Comparisons.equal(v, i(5)));
        assertEquals("3", repr(Calls.callMethod(v, "bit_length")));
    }
}
