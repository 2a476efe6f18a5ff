package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;
import static org.ramjet.objects.JavaFunctions.def;
import static org.ramjet.objects.PyAssert.*;

import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.CodeFlags;

class ArgBinderTest {
    /** Returns its bound locals as a list, so tests can see the binding. */
    private static PyFunction f(String name, int argcount, int posonly, int kwonly, int flags, String... varnames) {
        return def(name, argcount, posonly, kwonly, flags, varnames, l -> new PyList(l.clone()));
    }

    private static PyObject call(PyObject fn, PyObject[] pos, String[] kwnames, PyObject... kwvalues) {
        PyObject[] all = new PyObject[pos.length + kwvalues.length];
        System.arraycopy(pos, 0, all, 0, pos.length);
        System.arraycopy(kwvalues, 0, all, pos.length, kwvalues.length);
        return Calls.call(fn, all, 0, pos.length, kwnames);
    }

    private static PyObject[] a(PyObject... v) {
        return v;
    }

    @Test
    void missingPositional() {
        raises(PyExc.TypeError, "f() missing 1 required positional argument: 'x'",
                () -> Calls.call(f("f", 1, 0, 0, 0, "x")));
        raises(PyExc.TypeError, "f() missing 2 required positional arguments: 'x' and 'y'",
                () -> Calls.call(f("f", 2, 0, 0, 0, "x", "y")));
        raises(PyExc.TypeError, "f() missing 3 required positional arguments: 'x', 'y', and 'z'",
                () -> Calls.call(f("f", 3, 0, 0, 0, "x", "y", "z")));
        raises(PyExc.TypeError, "A.m() missing 1 required positional argument: 'self'",
                () -> Calls.call(f("A.m", 1, 0, 0, 0, "self")));
    }

    @Test
    void tooManyPositional() {
        raises(PyExc.TypeError, "f() takes 1 positional argument but 2 were given",
                () -> Calls.call(f("f", 1, 0, 0, 0, "x"), i(1), i(2)));
        raises(PyExc.TypeError, "f() takes 0 positional arguments but 1 was given",
                () -> Calls.call(f("f", 0, 0, 0, 0), i(1)));
        PyFunction withDefault = f("f", 2, 0, 0, 0, "x", "y");
        withDefault.defaults = PyTuple.of(i(1));
        raises(PyExc.TypeError, "f() takes from 1 to 2 positional arguments but 3 were given",
                () -> Calls.call(withDefault, i(1), i(2), i(3)));
        PyFunction kwonly = f("f", 1, 0, 1, 0, "x", "y");
        kwonly.kwdefaults = new PyDict();
        kwonly.kwdefaults.putStr("y", i(1));
        raises(PyExc.TypeError, "f() takes 1 positional argument but 3 were given",
                () -> Calls.call(kwonly, i(1), i(2), i(3)));
        raises(PyExc.TypeError, "f() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given",
                () -> call(kwonly, a(i(1), i(2)), new String[] {"y"}, i(3)));
    }

    @Test
    void keywordErrors() {
        raises(PyExc.TypeError, "f() got an unexpected keyword argument 'z'",
                () -> call(f("f", 1, 0, 0, 0, "x"), a(), new String[] {"z"}, i(1)));
        raises(PyExc.TypeError, "f() got multiple values for argument 'x'",
                () -> call(f("f", 1, 0, 0, 0, "x"), a(i(1)), new String[] {"x"}, i(1)));
        raises(PyExc.TypeError, "f() got some positional-only arguments passed as keyword arguments: 'a'",
                () -> call(f("f", 2, 1, 0, 0, "a", "b"), a(), new String[] {"a", "b"}, i(1), i(2)));
        raises(PyExc.TypeError, "f() got some positional-only arguments passed as keyword arguments: 'a, b'",
                () -> call(f("f", 2, 2, 0, 0, "a", "b"), a(), new String[] {"a", "b"}, i(1), i(2)));
        raises(PyExc.TypeError, "f() missing 1 required keyword-only argument: 'a'",
                () -> Calls.call(f("f", 0, 0, 1, 0, "a")));
        raises(PyExc.TypeError, "f() missing 2 required keyword-only arguments: 'a' and 'b'",
                () -> Calls.call(f("f", 0, 0, 2, 0, "a", "b")));
    }

    @Test
    void bindingFillsTheLayout() {
        // def f(a, /, b, c=3, *args, d, e=5, **kw)
        PyFunction fn = f("f", 3, 1, 2, CodeFlags.VARARGS | CodeFlags.VARKEYWORDS, "a", "b", "c", "d", "e", "args", "kw");
        fn.defaults = PyTuple.of(i(3));
        fn.kwdefaults = new PyDict();
        fn.kwdefaults.putStr("e", i(5));
        assertEquals("[1, 2, 3, 4, 5, (), {}]", repr(call(fn, a(i(1), i(2)), new String[] {"d"}, i(4))));
        assertEquals("[1, 2, 9, 4, 5, (8, 7), {'z': 0, 'a': 6}]",
                repr(call(fn, a(i(1), i(2), i(9), i(8), i(7)), new String[] {"d", "z", "a"}, i(4), i(0), i(6))));
    }

