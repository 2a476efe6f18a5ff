package org.ramjet.objects;

/**
 * {@code hash(obj)}. Numbers hash as CPython does (so {@code hash(1) == hash(1.0) == hash(True)});
 * strings hash consistently within a run (Python's exact string hash is not reproduced). A
 * class that defines {@code __eq__} without {@code __hash__} gets {@code __hash__ = None} and
 * its instances are unhashable.
 */
public final class Hashing {
    private Hashing() {}

    /** The hash slot of unhashable types: "unhashable type: 'list'". */
    public static final Slot.Hash UNHASHABLE = self -> {
        throw PyErrors.typeError("unhashable type: '%s'", self.type().getName());
    };

    public static long hash(PyObject o) {
        if (o instanceof PyStr) {
            return ((PyStr) o).hash();
        }
        if (o instanceof PyInt) {
            return Ints.hash(o);
        }
        Slot.Hash h = o.type().hash;
        if (h == null) {
            throw PyErrors.typeError("unhashable type: '%s'", o.type().getName());
        }
        return h.hash(o);
    }

    /** {@code object.__hash__}: identity-based, stable for the object's lifetime. */
    public static long identityHash(PyObject o) {
        return System.identityHashCode(o);
    }
}
