package org.ramjet.objects;

/**
 * {@code getset_descriptor} / {@code member_descriptor}: a computed or stored attribute of a
 * builtin type ({@code int.real}, {@code BaseException.args}, a {@code __slots__} member). A
 * data descriptor: it wins over the instance dict. Without a setter, assignment raises
 * "attribute 'real' of 'int' objects is not writable".
 */
public final class PyGetSetDescriptor extends PyObject {
    /** Reads the attribute from an instance of the owner type. */
    @FunctionalInterface
    public interface Getter<S extends PyObject> {
        PyObject get(S self);
    }

    /** Writes the attribute; {@code value == null} deletes. */
    @FunctionalInterface
    public interface Setter<S extends PyObject> {
        void set(S self, PyObject value);
    }

    final String name;
    final PyType owner;
    final Getter<PyObject> getter;
    final Setter<PyObject> setter;
    final String doc;
    final boolean member;

    @SuppressWarnings("unchecked")
    PyGetSetDescriptor(String name, PyType owner, Getter<? extends PyObject> getter,
                       Setter<? extends PyObject> setter, String doc, boolean member) {
        this.name = name;
        this.owner = owner;
        this.getter = (Getter<PyObject>) getter;
        this.setter = (Setter<PyObject>) setter;
        this.doc = doc;
        this.member = member;
    }

    @Override
    public PyType type() {
        return member ? CallableTypes.MEMBER_DESCRIPTOR : CallableTypes.GETSET_DESCRIPTOR;
    }

    private PyObject check(PyObject obj) {
        if (!obj.type().isSubtype(owner)) {
            throw PyErrors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.getName(), obj.type().getName());
        }
        if (obj instanceof PyValueInstance && owner.hasFlag(TypeFlags.VALUE_TYPE)) {
            return ((PyValueInstance) obj).value;
        }
        return obj;
    }

    PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        PyObject v = getter.get(check(obj));
        if (v == null) {
            throw PyErrors.attributeError(obj, name);
        }
        return v;
    }

    void set(PyObject obj, PyObject value) {
        if (setter == null) {
            throw PyErrors.attributeError(String.format("attribute '%s' of '%s' objects is not writable",
                    name, owner.getName()), null, null);
        }
        setter.set(check(obj), value);
    }

    String repr() {
        return "<" + (member ? "member" : "attribute") + " '" + name + "' of '" + owner.getName() + "' objects>";
    }
}
