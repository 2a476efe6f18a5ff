package org.ramjet.objects;

/** Truth testing: {@code __bool__}, then {@code __len__}, else true. */
public final class Truth {
    private Truth() {}

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        if (o instanceof PyInt) {
            return ((PyInt) o).value != 0;
        }
        PyType t = o.type();
        Slot.Bool b = t.bool;
        if (b != null) {
            return b.test(o);
        }
        Slot.Len l = t.len;
        if (l != null) {
            return l.len(o) != 0;
        }
        return true;
    }

    /** {@code not o}. */
    public static PyBool not(PyObject o) {
        return PyBool.of(!isTrue(o));
    }
}
