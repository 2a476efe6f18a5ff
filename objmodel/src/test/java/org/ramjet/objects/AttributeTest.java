package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;
import static org.ramjet.objects.JavaFunctions.cls;
import static org.ramjet.objects.JavaFunctions.def;
import static org.ramjet.objects.JavaFunctions.subclass;
import static org.ramjet.objects.PyAssert.*;

import org.junit.jupiter.api.Test;

class AttributeTest {
    private static PyObject property(PyObject fget, PyObject fset) {
        return Calls.call(FunctionTypes.PROPERTY, fget, fset == null ? PyNone.NONE : fset);
    }

    @Test
    void dataDescriptorBeatsInstanceAttributeWhichBeatsMethod() {
        PyFunction getter = def("A.p", new String[] {"self"}, l -> s("from property"));
        PyFunction setter = def("A.p", new String[] {"self", "v"}, l -> {
            Attributes.storageOf(l[0]).putAttribute("p", l[1]);
            return PyNone.NONE;
        });
        PyFunction method = def("A.m", new String[] {"self"}, l -> s("method"));
        PyType a = cls("A", "p", property(getter, setter), "m", method);
        PyObject obj = Calls.call(a);
        Attributes.setAttr(obj, "p", i(1)); // goes through the setter into storage
        assertEquals("'from property'", repr(Attributes.getAttr(obj, "p")));
        Attributes.setAttr(obj, "m", s("shadow"));
        assertEquals("'shadow'", repr(Attributes.getAttr(obj, "m")));
        Attributes.delAttr(obj, "m");
        assertTrue(repr(Attributes.getAttr(obj, "m")).startsWith("<bound method A.m of <__main__.A object at 0x"));
    }

    @Test
    void missingAttributeMessages() {
        PyType a = cls("A");
        PyObject obj = Calls.call(a);
        PyBaseException e = raises(PyExc.AttributeError, "'A' object has no attribute 'x'", () -> Attributes.getAttr(obj, "x"));
        assertEquals("'x'", repr(Attributes.getAttr(e, "name")));
        assertSame(obj, Attributes.getAttr(e, "obj"));
        raises(PyExc.AttributeError, "type object 'A' has no attribute 'x'", () -> Attributes.getAttr(a, "x"));
        raises(PyExc.AttributeError, "'int' object has no attribute 'x'", () -> Attributes.setAttr(i(1), "x", i(2)));
        raises(PyExc.AttributeError, "'object' object has no attribute 'x'",
                () -> Attributes.setAttr(Calls.call(ObjectType.TYPE), "x", i(2)));
        raises(PyExc.AttributeError, "'str' object attribute 'upper' is read-only", () -> Attributes.setAttr(s("a"), "upper", i(1)));
        raises(PyExc.AttributeError, "attribute 'real' of 'int' objects is not writable", () -> Attributes.setAttr(i(1), "real", i(2)));
        raises(PyExc.AttributeError, "'A' object has no attribute 'y'", () -> Attributes.delAttr(obj, "y"));
        raises(PyExc.TypeError, "cannot set 'x' attribute of immutable type 'int'", () -> Attributes.setAttr(IntType.TYPE, "x", i(1)));
        PyModule m = new PyModule("mod");
        raises(PyExc.AttributeError, "module 'mod' has no attribute 'zz'", () -> Attributes.getAttr(m, "zz"));
    }

    @Test
    void getattrHookIsTheFallback() {
        PyFunction hook = def("A.__getattr__", new String[] {"self", "name"}, l -> s("hook:" + Strs.value(l[1])));
        PyType a = cls("A", "__getattr__", hook, "present", i(5));
        PyObject obj = Calls.call(a);
        assertEquals("'hook:x'", repr(Attributes.getAttr(obj, "x")));
        assertEquals("5", repr(Attributes.getAttr(obj, "present")));
        // AttributeError raised by a property getter also falls back to __getattr__
        PyFunction bad = def("B.p", new String[] {"self"}, l -> {
            throw PyErrors.attributeError("inner", null, null);
        });
        PyType b = subclass("B", new PyType[] {a}, "p", property(bad, null));
        assertEquals("'hook:p'", repr(Attributes.getAttr(Calls.call(b), "p")));
    }

