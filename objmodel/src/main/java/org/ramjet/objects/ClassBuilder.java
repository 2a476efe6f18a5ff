package org.ramjet.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The runtime of a {@code class} statement ({@code builtins.__build_class__}): resolves
 * {@code __mro_entries__}, the metaclass and {@code __prepare__}, runs the class body in the
 * namespace through the engine's {@link BodyRunner}, calls the metaclass, and checks the
 * {@code __class__} cell. {@link #buildClass} has the vectorcall shape, so the builtins module
 * registers it with one line: {@code .functionRaw("__build_class__", "(func, name, /, *bases,
 * metaclass=None, **kwds)", ClassBuilder::buildClass)}.
 */
public final class ClassBuilder {
    /** Runs a class body function with {@code namespace} as its locals mapping. */
    @FunctionalInterface
    public interface BodyRunner {
        /** Returns the body's {@code __class__} cell if it created one, else None. */
        PyObject run(PyFunction body, PyObject namespace);
    }

    private static volatile BodyRunner runner;

    private ClassBuilder() {}

    /** Registered by the interpreter at start-up. */
    public static void setBodyRunner(BodyRunner r) {
        runner = r;
    }

    /** {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}. */
    public static PyObject buildClass(PyObject[] args, int off, int npos, String[] kwnames) {
        if (npos < 2) {
            throw PyErrors.typeError("__build_class__: not enough arguments");
        }
        PyObject func = args[off];
        PyObject nameObj = args[off + 1];
        if (!(func instanceof PyFunction)) {
            throw PyErrors.typeError("__build_class__: func must be a function");
        }
        if (!Strs.isStr(nameObj)) {
            throw PyErrors.typeError("__build_class__: name is not a string");
        }
        PyObject[] origBases = new PyObject[npos - 2];
        System.arraycopy(args, off + 2, origBases, 0, origBases.length);
        PyObject[] bases = updateBases(origBases);
        PyObject meta = null;
        List<String> kwNames = new ArrayList<>();
        List<PyObject> kwValues = new ArrayList<>();
        int nkw = kwnames == null ? 0 : kwnames.length;
        for (int k = 0; k < nkw; k++) {
            PyObject v = args[off + npos + k];
            if (kwnames[k].equals("metaclass")) {
                meta = v;
            } else {
                kwNames.add(kwnames[k]);
                kwValues.add(v);
            }
        }
        boolean isClass;
        if (meta == null) {
            meta = bases.length == 0 ? TypeType.TYPE : bases[0].type();
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            PyType[] baseTypes = new PyType[bases.length];
            for (int i = 0; i < bases.length; i++) {
                if (!(bases[i] instanceof PyType)) {
                    // CPython lets a non-type base through here; the metaclass will complain
                    baseTypes = null;
                    break;
                }
                baseTypes[i] = (PyType) bases[i];
            }
            if (baseTypes != null) {
                meta = ClassCreation.calculateMetaclass((PyType) meta, baseTypes);
            }
        }
        String[] kwn = kwNames.toArray(new String[0]);
        PyObject[] kwv = kwValues.toArray(new PyObject[0]);
        PyTuple basesTuple = PyTuple.of(bases);
        PyObject prepare = Attributes.lookupAttr(meta, "__prepare__");
        PyObject ns;
        if (prepare == null) {
            ns = new PyDict();
        } else {
            PyObject[] pa = new PyObject[2 + kwv.length];
            pa[0] = nameObj;
            pa[1] = basesTuple;
            System.arraycopy(kwv, 0, pa, 2, kwv.length);
            ns = Calls.call(prepare, pa, 0, 2, kwn.length == 0 ? null : kwn);
        }
        if (ns.type().getitem == null) {
            throw PyErrors.typeError("%s.__prepare__() must return a mapping, not %s",
                    isClass ? ((PyType) meta).getName() : "<metaclass>", ns.type().getName());
        }
        BodyRunner r = runner;
        if (r == null) {
            throw PyErrors.systemError("__build_class__: no class body runner registered");
        }
        PyObject cell = r.run((PyFunction) func, ns);
        if (bases != origBases) {
            Abstract.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        }
        PyObject[] ma = new PyObject[3 + kwv.length];
        ma[0] = nameObj;
        ma[1] = basesTuple;
        ma[2] = ns;
        System.arraycopy(kwv, 0, ma, 3, kwv.length);
        PyObject cls = Calls.call(meta, ma, 0, 3, kwn.length == 0 ? null : kwn);
        if (cls instanceof PyType && cell instanceof PyCell) {
            PyObject cellCls = ((PyCell) cell).value;
            if (cellCls != cls) {
                if (cellCls == null) {
                    throw PyErrors.runtimeError("__class__ not set defining %s as %s. "
                            + "Was __classcell__ propagated to type.__new__?", Repr.reprString(nameObj), Repr.reprString(cls));
                }
                throw PyErrors.typeError("__class__ set to %s defining %s as %s", Repr.reprString(cellCls),
                        Repr.reprString(nameObj), Repr.reprString(cls));
            }
        }
        return cls;
    }

    /** PEP 560: replaces non-class bases that define {@code __mro_entries__}. */
    static PyObject[] updateBases(PyObject[] bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            if (b instanceof PyType) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject meth = Attributes.lookupAttr(b, "__mro_entries__");
            if (meth == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject entries = Calls.call(meth, PyTuple.of(bases.clone()));
            if (!(entries instanceof PyTuple)) {
                throw PyErrors.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    out.add(bases[j]);
                }
            }
            for (PyObject e : ((PyTuple) entries).items) {
                out.add(e);
            }
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }
}
