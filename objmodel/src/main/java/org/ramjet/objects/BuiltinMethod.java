package org.ramjet.objects;

/**
 * The definition of one builtin function or method (CPython's {@code PyMethodDef}): name,
 * {@link Signature}, and the Java function in one of the {@link BuiltinFn} shapes. Shared by the
 * {@code method_descriptor} in a type's dict and every {@code builtin_function_or_method} bound
 * from it. {@link #call} is the one place that turns a vectorcall into a Java call.
 */
public final class BuiltinMethod {
    static final int VARARGS = -1, RAW = -2;

    public final String name;
    /** The owner type for methods, null for module-level functions. */
    final PyType owner;
    final Signature signature;
    final Object fn;
    /** 0..4 for M0..M4, {@link #VARARGS} for MV, {@link #RAW} for MK. */
    final int arity;
    final String doc;
    /**
     * The module of a module-level function (set by {@link ModuleBuilder}), or null: CPython
     * names such functions "math.sqrt" in its calling-convention errors, except in builtins.
     */
    String module;
    /** For value types: pass a subclass instance as is instead of its builtin value. */
    boolean keepSelf;

    BuiltinMethod(String name, PyType owner, Signature signature, Object fn, int arity, String doc) {
        this.name = name;
        this.owner = owner;
        this.signature = signature;
        this.fn = fn;
        this.arity = arity;
        this.doc = doc;
        if (arity >= 0 && signature.arity() != arity) {
            throw new IllegalArgumentException(name + ": signature " + signature + " has "
                    + signature.arity() + " parameters, Java function takes " + arity);
        }
    }

    /** "list.append" for methods, "len" for functions: the name in TypeErrors. */
    String qualname() {
        return owner == null ? name : owner.getName() + "." + name;
    }

    /** The name in calling-convention TypeErrors: "len", "list.append", "math.sqrt". */
    String errorName() {
        return module == null || module.equals("builtins") ? qualname() : module + "." + qualname();
    }

    /** Calls the Java function with {@code self} and a vectorcall's arguments. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    PyObject call(PyObject self, PyObject[] args, int off, int npos, String[] kwnames) {
        boolean noKw = kwnames == null || kwnames.length == 0;
        if (noKw && npos == arity) {
            switch (arity) {
                case 0: return ((BuiltinFn.M0) fn).call(self);
                case 1: return ((BuiltinFn.M1) fn).call(self, args[off]);
                case 2: return ((BuiltinFn.M2) fn).call(self, args[off], args[off + 1]);
                case 3: return ((BuiltinFn.M3) fn).call(self, args[off], args[off + 1], args[off + 2]);
                case 4: return ((BuiltinFn.M4) fn).call(self, args[off], args[off + 1], args[off + 2], args[off + 3]);
                default: break;
            }
        }
        switch (arity) {
            case RAW:
                return ((BuiltinFn.MK) fn).call(self, args, off, npos, kwnames);
            case VARARGS: {
                if (!noKw) {
                    throw PyErrors.typeError("%s() takes no keyword arguments", errorName());
                }
                PyObject[] a = new PyObject[npos];
                System.arraycopy(args, off, a, 0, npos);
                return ((BuiltinFn.MV) fn).call(self, a);
            }
            default:
                break;
        }
        PyObject[] b = signature.bind(name, errorName(), args, off, npos, kwnames);
        switch (arity) {
            case 0: return ((BuiltinFn.M0) fn).call(self);
            case 1: return ((BuiltinFn.M1) fn).call(self, b[0]);
            case 2: return ((BuiltinFn.M2) fn).call(self, b[0], b[1]);
            case 3: return ((BuiltinFn.M3) fn).call(self, b[0], b[1], b[2]);
            case 4: return ((BuiltinFn.M4) fn).call(self, b[0], b[1], b[2], b[3]);
            default: throw new IllegalStateException("arity " + arity);
        }
    }

    /** The {@code __text_signature__}. */
    public String textSignature() {
        return signature.text;
    }
}
