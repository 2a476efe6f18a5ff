package org.ramjet.interp;

import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTuple;
import org.ramjet.objects.PyType;

/** The {@code match} statement's instructions: MATCH_CLASS, MATCH_MAPPING/SEQUENCE, MATCH_KEYS. */
final class Matching {
    private Matching() {}

    static boolean isMapping(PyObject subject) {
        return Ops.hasTypeFlag(subject, Ops.FLAG_MAPPING);
    }

    static boolean isSequence(PyObject subject) {
        return Ops.hasTypeFlag(subject, Ops.FLAG_SEQUENCE);
    }

    /**
     * MATCH_KEYS: the values for {@code keys} looked up with {@code subject.get(key, dummy)}, as
     * a tuple, or None when one is missing.
     */
    static PyObject matchKeys(PyObject subject, PyTuple keys) {
        int n = keys.size();
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        PyObject get = Ops.getAttr(subject, "get");
        PyObject dummy = Ops.newObject();
        PyObject[] values = new PyObject[n];
        java.util.ArrayList<PyObject> seen = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            PyObject key = keys.get(i);
            for (PyObject k : seen) {
                if (Ops.richEquals(k, key)) {
                    throw Ops.valueError("mapping pattern checks duplicate key (" + Ops.reprString(key) + ")");
                }
            }
            seen.add(key);
            PyObject v = Ops.call(get, new PyObject[] {key, dummy}, 0, 2, null);
            if (v == dummy) {
                return PyNone.NONE;
            }
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    /**
     * MATCH_CLASS: {@code isinstance(subject, cls)}, then {@code nargs} positional attributes named
     * by {@code cls.__match_args__} (or the subject itself for the self-matching builtins) and
     * the keyword attributes in {@code kwNames}; a tuple of them, or None on failure.
     */
    static PyObject matchClass(PyObject subject, PyObject cls, int nargs, PyTuple kwNames) {
        if (!(cls instanceof PyType)) {
            throw Ops.typeError("called match pattern must be a type");
        }
        PyType type = (PyType) cls;
        if (!Ops.isInstance(subject, type)) {
            return PyNone.NONE;
        }
        int nkw = kwNames.size();
        PyObject[] attrs = new PyObject[nargs + nkw];
        java.util.ArrayList<String> seen = new java.util.ArrayList<>();
        boolean matchSelf = false;
        PyTuple matchArgs = null;
        if (nargs > 0) {
            PyObject ma;
            try {
                ma = Ops.getAttrOrNull(type, "__match_args__");
            } catch (PyException e) {
                throw e;
            }
            if (ma != null) {
                if (!(ma instanceof PyTuple) || !Ops.isExactTuple(ma)) {
                    throw Ops.typeError(type.getName() + ".__match_args__ must be a tuple (got "
                            + Ops.typeName(ma) + ")");
                }
                matchArgs = (PyTuple) ma;
            } else {
                matchSelf = matchesSelf(type);
                matchArgs = PyTuple.EMPTY;
            }
            int allowed = matchSelf ? 1 : matchArgs.size();
            if (allowed < nargs) {
                String plural = allowed == 1 ? "" : "s";
                throw Ops.typeError(type.getName() + "() accepts " + allowed + " positional sub-pattern"
                        + plural + " (" + nargs + " given)");
            }
        }
        for (int i = 0; i < nargs; i++) {
            if (matchSelf) {
                attrs[i] = subject;
                continue;
            }
            PyObject name = matchArgs.get(i);
            if (!(name instanceof PyStr)) {
                throw Ops.typeError("__match_args__ elements must be strings (got " + Ops.typeName(name) + ")");
            }
            PyObject v = matchAttr(subject, type, ((PyStr) name).value, seen);
            if (v == null) {
                return PyNone.NONE;
            }
            attrs[i] = v;
        }
        for (int i = 0; i < nkw; i++) {
            PyObject v = matchAttr(subject, type, ((PyStr) kwNames.get(i)).value, seen);
            if (v == null) {
                return PyNone.NONE;
            }
            attrs[nargs + i] = v;
        }
        return PyTuple.of(attrs);
    }

    private static PyObject matchAttr(PyObject subject, PyType type, String name, java.util.List<String> seen) {
        if (seen.contains(name)) {
            throw Ops.typeError(type.getName() + "() got multiple sub-patterns for attribute '" + name + "'");
        }
        seen.add(name);
        return Ops.getAttrOrNull(subject, name);
    }

    /**
     * CPython's {@code _Py_TPFLAGS_MATCH_SELF}: {@code case int(x)} binds the subject itself for
     * these builtins and their subclasses.
     */
    private static final PyType[] MATCH_SELF_TYPES = {
        org.ramjet.objects.IntType.TYPE, org.ramjet.objects.FloatType.TYPE, org.ramjet.objects.StrType.TYPE,
        org.ramjet.objects.BytesType.TYPE, org.ramjet.objects.DictType.TYPE, org.ramjet.objects.ListType.TYPE,
        org.ramjet.objects.TupleType.TYPE, org.ramjet.objects.BoolType.TYPE,
    };

    private static boolean matchesSelf(PyType type) {
        if (type.hasFlag(Ops.FLAG_MATCH_SELF)) {
            return true;
        }
        for (PyType t : MATCH_SELF_TYPES) {
            if (type.isSubtype(t)) {
                return true;
            }
        }
        String name = type.getName();
        for (PyType t : type.getMro()) {
            if (!t.isHeapType() && (t.getName().equals("set") || t.getName().equals("frozenset")
                    || t.getName().equals("bytearray"))) {
                return true;
            }
        }
        return false;
    }
}
