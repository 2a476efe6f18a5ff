package org.ramjet.objects;

/**
 * Where a builtin type (or module) declares its methods and attributes, one line each. Handed to
 * the {@code methods} definer of a {@link TypeSpec} on the type's first look-up:
 *
 * <pre>{@code
 * static void methods(MethodTable m) {
 *     m.method("append", "($self, object, /)", (PyList self, PyObject x) -> { self.append(x); return PyNone.NONE; });
 *     m.method("pop", "($self, index=-1, /)", (PyList self, PyObject i) -> self.pop(i == null ? -1 : ...));
 *     m.classMethod("fromkeys", "($type, iterable, value=None, /)", (PyObject cls, PyObject it, PyObject v) -> ...);
 *     m.getter("real", (PyObject self) -> self);
 * }
 * }</pre>
 * The lambda's arity must equal the signature's parameter count (checked when defining).
 */
public final class MethodTable {
    final PyType owner;
    final PyDict dict;

    MethodTable(PyType owner, PyDict dict) {
        this.owner = owner;
        this.dict = dict;
    }

    public PyType owner() {
        return owner;
    }

    private void add(String name, String sig, Object fn, int arity, boolean classMethod) {
        BuiltinMethod def = new BuiltinMethod(name, owner, Signature.parse(sig), fn, arity, null);
        dict.putStr(name, new PyMethodDescriptor(def, classMethod));
    }

    public <S extends PyObject> void method(String name, String sig, BuiltinFn.M0<S> fn) {
        add(name, sig, fn, 0, false);
    }

    public <S extends PyObject> void method(String name, String sig, BuiltinFn.M1<S> fn) {
        add(name, sig, fn, 1, false);
    }

    public <S extends PyObject> void method(String name, String sig, BuiltinFn.M2<S> fn) {
        add(name, sig, fn, 2, false);
    }

    public <S extends PyObject> void method(String name, String sig, BuiltinFn.M3<S> fn) {
        add(name, sig, fn, 3, false);
    }

    public <S extends PyObject> void method(String name, String sig, BuiltinFn.M4<S> fn) {
        add(name, sig, fn, 4, false);
    }

    /**
     * A one-argument method of a value type that must see a subclass instance itself rather than
     * its builtin value ({@code int.__format__} with an empty spec calls {@code str(self)}).
     */
    public void methodKeepSelf(String name, String sig, BuiltinFn.M1<PyObject> fn) {
        BuiltinMethod def = new BuiltinMethod(name, owner, Signature.parse(sig), fn, 1, null);
        def.keepSelf = true;
        dict.putStr(name, new PyMethodDescriptor(def, false));
    }

    /** A method taking {@code *args} (no keywords). */
    public <S extends PyObject> void methodVarargs(String name, String sig, BuiltinFn.MV<S> fn) {
        add(name, sig, fn, BuiltinMethod.VARARGS, false);
    }

    /** A method parsing its own vectorcall arguments. */
    public <S extends PyObject> void methodRaw(String name, String sig, BuiltinFn.MK<S> fn) {
        add(name, sig, fn, BuiltinMethod.RAW, false);
    }

    /** A classmethod ({@code classmethod_descriptor}): {@code self} is the class. */
    public void classMethod(String name, String sig, BuiltinFn.M1<PyType> fn) {
        add(name, sig, fn, 1, true);
    }

    public void classMethod(String name, String sig, BuiltinFn.M2<PyType> fn) {
        add(name, sig, fn, 2, true);
    }

    public void classMethodRaw(String name, String sig, BuiltinFn.MK<PyType> fn) {
        add(name, sig, fn, BuiltinMethod.RAW, true);
    }

    /** A staticmethod (e.g. {@code str.maketrans}): no self. */
    public void staticMethodRaw(String name, String sig, BuiltinFn.MK<PyObject> fn) {
        BuiltinMethod def = new BuiltinMethod(name, owner, Signature.parse(sig), fn, BuiltinMethod.RAW, null);
        dict.putStr(name, new PyStaticMethod(new PyBuiltinFunction(def, null)));
    }

    /** A read-only computed attribute ({@code getset_descriptor}). */
    public <S extends PyObject> void getter(String name, PyGetSetDescriptor.Getter<S> get) {
        dict.putStr(name, new PyGetSetDescriptor(name, owner, get, null, null, false));
    }

    /** A writable computed attribute; the setter gets {@code null} for {@code del}. */
    public <S extends PyObject> void getset(String name, PyGetSetDescriptor.Getter<S> get,
                                            PyGetSetDescriptor.Setter<S> set) {
        dict.putStr(name, new PyGetSetDescriptor(name, owner, get, set, null, false));
    }

    /** A stored attribute shown as {@code member_descriptor} (exception fields, ...). */
    public <S extends PyObject> void member(String name, PyGetSetDescriptor.Getter<S> get,
                                            PyGetSetDescriptor.Setter<S> set) {
        dict.putStr(name, new PyGetSetDescriptor(name, owner, get, set, null, true));
    }

    /** A plain class attribute (constant, doc string, ...). */
    public void attr(String name, PyObject value) {
        dict.putStr(name, value);
    }
}
