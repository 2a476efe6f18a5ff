package org.ramjet.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code type.__new__(metatype, name, bases, ns, **kwds)}: creating a Python class. Computes the
 * layout (best base, {@code __slots__} members, {@code __dict__}), the MRO (C3, or a metaclass
 * {@code mro()} override), fills the slots from the MRO, then runs {@code __set_name__} on the
 * namespace values and the parent's {@code __init_subclass__}. Also {@code __bases__}
 * assignment and the metaclass calculation used by {@code __build_class__}.
 */
public final class ClassCreation {
    private ClassCreation() {}

    /** The most derived metaclass among {@code meta} and the bases' types, or "metaclass conflict". */
    public static PyType calculateMetaclass(PyType meta, PyType[] bases) {
        PyType winner = meta;
        for (PyType b : bases) {
            PyType bt = b.type();
            if (winner.isSubtype(bt)) {
                continue;
            }
            if (bt.isSubtype(winner)) {
                winner = bt;
                continue;
            }
            throw PyErrors.typeError("metaclass conflict: the metaclass of a derived class must be a "
                    + "(non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** Creates a class (see the class comment); {@code kwnames}/{@code kwvalues} go to {@code __init_subclass__}. */
    public static PyType create(PyType metatype, String name, PyType[] bases, PyDict ns, String[] kwnames,
                                PyObject[] kwvalues) {
        if (bases.length == 0) {
            bases = new PyType[] {ObjectType.TYPE};
        }
        for (PyType b : bases) {
            if (!b.hasFlag(TypeFlags.BASETYPE)) {
                throw PyErrors.typeError("type '%s' is not an acceptable base type", b.getName());
            }
        }
        PyType best = bestBase(bases);
        PyType t = new PyType(name, null, metatype, TypeFlags.HEAPTYPE | TypeFlags.BASETYPE | TypeFlags.READY);
        t.bases = bases.clone();
        t.base = best;
        t.solidBase = best.solidBase;
        for (PyType b : bases) {
            t.flags |= b.flags & (TypeFlags.INHERITED | TypeFlags.VALUE_TYPE | TypeFlags.HAS_DICT);
        }
        PyDict dict = ns.copy();
        if (dict.getStr("__module__") == null) {
            // type(name, bases, ns) called from Python: the caller's module, as CPython's type_new
            PyFrame caller = org.ramjet.runtime.ThreadState.current().frame;
            PyObject module = caller == null ? null : caller.globals.getStr("__name__");
            if (module != null) {
                dict.putStr("__module__", module);
            }
        }
        t.dict = dict;
        setupQualname(t, dict);
        setupSlots(t, best, dict);
        if (dict.getStr("__doc__") == null) {
            dict.putStr("__doc__", PyNone.NONE);
        }
        wrapImplicitMethods(dict);
        if (dict.getStr("__eq__") != null && dict.getStr("__hash__") == null) {
            dict.putStr("__hash__", PyNone.NONE);
        }
        PyObject cell = dict.removeStr("__classcell__");
        t.mro = metatype == TypeType.TYPE || isDefaultMro(metatype) ? Mro.compute(t, bases) : customMro(t);
        TypeSpec.inheritSlots(t, best);
        SlotDef.fill(t);
        for (PyType b : bases) {
            b.addSubclass(t);
        }
        if (cell != null) {
            if (!(cell instanceof PyCell)) {
                throw PyErrors.typeError("__classcell__ must be a nonlocal cell, not %s", cell.type().getName());
            }
            ((PyCell) cell).value = t;
        }
        setNames(t);
        initSubclass(t, kwnames, kwvalues);
        return t;
    }

    private static boolean isDefaultMro(PyType metatype) {
        return metatype.lookup("mro") == TypeType.TYPE.dict().getStr("mro");
    }

    private static PyType[] customMro(PyType t) {
        t.mro = Mro.compute(t, t.bases); // so that look-ups work while the metaclass runs
        PyObject r = Calls.callMethod(t, "mro");
        PyObject[] items = Iteration.toArray(r);
        PyType[] mro = new PyType[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType)) {
                throw PyErrors.typeError("mro() returned a non-class ('%s')", items[i].type().getName());
            }
            mro[i] = (PyType) items[i];
        }
        return mro;
    }

    /** The C3 MRO of {@code t} as {@code type.mro()} returns it. */
    static PyObject[] defaultMro(PyType t) {
        PyType[] mro = t.bases.length == 0 ? t.mro : Mro.compute(t, t.bases);
        return mro.clone();
    }

    /** The base whose layout the new class extends; "multiple bases have instance lay-out conflict". */
    static PyType bestBase(PyType[] bases) {
        PyType best = null, bestSolid = null;
        for (PyType b : bases) {
            PyType s = b.solidBase;
            if (best == null) {
                best = b;
                bestSolid = s;
            } else if (bestSolid.isSubtype(s) && sameMembers(bestSolid, b)) {
                // keep
            } else if (s.isSubtype(bestSolid) && sameMembers(b, best)) {
                best = b;
                bestSolid = s;
            } else {
                throw PyErrors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    private static boolean sameMembers(PyType keep, PyType other) {
        return other.memberNames.length == 0 || java.util.Arrays.equals(keep.memberNames, other.memberNames)
                || keep.memberNames.length >= other.memberNames.length
                && java.util.Arrays.equals(java.util.Arrays.copyOf(keep.memberNames, other.memberNames.length), other.memberNames);
    }

    private static void setupQualname(PyType t, PyDict dict) {
        PyObject q = dict.removeStr("__qualname__");
        if (q != null) {
            if (!Strs.isStr(q)) {
                throw PyErrors.typeError("type __qualname__ must be a str, not %s", q.type().getName());
            }
            t.qualname = Strs.value(q);
        }
    }

    /** {@code __slots__}: members after the base's, and whether instances get a {@code __dict__}. */
    private static void setupSlots(PyType t, PyType best, PyDict dict) {
        PyObject slotsObj = dict.getStr("__slots__");
        List<String> members = new ArrayList<>(List.of(best.memberNames));
        boolean addDict;
        if (slotsObj == null) {
            addDict = !t.hasInstanceDict();
            t.flags |= TypeFlags.HAS_DICT;
        } else {
            t.flags |= TypeFlags.HAS_SLOTS;
            PyObject[] names = Strs.isStr(slotsObj) ? new PyObject[] {slotsObj} : Iteration.toArray(slotsObj);
            addDict = false;
            for (PyObject n : names) {
                if (!Strs.isStr(n)) {
                    throw PyErrors.typeError("__slots__ items must be strings, not '%s'", n.type().getName());
                }
                String s = Strs.value(n);
                if (!isIdentifier(s)) {
                    throw PyErrors.typeError("__slots__ must be identifiers");
                }
                if (s.equals("__dict__")) {
                    if (t.hasInstanceDict() || addDict) {
                        throw PyErrors.typeError("__dict__ slot disallowed: we already got one");
                    }
                    addDict = true;
                    t.flags |= TypeFlags.HAS_DICT;
                    continue;
                }
                if (s.equals("__weakref__")) {
                    continue;
                }
                String mangled = mangle(t.name, s);
                if (dict.getStr(mangled) != null) {
                    throw PyErrors.valueError("'%s' in __slots__ conflicts with class variable", s);
                }
                if (members.contains(mangled)) {
                    continue;
                }
                members.add(mangled);
                final int index = members.size() - 1;
                final String shown = mangled;
                dict.putStr(mangled, new PyGetSetDescriptor(mangled, t,
                        (PyObject self) -> Attributes.storageOf(self).slot(index),
                        (PyObject self, PyObject v) -> {
                            if (v == null && Attributes.storageOf(self).slot(index) == null) {
                                throw PyErrors.attributeError(self, shown);
                            }
                            Attributes.storageOf(self).setSlot(index, v);
                        }, null, true));
            }
        }
        t.memberNames = members.toArray(new String[0]);
        if (addDict && dict.getStr("__dict__") == null) {
            dict.putStr("__dict__", new PyGetSetDescriptor("__dict__", t,
                    (PyObject self) -> {
                        PyDict d = Attributes.instanceDict(self);
                        if (d == null) {
                            throw PyErrors.attributeError(self, "__dict__");
                        }
                        return d;
                    },
                    (PyObject self, PyObject v) -> {
                        if (v == null) {
                            throw PyErrors.typeError("cannot delete __dict__");
                        }
                        if (!(v instanceof PyDict)) {
                            throw PyErrors.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().getName());
                        }
                        Attributes.storageOf(self).replaceDict((PyDict) v);
                    }, null, false));
            if (dict.getStr("__weakref__") == null) {
                dict.putStr("__weakref__", new PyGetSetDescriptor("__weakref__", t, (PyObject self) -> PyNone.NONE,
                        null, null, false));
            }
        }
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isUnicodeIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    /** Private name mangling: {@code __x} in class {@code _A} becomes {@code _A__x}. */
    public static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    /** {@code __new__} becomes a staticmethod, {@code __init_subclass__}/{@code __class_getitem__} classmethods. */
    private static void wrapImplicitMethods(PyDict dict) {
        PyObject n = dict.getStr("__new__");
        if (n instanceof PyFunction) {
            dict.putStr("__new__", new PyStaticMethod(n));
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = dict.getStr(cm);
            if (f instanceof PyFunction) {
                dict.putStr(cm, new PyClassMethod(f));
            }
        }
    }

    private static void setNames(PyType t) {
        PyDict d = t.dict;
        PyObject[] keys = d.keysArray();
        for (PyObject k : keys) {
            PyObject v = d.get(k);
            if (v == null) {
                continue;
            }
            PyObject setName = v.type().lookup("__set_name__");
            if (setName == null) {
                continue;
            }
            try {
                Dunder.callFound(setName, v, t, k);
            } catch (PyException e) {
                PyException wrapped = PyErrors.runtimeError("Error calling __set_name__ on '%s' instance %s in '%s'",
                        v.type().getName(), Repr.reprString(k), t.getName());
                wrapped.value.cause = e.value;
                wrapped.value.suppressContext = true;
                throw wrapped;
            }
        }
    }

    private static void initSubclass(PyType t, String[] kwnames, PyObject[] kwvalues) {
        PyType[] mro = t.mro;
        for (int i = 1; i < mro.length; i++) {
            PyObject f = mro[i].dict().getStr("__init_subclass__");
            if (f != null) {
                PyObject bound = Attributes.bindDescriptor(f, t, t);
                if (f instanceof PyMethodDescriptor || f instanceof PyClassMethod || f instanceof PyStaticMethod) {
                    bound = Attributes.bindDescriptor(f, null, t);
                }
                int n = kwnames == null ? 0 : kwnames.length;
                Calls.call(bound, kwvalues == null ? Calls.NO_ARGS : kwvalues, 0, 0, n == 0 ? null : kwnames);
                return;
            }
        }
    }

    /** {@code cls.__bases__ = (...)}: recomputes the MRO of cls and its subclasses and refills slots. */
    static void setBases(PyType t, PyObject value) {
        if (!(value instanceof PyTuple)) {
            throw PyErrors.typeError("can only assign tuple to %s.__bases__, not %s", t.getName(), value.type().getName());
        }
        PyObject[] items = ((PyTuple) value).items;
        if (items.length == 0) {
            throw PyErrors.typeError("can only assign non-empty tuple to %s.__bases__, not ()", t.getName());
        }
        PyType[] bases = new PyType[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType)) {
                throw PyErrors.typeError("%s.__bases__ must be tuple of classes, not '%s'", t.getName(),
                        items[i].type().getName());
            }
            bases[i] = (PyType) items[i];
            if (bases[i].isSubtype(t)) {
                throw PyErrors.typeError("a __bases__ item causes an inheritance cycle");
            }
        }
        PyType best = bestBase(bases);
        if (best.solidBase != t.base.solidBase) {
            throw PyErrors.typeError("__bases__ assignment: '%s' deallocator differs from '%s'", best.getName(),
                    t.base.getName());
        }
        PyType[] oldBases = t.bases;
        PyType[] newMro = Mro.compute(t, bases);
        for (PyType b : oldBases) {
            b.removeSubclass(t);
        }
        t.bases = bases;
        t.base = best;
        t.mro = newMro;
        for (PyType b : bases) {
            b.addSubclass(t);
        }
        recomputeSubclassMros(t);
        t.bumpVersion();
        refillAll(t);
    }

    private static void recomputeSubclassMros(PyType t) {
        for (PyType sub : t.subclasses()) {
            sub.mro = Mro.compute(sub, sub.bases);
            recomputeSubclassMros(sub);
        }
    }

    private static void refillAll(PyType t) {
        SlotDef.fill(t);
        for (PyType sub : t.subclasses()) {
            refillAll(sub);
        }
    }
}
