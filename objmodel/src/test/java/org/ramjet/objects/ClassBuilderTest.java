package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;
import static org.ramjet.objects.JavaFunctions.cls;
import static org.ramjet.objects.JavaFunctions.def;
import static org.ramjet.objects.JavaFunctions.subclass;
import static org.ramjet.objects.PyAssert.*;

import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.CodeFlags;

class ClassBuilderTest {
    @BeforeAll
    static void installRunner() {
        // the "body" functions below take the namespace as their only argument
        ClassBuilder.setBodyRunner((body, ns) -> body.invoke(new PyObject[] {ns}, 0, 1, null));
    }

    private static PyFunction body(Consumer<PyObject> fill) {
        return def("<body>", new String[] {"ns"}, l -> {
            fill.accept(l[0]);
            return PyNone.NONE;
        });
    }

    private static PyObject build(PyFunction body, String name, PyObject[] bases, String[] kwnames, PyObject... kwvalues) {
        PyObject[] a = new PyObject[2 + bases.length + kwvalues.length];
        a[0] = body;
        a[1] = s(name);
        System.arraycopy(bases, 0, a, 2, bases.length);
        System.arraycopy(kwvalues, 0, a, 2 + bases.length, kwvalues.length);
        return ClassBuilder.buildClass(a, 0, 2 + bases.length, kwnames);
    }

    @Test
    void plainClassStatement() {
        PyObject c = build(body(ns -> Abstract.setItem(ns, s("x"), i(1))), "C", new PyObject[0], null);
        assertEquals("<class 'C'>", repr(c), "no __module__ in the namespace: the compiler's class body sets it");
        assertEquals("1", repr(Attributes.getAttr(c, "x")));
    }

    @Test
    void metaclassPrepareNewInitAndKeywords() {
        PyList log = new PyList();
        PyFunction prepare = def("Meta.__prepare__", 3, 0, 0, CodeFlags.VARKEYWORDS, new String[] {"mcs", "name", "bases", "kw"}, l -> {
            log.append(s("prepare " + Strs.value(l[1]) + " " + repr(l[3])));
            PyDict d = new PyDict();
            d.putStr("prepared", PyBool.TRUE);
            return d;
        });
        PyFunction init = def("Meta.__init__", 4, 0, 0, CodeFlags.VARKEYWORDS, new String[] {"cls", "name", "bases", "ns", "kw"}, l -> {
            log.append(s("init " + Strs.value(l[1])));
            return PyNone.NONE;
        });
        PyType meta = subclass("Meta", new PyType[] {TypeType.TYPE},
                "__prepare__", new PyClassMethod(prepare), "__init__", init);
        PyFunction initSubclass = def("Base.__init_subclass__", 1, 0, 0, CodeFlags.VARKEYWORDS, new String[] {"cls", "kw"}, l -> {
            log.append(s("init_subclass " + ((PyType) l[0]).getName() + " " + repr(l[1])));
            return PyNone.NONE;
        });
        PyType base = cls("Base", "__init_subclass__", initSubclass);
        PyObject c = build(body(ns -> { }), "C", new PyObject[] {base}, new String[] {"metaclass", "flag"}, meta, i(7));
        assertSame(meta, c.type());
        assertEquals("True", repr(Attributes.getAttr(c, "prepared")));
        assertEquals("[\"prepare C {'flag': 7}\", \"init_subclass C {'flag': 7}\", 'init C']", repr(log));
    }

    @Test
    void setNameAndClassGetitem() {
        PyList log = new PyList();
        PyFunction setName = def("D.__set_name__", new String[] {"self", "owner", "name"}, l -> {
            log.append(PyTuple.of(l[1], l[2]));
            return PyNone.NONE;
        });
        PyType d = cls("D", "__set_name__", setName);
        PyObject descr = Calls.call(d);
        PyFunction cgi = def("C.__class_getitem__", new String[] {"cls", "item"}, l -> s("item:" + repr(l[1])));
        PyObject c = build(body(ns -> {
            Abstract.setItem(ns, s("attr"), descr);
            Abstract.setItem(ns, s("__class_getitem__"), cgi);
        }), "C", new PyObject[0], null);
        assertEquals("[(<class 'C'>, 'attr')]", repr(log));
        assertEquals("\"item:<class 'int'>\"", repr(Abstract.getItem(c, IntType.TYPE)));
        assertEquals("list[int]", repr(Abstract.getItem(ListType.TYPE, IntType.TYPE)));
    }

    @Test
    void metaclassConflictAndMroEntries() {
        PyType m1 = subclass("M1", new PyType[] {TypeType.TYPE});
        PyType m2 = subclass("M2", new PyType[] {TypeType.TYPE});
        PyObject a = Calls.callArgs(m1, s("A"), PyTuple.EMPTY, new PyDict());
        PyObject b = Calls.callArgs(m2, s("B"), PyTuple.EMPTY, new PyDict());
        raises(PyExc.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                + "of the metaclasses of all its bases", () -> build(body(ns -> { }), "C", new PyObject[] {a, b}, null));
        PyType real = cls("Real");
        PyFunction entries = def("G.__mro_entries__", new String[] {"self", "bases"}, l -> PyTuple.of(real));
        PyObject g = Calls.call(cls("G", "__mro_entries__", entries));
        PyObject c = build(body(ns -> { }), "C", new PyObject[] {g}, null);
        assertSame(real, ((PyType) c).getBases()[0]);
        assertEquals(1, ((PyTuple) Attributes.getAttr(c, "__orig_bases__")).size());
    }

    @Test
    void classCellIsFilled() {
        PyCell cell = new PyCell(null);
        ClassBuilder.setBodyRunner((bodyFn, ns) -> {
            Abstract.setItem(ns, s("__classcell__"), cell);
            return cell;
        });
        try {
            PyObject c = build(body(ns -> { }), "C", new PyObject[0], null);
            assertSame(c, cell.value);
            assertNull(((PyType) c).dict().getStr("__classcell__"));
            assertSame(c, PySuper.zeroArg(cell, Calls.call(c)).thisClass);
        } finally {
            installRunner();
        }
        raises(PyExc.RuntimeError, "super(): empty __class__ cell", () -> PySuper.zeroArg(new PyCell(null), i(1)));
        raises(PyExc.RuntimeError, "super(): __class__ cell not found", () -> PySuper.zeroArg(null, i(1)));
    }

    @Test
    void explicitSuper() {
        PyFunction am = def("A.m", new String[] {"self"}, l -> s("A.m"));
        PyType a = cls("A", "m", am);
        PyType b = subclass("B", new PyType[] {a}, "m", def("B.m", new String[] {"self"}, l -> s("B.m")));
        PyObject obj = Calls.call(b);
        PyObject sup = Calls.call(FunctionTypes.SUPER, b, obj);
        assertEquals("'A.m'", repr(Calls.callMethod(sup, "m")));
        assertEquals("<super: <class 'B'>, <B object>>", repr(sup));
        raises(PyExc.AttributeError, "'super' object has no attribute 'f'", () -> Attributes.getAttr(sup, "f"));
        raises(PyExc.TypeError, "super(type, obj): obj must be an instance or subtype of type",
                () -> Calls.call(FunctionTypes.SUPER, IntType.TYPE, s("a")));
        raises(PyExc.TypeError, "super() argument 1 must be a type, not int", () -> Calls.call(FunctionTypes.SUPER, i(1), i(2)));
    }
}
