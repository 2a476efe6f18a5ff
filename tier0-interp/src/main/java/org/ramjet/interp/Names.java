package org.ramjet.interp;

import org.ramjet.bytecode.PyCode;
import org.ramjet.feedback.GlobalSource;
import org.ramjet.feedback.SiteFeedback;
import org.ramjet.objects.PyCell;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;

/** Name look-ups of the interpreter (globals, builtins, locals mappings) and their errors. */
final class Names {
    private Names() {}

    static PyException unboundLocal(String name) {
        return Ops.unboundLocalError("cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    static PyException unboundDeref(PyCode code, int i) {
        if (i < code.cellvars.length) {
            return unboundLocal(code.cellvars[i]);
        }
        return Ops.nameError("cannot access free variable '" + code.freevars[i - code.cellvars.length]
                + "' where it is not associated with a value in enclosing scope", code.freevars[i - code.cellvars.length]);
    }

    static PyException notDefined(String name) {
        return Ops.nameError("name '" + name + "' is not defined", name);
    }

    static String cellName(PyCode code, int i) {
        return i < code.cellvars.length ? code.cellvars[i] : code.freevars[i - code.cellvars.length];
    }

    /** LOAD_CLASSDEREF: the class namespace first, then the cell. */
    static PyObject loadClassDeref(PyFrame frame, int i) {
        String name = cellName(frame.code, i);
        PyObject v = lookupMapping(frame.locals, name);
        if (v != null) {
            return v;
        }
        v = frame.cell(i).value;
        if (v == null) {
            throw unboundDeref(frame.code, i);
        }
        return v;
    }

    /** A name in a locals mapping (a dict fast, any mapping through {@code __getitem__}), or null. */
    static PyObject lookupMapping(PyObject mapping, String name) {
        if (mapping == null) {
            throw Ops.systemError("no locals when loading '" + name + "'");
        }
        if (mapping instanceof PyDict && Ops.isExactDict(mapping)) {
            return ((PyDict) mapping).getStr(name);
        }
        try {
            return Ops.getItem(mapping, PyStr.of(name));
        } catch (PyException e) {
            if (Ops.isKeyError(e)) {
                return null;
            }
            throw e;
        }
    }

    static PyObject loadName(PyFrame frame, String name) {
        PyObject v = lookupMapping(frame.locals, name);
        if (v != null) {
            return v;
        }
        v = frame.globals.getStr(name);
        if (v != null) {
            return v;
        }
        v = frame.builtins.getStr(name);
        if (v != null) {
            return v;
        }
        throw notDefined(name);
    }

    static void storeName(PyFrame frame, String name, PyObject value) {
        PyObject mapping = frame.locals;
        if (mapping == null) {
            throw Ops.systemError("no locals found when storing '" + name + "'");
        }
        if (mapping instanceof PyDict && Ops.isExactDict(mapping)) {
            ((PyDict) mapping).putStr(name, value);
        } else {
            Ops.setItem(mapping, PyStr.of(name), value);
        }
    }

    static void deleteName(PyFrame frame, String name) {
        PyObject mapping = frame.locals;
        if (mapping == null) {
            throw Ops.systemError("no locals when deleting '" + name + "'");
        }
        if (mapping instanceof PyDict && Ops.isExactDict(mapping)) {
            if (((PyDict) mapping).removeStr(name) == null) {
                throw notDefined(name);
            }
            return;
        }
        try {
            Ops.delItem(mapping, PyStr.of(name));
        } catch (PyException e) {
            if (Ops.isKeyError(e)) {
                throw notDefined(name);
            }
            throw e;
        }
    }

    /**
     * A LOAD_GLOBAL site's cache: the value found while the globals (and, for a builtin, the
     * builtins) dict kept its {@link PyDict#version}. Reused in place on a miss.
     */
    static final class GlobalCache {
        PyDict globals;
        int globalsVersion;
        PyDict builtins;  // null when the value came from globals
        int builtinsVersion;
        PyObject value;

        boolean hit(PyDict g, PyDict b) {
            return g == globals && g.version == globalsVersion
                    && (builtins == null || (b == builtins && b.version == builtinsVersion));
        }
    }

    static PyObject loadGlobal(PyFrame frame, String name, SiteFeedback site, Object[] caches, int bci) {
        PyDict g = frame.globals, b = frame.builtins;
        Object c = caches[bci];
        if (c != null && ((GlobalCache) c).hit(g, b)) {
            return ((GlobalCache) c).value;
        }
        return loadGlobalSlow(g, b, name, site, caches, bci);
    }

    private static PyObject loadGlobalSlow(PyDict g, PyDict b, String name, SiteFeedback site, Object[] caches, int bci) {
        PyObject v = g.getStr(name);
        PyDict from = null;
        if (v != null) {
            site.record(GlobalSource.GLOBALS);
        } else {
            v = b.getStr(name);
            if (v == null) {
                throw notDefined(name);
            }
            site.record(GlobalSource.BUILTINS);
            from = b;
        }
        if (!g.isView() && (from == null || !from.isView())) {
            GlobalCache cache = caches[bci] == null ? new GlobalCache() : (GlobalCache) caches[bci];
            cache.globals = g;
            cache.globalsVersion = g.version;
            cache.builtins = from;
            cache.builtinsVersion = from == null ? 0 : from.version;
            cache.value = v;
            caches[bci] = cache;
        }
        return v;
    }

    static void deleteGlobal(PyFrame frame, String name) {
        if (frame.globals.removeStr(name) == null) {
            throw notDefined(name);
        }
    }

    static PyObject loadBuildClass(PyFrame frame) {
        PyObject v = frame.builtins.getStr("__build_class__");
        if (v == null) {
            throw Ops.nameError("__build_class__ not found", "__build_class__");
        }
        return v;
    }

    static void setupAnnotations(PyFrame frame) {
        PyObject mapping = frame.locals;
        if (mapping == null) {
            throw Ops.systemError("no locals found when setting up annotations");
        }
        if (lookupMapping(mapping, "__annotations__") == null) {
            storeName(frame, "__annotations__", new PyDict());
        }
    }
}
