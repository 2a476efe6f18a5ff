package org.ramjet.objects;

/** {@code method-wrapper}: a {@link PySlotWrapper} bound to an instance ({@code (1).__add__}). */
public final class PyMethodWrapper extends PyObject {
    final PySlotWrapper wrapper;
    final PyObject self;

    PyMethodWrapper(PySlotWrapper wrapper, PyObject self) {
        this.wrapper = wrapper;
        this.self = self;
    }

    @Override
    public PyType type() {
        return CallableTypes.METHOD_WRAPPER;
    }

    PyObject call(PyObject[] args, int off, int npos, String[] kwnames) {
        return wrapper.callBound(wrapper.checkSelf(self), args, off, npos, kwnames);
    }

    String repr() {
        return "<method-wrapper '" + wrapper.def.name + "' of " + Repr.describe(self) + ">";
    }
}
