package org.ramjet.objects;

/**
 * {@code method_descriptor}: a builtin method in its type's dict ({@code list.append}). Getting it
 * from an instance binds it into a {@link PyBuiltinFunction}; calling it directly takes
 * {@code self} as the first argument and checks its type. For a builtin value type (int, str,
 * ...) a Python subclass instance is unwrapped to the builtin value before the Java function
 * sees it.
 */
public final class PyMethodDescriptor extends PyObject {
    final BuiltinMethod def;
    /** For a classmethod_descriptor ({@code dict.fromkeys}): binds the class instead of the instance. */
    final boolean classMethod;

    PyMethodDescriptor(BuiltinMethod def, boolean classMethod) {
        this.def = def;
        this.classMethod = classMethod;
    }

    @Override
    public PyType type() {
        return classMethod ? CallableTypes.CLASSMETHOD_DESCRIPTOR : CallableTypes.METHOD_DESCRIPTOR;
    }

    /** Checks {@code self} against the owner type and unwraps value-subclass instances. */
    PyObject checkSelf(PyObject self) {
        PyType owner = def.owner;
        if (self instanceof PyValueInstance) {
            if (self.type().isSubtype(owner)) {
                return owner.hasFlag(TypeFlags.VALUE_TYPE) && !def.keepSelf ? ((PyValueInstance) self).value : self;
            }
        } else if (self.type().isSubtype(owner)) {
            return self;
        }
        throw PyErrors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                def.name, owner.getName(), self.type().getName());
    }

    PyObject bind(PyObject obj, PyType type) {
        if (classMethod) {
            PyType t = type != null ? type : obj.type();
            return new PyBuiltinFunction(def, t);
        }
        if (obj == null) {
            return this;
        }
        return new PyBuiltinFunction(def, checkSelf(obj));
    }

    PyObject call(PyObject[] args, int off, int npos, String[] kwnames) {
        if (classMethod) {
            if (npos < 1) {
                throw PyErrors.typeError("descriptor '%s' of '%s' object needs an argument", def.name, def.owner.getName());
            }
            return def.call(args[off], args, off + 1, npos - 1, kwnames);
        }
        if (npos < 1) {
            throw PyErrors.typeError("unbound method %s() needs an argument", def.qualname());
        }
        return def.call(checkSelf(args[off]), args, off + 1, npos - 1, kwnames);
    }

    String repr() {
        return "<" + (classMethod ? "method" : "method") + " '" + def.name + "' of '" + def.owner.getName() + "' objects>";
    }

    @Override
    public String toString() {
        return repr();
    }
}
