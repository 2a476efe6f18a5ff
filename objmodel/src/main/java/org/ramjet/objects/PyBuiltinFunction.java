package org.ramjet.objects;

/**
 * {@code builtin_function_or_method}: a builtin function ({@code len}, with {@code __self__} the
 * module) or a builtin method bound to its object ({@code [].append}). An ordinary callable:
 * calling it is a {@link Slot.Call} like any other, no tier needs a special path.
 */
public final class PyBuiltinFunction extends PyObject {
    final BuiltinMethod def;
    /** {@code __self__}: the bound object, the module, or null. */
    final PyObject self;
    /** Set for a type's {@code __new__} function: the type whose {@code new_} slot it calls. */
    final PyType newOwner;

    public PyBuiltinFunction(BuiltinMethod def, PyObject self) {
        this(def, self, null);
    }

    PyBuiltinFunction(BuiltinMethod def, PyObject self, PyType newOwner) {
        this.def = def;
        this.self = self;
        this.newOwner = newOwner;
    }

    /**
     * A module-less builtin function (the engine's {@code __build_class__}, helpers passed to
     * Python code); {@code sig} is a text signature such as {@code "(func, name, /, *bases, **kwds)"}.
     */
    public static PyBuiltinFunction of(String name, String sig, BuiltinFn.MK<PyObject> fn) {
        return new PyBuiltinFunction(new BuiltinMethod(name, null, Signature.parse(sig), fn, BuiltinMethod.RAW, null), null);
    }

    @Override
    public PyType type() {
        return CallableTypes.BUILTIN_FUNCTION;
    }

    public String getName() {
        return def.name;
    }

    public PyObject getSelf() {
        return self;
    }

    /** Calls with the vectorcall convention (see {@link Slot.Call}). */
    public PyObject call(PyObject[] args, int off, int npos, String[] kwnames) {
        return def.call(self, args, off, npos, kwnames);
    }

    String repr() {
        if (self == null || self instanceof PyModule) {
            return "<built-in function " + def.name + ">";
        }
        return "<built-in method " + def.name + " of " + Repr.describe(self) + ">";
    }

    @Override
    public String toString() {
        return repr();
    }
}