    @Test
    void getattributeAndSetattrOverrides() {
        PyFunction ga = def("A.__getattribute__", new String[] {"self", "name"}, l -> s("always"));
        PyType a = cls("A", "__getattribute__", ga);
        assertEquals("'always'", repr(Attributes.getAttr(Calls.call(a), "anything")));
        PyList log = new PyList();
        PyFunction sa = def("B.__setattr__", new String[] {"self", "name", "value"}, l -> {
            log.append(PyTuple.of(l[1], l[2]));
            return PyNone.NONE;
        });
        PyType b = cls("B", "__setattr__", sa);
        PyObject obj = Calls.call(b);
        Attributes.setAttr(obj, "x", i(1));
        assertEquals("[('x', 1)]", repr(log));
        raises(PyExc.AttributeError, "'B' object has no attribute 'x'", () -> Attributes.getAttr(obj, "x"));
    }

    @Test
    void slotsRestrictAttributes() {
        PyType a = cls("A", "__slots__", PyTuple.of(s("x")));
        PyObject obj = Calls.call(a);
        raises(PyExc.AttributeError, "'A' object has no attribute 'x'", () -> Attributes.getAttr(obj, "x"));
        Attributes.setAttr(obj, "x", i(3));
        assertEquals("3", repr(Attributes.getAttr(obj, "x")));
        raises(PyExc.AttributeError, "'A' object has no attribute 'y'", () -> Attributes.setAttr(obj, "y", i(1)));
        raises(PyExc.AttributeError, "'A' object has no attribute '__dict__'", () -> Attributes.getAttr(obj, "__dict__"));
        assertEquals("<member 'x' of 'A' objects>", repr(a.dict().getStr("x")));
        PyType b = subclass("B", new PyType[] {a});
        PyObject ob = Calls.call(b);
        Attributes.setAttr(ob, "x", i(1));
        Attributes.setAttr(ob, "y", i(2));
        assertEquals("{'y': 2}", repr(Attributes.getAttr(ob, "__dict__")));
    }

    @Test
    void classAttributeAndInstanceClass() {
        PyType a = cls("A", "k", i(1));
        PyObject obj = Calls.call(a);
        assertSame(a, Attributes.getAttr(obj, "__class__"));
        assertEquals("1", repr(Attributes.getAttr(obj, "k")));
        PyType b = cls("B", "k", i(2));
        Attributes.setAttr(obj, "v", i(9));
        Attributes.setAttr(obj, "__class__", b);
        assertSame(b, obj.type());
        assertEquals("2", repr(Attributes.getAttr(obj, "k")));
        assertEquals("9", repr(Attributes.getAttr(obj, "v")));
        raises(PyExc.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses",
                () -> Attributes.setAttr(i(1), "__class__", StrType.TYPE));
    }

    @Test
    void typeAttributesAndClassDict() {
        PyType a = cls("A");
        assertEquals("dict_keys(['__module__', '__dict__', '__weakref__', '__doc__'])",
                repr(Calls.callMethod(Attributes.getAttr(a, "__dict__"), "keys")));
        assertEquals("'A'", repr(Attributes.getAttr(a, "__name__")));
        assertEquals("'__main__'", repr(Attributes.getAttr(a, "__module__")));
        assertEquals("'builtins'", repr(Attributes.getAttr(IntType.TYPE, "__module__")));
        assertEquals("<attribute '__dict__' of 'A' objects>", repr(a.dict().getStr("__dict__")));
    }

    @Test
    void methodLookupFastPath() {
        PyFunction m = def("A.m", new String[] {"self"}, l -> s("m"));
        PyType a = cls("A", "m", m);
        PyObject obj = Calls.call(a);
        assertSame(m, Attributes.lookupMethod(obj, "m"));
        Attributes.setAttr(obj, "m", i(1));
        assertNull(Attributes.lookupMethod(obj, "m"));
        assertNotNull(Attributes.lookupMethod(new PyList(), "append"));
    }
}
