package org.ramjet.objects;

import java.util.ArrayList;

/**
 * The iteration protocol. Java-level iteration never uses exceptions: {@link #next} returns
 * {@code null} when the iterator is exhausted (the {@code next} slot's convention); a Python
 * {@code StopIteration} appears only when Python code calls {@code __next__} or {@code next()}.
 *
 * <pre>{@code
 * PyObject it = Iteration.iter(iterable);
 * for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) { ... }
 * }</pre>
 */
public final class Iteration {
    private Iteration() {}

    /** {@code iter(obj)}: "'int' object is not iterable". */
    public static PyObject iter(PyObject obj) {
        PyType t = obj.type();
        Slot.Unary it = t.iter;
        if (it != null) {
            PyObject r = it.apply(obj);
            if (r.type().next == null) {
                throw PyErrors.typeError("iter() returned non-iterator of type '%s'", r.type().getName());
            }
            return r;
        }
        if (t.getitem != null && !t.isSubtype(DictType.TYPE)) {
            return new SeqIterators.SequenceIterator(obj);
        }
        throw PyErrors.typeError("'%s' object is not iterable", t.getName());
    }

    /** {@code iter(callable, sentinel)}. */
    public static PyObject iter(PyObject callable, PyObject sentinel) {
        if (callable.type().call == null && !(callable instanceof PyFunction)) {
            throw PyErrors.typeError("iter(v, w): v must be callable");
        }
        return new SeqIterators.CallableIterator(callable, sentinel);
    }

    /** The next item, or null when exhausted. */
    public static PyObject next(PyObject iterator) {
        Slot.Next n = iterator.type().next;
        if (n == null) {
            throw PyErrors.typeError("'%s' object is not an iterator", iterator.type().getName());
        }
        try {
            return n.next(iterator);
        } catch (PyException e) {
            // a slot may raise StopIteration(value) (a generator that returned a value): exhausted
            if (e.matches(PyExc.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code next(it)} at the Python boundary: raises StopIteration when exhausted. */
    public static PyObject nextOrStop(PyObject iterator) {
        Slot.Next n = iterator.type().next;
        if (n == null) {
            throw PyErrors.typeError("'%s' object is not an iterator", iterator.type().getName());
        }
        PyObject v = n.next(iterator);  // a StopIteration(value) from the slot propagates as is
        if (v == null) {
            throw PyErrors.stopIteration(null);
        }
        return v;
    }

    /** All items of an iterable, as a fresh array. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple) {
            return ((PyTuple) iterable).items.clone();
        }
        if (iterable instanceof PyList) {
            return ((PyList) iterable).toArray();
        }
        ArrayList<PyObject> out = new ArrayList<>();
        PyObject it = iter(iterable);
        for (PyObject x = next(it); x != null; x = next(it)) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    /** {@link #toArray} with a custom TypeError message when the object is not iterable. */
    public static PyObject[] toArray(PyObject iterable, String notIterableMessage) {
        if (iterable.type().iter == null && iterable.type().getitem == null) {
            throw PyErrors.typeError("%s", notIterableMessage);
        }
        return toArray(iterable);
    }
}
