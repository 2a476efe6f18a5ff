package org.ramjet.objects;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** C3 linearization: a class's method resolution order, with CPython's error messages. */
final class Mro {
    private Mro() {}

    /** {@code [type] + merge(mro(b1), ..., mro(bn), [b1, ..., bn])}. */
    static PyType[] compute(PyType type, PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PyErrors.typeError("duplicate base class %s", bases[i].getName());
                }
            }
        }
        List<List<PyType>> toMerge = new ArrayList<>();
        for (PyType b : bases) {
            toMerge.add(new ArrayList<>(List.of(b.mro)));
        }
        toMerge.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            boolean empty = true;
            PyType candidate = null;
            for (List<PyType> seq : toMerge) {
                if (seq.isEmpty()) {
                    continue;
                }
                empty = false;
                PyType head = seq.get(0);
                if (!inTail(head, toMerge)) {
                    candidate = head;
                    break;
                }
            }
            if (empty) {
                return result.toArray(new PyType[0]);
            }
            if (candidate == null) {
                throw inconsistent(toMerge);
            }
            result.add(candidate);
            for (List<PyType> seq : toMerge) {
                if (!seq.isEmpty() && seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    private static boolean inTail(PyType t, List<List<PyType>> seqs) {
        for (List<PyType> seq : seqs) {
            for (int i = 1; i < seq.size(); i++) {
                if (seq.get(i) == t) {
                    return true;
                }
            }
        }
        return false;
    }

    private static PyException inconsistent(List<List<PyType>> toMerge) {
        LinkedHashSet<PyType> heads = new LinkedHashSet<>();
        for (List<PyType> seq : toMerge) {
            if (!seq.isEmpty()) {
                heads.add(seq.get(0));
            }
        }
        StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
        boolean first = true;
        for (PyType h : heads) {
            sb.append(first ? " " : ", ").append(h.getName());
            first = false;
        }
        return PyErrors.typeError("%s", sb.toString());
    }
}
