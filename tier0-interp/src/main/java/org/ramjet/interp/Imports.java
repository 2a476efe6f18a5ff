package org.ramjet.interp;

import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;

/** IMPORT_NAME, IMPORT_FROM and IMPORT_STAR. Module finding belongs to the launcher's hook. */
final class Imports {
    private Imports() {}

    /**
     * {@code builtins.__import__(name, globals, locals, fromlist, level)} when builtins defines
     * one, else the registered {@link Hooks.ImportHook} directly.
     */
    static PyObject importName(PyFrame frame, String name, PyObject fromlist, PyObject level) {
        PyObject locals = frame.locals == null ? PyNone.NONE : frame.locals;
        PyObject imp = frame.builtins.getStr("__import__");
        if (imp != null && imp != Engine.defaultImportFunction()) {
            PyObject[] args = {PyStr.of(name), frame.globals, locals, fromlist, level};
            return Ops.call(imp, args, 0, 5, null);
        }
        int lvl = (int) ((PyInt) level).value;
        return Hooks.importHook().importModule(name, frame.globals, locals, fromlist, lvl);
    }

    /** {@code from module import name}: the attribute, or the submodule {@code module.name}. */
    static PyObject importFrom(PyObject module, String name) {
        PyObject v = Ops.getAttrOrNull(module, name);
        if (v != null) {
            return v;
        }
        PyObject pkgName = Ops.getAttrOrNull(module, "__name__");
        if (pkgName instanceof PyStr) {
            String full = ((PyStr) pkgName).value + "." + name;
            PyObject sub = Ops.sysModule(full);
            if (sub != null) {
                return sub;
            }
        }
        String modName = pkgName instanceof PyStr ? ((PyStr) pkgName).value : "<unknown module name>";
        PyObject file = Ops.getAttrOrNull(module, "__file__");
        String where = file instanceof PyStr ? ((PyStr) file).value : "unknown location";
        PyException err = Ops.importError("cannot import name '" + name + "' from '" + modName + "' (" + where + ")");
        Ops.setImportErrorInfo(err, pkgName instanceof PyStr ? pkgName : PyNone.NONE,
                file instanceof PyStr ? file : PyNone.NONE, PyStr.of(name));
        throw err;
    }

    /** {@code from module import *}: the names in {@code __all__}, else the public names. */
    static void importStar(PyFrame frame, PyObject module) {
        if (frame.locals == null) {
            throw Ops.systemError("no locals found during 'import *'");
        }
        PyObject all = Ops.getAttrOrNull(module, "__all__");
        boolean skipPrivate = false;
        Iterable<PyObject> names;
        if (all != null) {
            names = Ops.iterate(all);
        } else {
            PyObject dict = Ops.getAttrOrNull(module, "__dict__");
            if (dict == null) {
                throw Ops.importError("from-import-* object has no __dict__ and no __all__");
            }
            names = Ops.mappingKeys(dict);
            skipPrivate = true;
        }
        for (PyObject n : names) {
            if (!(n instanceof PyStr)) {
                String what = all != null ? "Item in " + Ops.moduleNameOf(module) + ".__all__" : "Key in " + Ops.moduleNameOf(module) + ".__dict__";
                throw Ops.typeError(what + " must be str, not " + Ops.typeName(n));
            }
            String s = ((PyStr) n).value;
            if (skipPrivate && s.startsWith("_")) {
                continue;
            }
            Names.storeName(frame, s, Ops.getAttr(module, s));
        }
    }

    static boolean isDict(PyObject o) {
        return o instanceof PyDict;
    }
}