    @Test
    void cellsAndClosure() {
        PyFunction fn = def("f", 1, 0, 0, 0, new String[] {"x"}, l -> new PyList(l.clone()));
        // rebuild with a cell variable that captures the argument, and one free variable
        org.ramjet.bytecode.PyCode c = fn.code;
        org.ramjet.bytecode.PyCode withCells = new org.ramjet.bytecode.PyCode(c.name, c.qualname, c.filename, 1, 1, 0, 0,
                c.flags, 0, new int[0], c.consts, new String[0], new String[] {"x"}, new String[] {"x"},
                new String[] {"free"}, new int[] {0}, java.util.List.of(), c.lineTable);
        PyFunction g = new PyFunction(withCells, fn.globals, "g");
        g.closure = new PyCell[] {new PyCell(s("outer"))};
        PyObject[] locals = ArgBinder.bind(g, new PyObject[] {i(42)}, 0, 1, null);
        assertEquals(3, locals.length);
        assertEquals(i(42), ((PyCell) locals[1]).value);
        assertSame(g.closure[0], locals[2]);
    }

    @Test
    void builtinCallingConventions() {
        PyList l = new PyList();
        PyObject append = Attributes.getAttr(l, "append");
        raises(PyExc.TypeError, "list.append() takes exactly one argument (0 given)", () -> Calls.call(append));
        raises(PyExc.TypeError, "list.append() takes exactly one argument (2 given)", () -> Calls.call(append, i(1), i(2)));
        raises(PyExc.TypeError, "list.append() takes no keyword arguments",
                () -> Calls.call(append, new PyObject[] {i(1)}, 0, 0, new String[] {"x"}));
        raises(PyExc.TypeError, "list.clear() takes no arguments (1 given)", () -> Calls.call(Attributes.getAttr(l, "clear"), i(1)));
        raises(PyExc.TypeError, "pop expected at most 1 argument, got 2", () -> Calls.call(Attributes.getAttr(l, "pop"), i(1), i(2)));
        raises(PyExc.TypeError, "insert expected 2 arguments, got 1", () -> Calls.call(Attributes.getAttr(l, "insert"), i(1)));
        raises(PyExc.TypeError, "index expected at least 1 argument, got 0", () -> Calls.call(Attributes.getAttr(l, "index")));
        raises(PyExc.TypeError, "sort() takes no positional arguments", () -> Calls.call(Attributes.getAttr(l, "sort"), i(1)));
        raises(PyExc.TypeError, "'foo' is an invalid keyword argument for sort()",
                () -> Calls.call(Attributes.getAttr(l, "sort"), new PyObject[] {i(1)}, 0, 0, new String[] {"foo"}));
        raises(PyExc.TypeError, "descriptor 'append' for 'list' objects doesn't apply to a 'int' object",
                () -> Calls.call(ListType.TYPE.lookup("append"), i(1), i(2)));
        raises(PyExc.TypeError, "descriptor '__add__' requires a 'int' object but received a 'str'",
                () -> Calls.call(IntType.TYPE.lookup("__add__"), s("a"), i(1)));
        raises(PyExc.TypeError, "expected 1 argument, got 0", () -> Calls.call(IntType.TYPE.lookup("__add__"), i(1)));
        raises(PyExc.TypeError, "split() takes at most 2 arguments (3 given)",
                () -> Calls.call(Attributes.getAttr(s("a"), "split"), i(1), i(2), i(3)));
        raises(PyExc.TypeError, "argument for to_bytes() given by name ('length') and position (1)",
                () -> Calls.call(Attributes.getAttr(i(1), "to_bytes"), new PyObject[] {i(1), i(1)}, 0, 1, new String[] {"length"}));
        PyList toSort = PyList.of(i(2), i(3), i(1));
        Calls.call(Attributes.getAttr(toSort, "sort"), new PyObject[] {PyBool.TRUE}, 0, 0, new String[] {"reverse"});
        assertEquals("[3, 2, 1]", repr(toSort));
    }

    @Test
    void classCallMessages() {
        PyType a = JavaFunctions.cls("A");
        raises(PyExc.TypeError, "A() takes no arguments", () -> Calls.call(a, i(1)));
        PyType b = JavaFunctions.cls("B", "__init__", def("B.__init__", new String[] {"self"}, l -> PyNone.NONE));
        raises(PyExc.TypeError, "B.__init__() takes 1 positional argument but 2 were given", () -> Calls.call(b, i(1)));
        raises(PyExc.TypeError, "object.__new__(int) is not safe, use int.__new__()",
                () -> Calls.call(Attributes.getAttr(ObjectType.TYPE, "__new__"), IntType.TYPE));
        raises(PyExc.TypeError, "object.__new__(X): X is not a type object (int)",
                () -> Calls.call(Attributes.getAttr(ObjectType.TYPE, "__new__"), i(1)));
        raises(PyExc.TypeError, "'int' object is not callable", () -> Calls.call(i(1)));
    }
}
