package org.ramjet.objects;

/**
 * Declares a module implemented in Java, one line per function or value:
 *
 * <pre>{@code
 * static PyModule create() {
 *     return new ModuleBuilder("builtins")
 *             .function("len", "(obj, /)", obj -> PyInt.of(Abstract.len(obj)))
 *             .function("repr", "(obj, /)", Repr::repr)
 *             .function("isinstance", "(obj, class_or_tuple, /)", (o, c) -> PyBool.of(Abstract.isInstance(o, c)))
 *             .functionRaw("print", "(*args, sep=' ', end='\\n', file=None, flush=False)", Builtins::print)
 *             .value("int", IntType.TYPE)
 *             .build();
 * }
 * }</pre>
 * and registered with {@link ModuleRegistry#register}. Functions are ordinary
 * {@code builtin_function_or_method}s whose {@code __self__} is the module; arguments are bound
 * by the {@link Signature} exactly as for builtin methods (omitted optionals arrive as null).
 */
public final class ModuleBuilder {
    private final PyModule module;

    public ModuleBuilder(String name) {
        this.module = new PyModule(name);
    }

    private ModuleBuilder add(String name, String sig, Object fn, int arity) {
        BuiltinMethod def = new BuiltinMethod(name, null, Signature.parse(sig), fn, arity, null);
        def.module = module.getName();
        module.dict.putStr(name, new PyBuiltinFunction(def, module));
        return this;
    }

    public ModuleBuilder function(String name, String sig, BuiltinFn.F0 f) {
        return add(name, sig, (BuiltinFn.M0<PyObject>) self -> f.call(), 0);
    }

    public ModuleBuilder function(String name, String sig, BuiltinFn.F1 f) {
        return add(name, sig, (BuiltinFn.M1<PyObject>) (self, a) -> f.call(a), 1);
    }

    public ModuleBuilder function(String name, String sig, BuiltinFn.F2 f) {
        return add(name, sig, (BuiltinFn.M2<PyObject>) (self, a, b) -> f.call(a, b), 2);
    }

    public ModuleBuilder function(String name, String sig, BuiltinFn.F3 f) {
        return add(name, sig, (BuiltinFn.M3<PyObject>) (self, a, b, c) -> f.call(a, b, c), 3);
    }

    public ModuleBuilder function(String name, String sig, BuiltinFn.F4 f) {
        return add(name, sig, (BuiltinFn.M4<PyObject>) (self, a, b, c, d) -> f.call(a, b, c, d), 4);
    }

    /** A function of {@code *args} (no keywords). */
    public ModuleBuilder functionVarargs(String name, String sig, BuiltinFn.FV f) {
        return add(name, sig, (BuiltinFn.MV<PyObject>) (self, args) -> f.call(args), BuiltinMethod.VARARGS);
    }

    /** A function that parses its own vectorcall arguments. */
    public ModuleBuilder functionRaw(String name, String sig, BuiltinFn.FK f) {
        return add(name, sig, (BuiltinFn.MK<PyObject>) (self, a, off, n, kw) -> f.call(a, off, n, kw), BuiltinMethod.RAW);
    }

    /** A module attribute (a type, a constant, a submodule). */
    public ModuleBuilder value(String name, PyObject value) {
        module.dict.putStr(name, value);
        return this;
    }

    public ModuleBuilder doc(String doc) {
        module.dict.putStr("__doc__", PyStr.of(doc));
        return this;
    }

    /** The module being built (for functions that need to refer to it). */
    public PyModule module() {
        return module;
    }

    public PyModule build() {
        return module;
    }
}
