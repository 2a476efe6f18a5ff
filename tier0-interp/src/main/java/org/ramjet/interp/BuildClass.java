package org.ramjet.interp;

import java.util.ArrayList;
import java.util.List;
import org.ramjet.objects.ArgBinder;
import org.ramjet.objects.PyCell;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyFunction;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTuple;
import org.ramjet.objects.PyType;

/**
 * {@code builtins.__build_class__(func, name, *bases, metaclass=..., **kwds)}: what a
 * {@code class} statement calls. Resolves {@code __mro_entries__}, picks the most derived
 * metaclass, asks it to {@code __prepare__} the namespace, runs the class body in that
 * namespace, calls the metaclass, and checks that the {@code __class__} cell (zero-argument
 * {@code super()}) was filled by {@code type.__new__} from {@code __classcell__}.
 */
final class BuildClass {
    private BuildClass() {}

    static PyObject call(PyObject[] args, int off, int npos, String[] kwnames) {
        if (npos < 2) {
            throw Ops.typeError("__build_class__: not enough arguments");
        }
        PyObject func = args[off];
        if (!(func instanceof PyFunction)) {
            throw Ops.typeError("__build_class__: func must be a function");
        }
        PyObject name = args[off + 1];
        if (!(name instanceof PyStr)) {
            throw Ops.typeError("__build_class__: name is not a string");
        }
        PyObject[] origBases = new PyObject[npos - 2];
        System.arraycopy(args, off + 2, origBases, 0, origBases.length);
        PyObject[] bases = updateBases(origBases);

        // keyword arguments: metaclass=..., the rest go to __prepare__, the metaclass and __init_subclass__
        PyObject meta = null;
        List<String> kwNames = new ArrayList<>();
        List<PyObject> kwValues = new ArrayList<>();
        int nkw = kwnames == null ? 0 : kwnames.length;
        for (int k = 0; k < nkw; k++) {
            if (kwnames[k].equals("metaclass")) {
                meta = args[off + npos + k];
            } else {
                kwNames.add(kwnames[k]);
                kwValues.add(args[off + npos + k]);
            }
        }
        boolean isClass;
        if (meta == null) {
            meta = bases.length == 0 ? Ops.typeType() : bases[0].type();
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = calculateMetaclass((PyType) meta, bases);
        }
        PyTuple basesTuple = PyTuple.of(bases.clone());
        String[] kw = kwNames.toArray(new String[0]);

        PyObject ns;
        PyObject prepare = Ops.getAttrOrNull(meta, "__prepare__");
        if (prepare == null) {
            ns = new PyDict();
        } else {
            PyObject[] a = new PyObject[2 + kw.length];
            a[0] = name;
            a[1] = basesTuple;
            for (int k = 0; k < kw.length; k++) {
                a[2 + k] = kwValues.get(k);
            }
            ns = Ops.call(prepare, a, 0, 2, kw.length == 0 ? null : kw);
            if (!Ops.isMappingForUpdate(ns)) {
                String who = isClass ? ((PyType) meta).getName() : "<metaclass>";
                throw Ops.typeError(who + ".__prepare__() must return a mapping, not " + Ops.typeName(ns));
            }
        }

        PyObject cell = runBody((PyFunction) func, ns);

        if (bases.length != origBases.length || !sameItems(bases, origBases)) {
            Ops.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        }
        PyObject[] a = new PyObject[3 + kw.length];
        a[0] = name;
        a[1] = basesTuple;
        a[2] = ns;
        for (int k = 0; k < kw.length; k++) {
            a[3 + k] = kwValues.get(k);
        }
        PyObject cls = Ops.call(meta, a, 0, 3, kw.length == 0 ? null : kw);
        if (cls instanceof PyType && cell instanceof PyCell) {
            PyObject cellCls = ((PyCell) cell).value;
            if (cellCls != cls) {
                if (cellCls == null) {
                    throw Ops.runtimeError("__class__ not set defining " + Ops.reprString(name) + " as "
                            + Ops.reprString(cls) + ". Was __classcell__ propagated to type.__new__?");
                }
                throw Ops.typeError("__class__ set to " + Ops.reprString(cellCls) + " defining "
                        + Ops.reprString(name) + " as " + Ops.reprString(cls));
            }
        }
        return cls;
    }

    /** Runs the class body with {@code ns} as its locals; returns its result (the __class__ cell or None). */
    private static PyObject runBody(PyFunction body, PyObject ns) {
        PyObject[] slots = PyFrame.allocateSlots(body.code);
        ArgBinder.bind(body, org.ramjet.objects.Calls.NO_ARGS, 0, 0, null, slots);  // creates the cells
        PyFrame frame = new PyFrame(body.code, slots, body.globals, Engine.builtinsFor(body), ns);
        return Interpreter.execute(frame);
    }

    /** PEP 560: a base that is not a class may stand for others through {@code __mro_entries__}. */
    private static PyObject[] updateBases(PyObject[] bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject base = bases[i];
            if (base instanceof PyType) {
                if (out != null) {
                    out.add(base);
                }
                continue;
            }
            PyObject meth = Ops.getAttrOrNull(base, "__mro_entries__");
            if (meth == null) {
                if (out != null) {
                    out.add(base);
                }
                continue;
            }
            PyObject entries = Ops.call(meth, new PyObject[] {PyTuple.of(bases.clone())}, 0, 1, null);
            if (!(entries instanceof PyTuple)) {
                throw Ops.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    out.add(bases[j]);
                }
            }
            PyTuple t = (PyTuple) entries;
            for (int j = 0; j < t.size(); j++) {
                out.add(t.get(j));
            }
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    private static boolean sameItems(PyObject[] a, PyObject[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** The most derived of {@code meta} and the bases' metaclasses, or a "metaclass conflict". */
    static PyType calculateMetaclass(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject base : bases) {
            PyType t = base.type();
            if (winner.isSubtype(t)) {
                continue;
            }
            if (t.isSubtype(winner)) {
                winner = t;
                continue;
            }
            throw Ops.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    static boolean isNone(PyObject o) {
        return o == PyNone.NONE;
    }
}
