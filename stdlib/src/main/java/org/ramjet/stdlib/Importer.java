package org.ramjet.stdlib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.Attributes;
import org.ramjet.objects.Iteration;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyImportError;
import org.ramjet.objects.PyList;
import org.ramjet.objects.ModuleRegistry;
import org.ramjet.objects.PyModule;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.Strs;
import org.ramjet.objects.Truth;
import org.ramjet.runtime.CodeRunner;
import org.ramjet.runtime.SourceCompiler;

/**
 * {@code import}: CPython's {@code __import__} semantics (relative names, packages, fromlist)
 * over three finders tried in order: the registry of Java modules ({@link ModuleRegistry}), the
 * Python-source standard modules shipped as resources, and {@code sys.path} directories
 * ({@code name.py}, or {@code name/__init__.py} for a package). Source modules are compiled
 * through {@link SourceCompiler} and run through {@link CodeRunner}, the hooks the launcher
 * registers, so this class needs neither the parser nor the interpreter.
 */
public final class Importer {
    private final SystemState state;

    Importer(SystemState state) {
        this.state = state;
    }

    /** {@code sys.modules.get(name)} or null (the interpreter's "already loaded" question). */
    public PyObject loadedModule(String name) {
        PyObject m = state.modules.getStr(name);
        return m == PyNone.NONE ? null : m;
    }

    /**
     * {@code __import__(name, globals, locals, fromlist, level)}: imports the module and its
     * parents; returns the top-level package, or the module itself when {@code fromlist} is
     * not empty.
     */
    public PyObject importModule(String name, PyDict globals, PyObject locals, PyObject fromlist, int level) {
        if (level < 0) {
            throw PyErrors.valueError("level must be >= 0");
        }
        String fullName = level > 0 ? resolveRelative(name, globals, level) : name;
        if (level == 0 && name.isEmpty()) {
            throw PyErrors.valueError("Empty module name");
        }
        PyObject module = importFull(fullName);
        boolean hasFromlist = fromlist != null && fromlist != PyNone.NONE && Truth.isTrue(fromlist);
        if (!hasFromlist) {
            if (level == 0) {
                int dot = name.indexOf('.');
                return dot < 0 ? module : state.modules.getStr(name.substring(0, dot));
            }
            if (name.isEmpty()) {
                return module;
            }
            int cut = name.length() - (name.indexOf('.') < 0 ? name.length() : name.indexOf('.'));
            String top = fullName.substring(0, fullName.length() - cut);
            PyObject m = state.modules.getStr(top);
            if (m == null) {
                throw PyErrors.keyError(String.format("'%s' not in sys.modules as expected", top));
            }
            return m;
        }
        if (Attributes.lookupAttr(module, "__path__") != null) {
            handleFromlist(module, fullName, fromlist);
        }
        return module;
    }

    private void handleFromlist(PyObject module, String moduleName, PyObject fromlist) {
        PyObject it = Iteration.iter(fromlist);
        for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            if (!Strs.isStr(x)) {
                throw PyErrors.typeError("Item in %s.__all__ must be str, not %s", moduleName, x.type().getName());
            }
            String item = Strs.value(x);
            if (item.equals("*")) {
                PyObject all = Attributes.lookupAttr(module, "__all__");
                if (all != null) {
                    handleFromlist(module, moduleName, all);
                }
            } else if (Attributes.lookupAttr(module, item) == null) {
                String sub = moduleName + "." + item;
                try {
                    importFull(sub);
                } catch (PyException e) {
                    if (!(e.matches(PyExc.ModuleNotFoundError) && isNamed(e, sub))) {
                        throw e;
                    }
                }
            }
        }
    }

    private static boolean isNamed(PyException e, String name) {
        return e.value instanceof PyImportError && ((PyImportError) e.value).name instanceof PyStr
                && Strs.value(((PyImportError) e.value).name).equals(name);
    }

    /** The absolute name of a relative import, as importlib's {@code _resolve_name}. */
    private String resolveRelative(String name, PyDict globals, int level) {
        String pkg = null;
        if (globals != null) {
            PyObject p = globals.getStr("__package__");
            if (p != null && p != PyNone.NONE) {
                if (!Strs.isStr(p)) {
                    throw PyErrors.typeError("package must be a string");
                }
                pkg = Strs.value(p);
            } else {
                PyObject n = globals.getStr("__name__");
                if (n != null && Strs.isStr(n)) {
                    pkg = Strs.value(n);
                    if (globals.getStr("__path__") == null) {
                        int dot = pkg.lastIndexOf('.');
                        pkg = dot < 0 ? "" : pkg.substring(0, dot);
                    }
                }
            }
        }
        if (pkg == null || pkg.isEmpty()) {
            throw importError("attempted relative import with no known parent package", null);
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw importError("attempted relative import beyond top-level package", null);
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports {@code fullName} and every parent package, returning the module itself. */
    public PyObject importFull(String fullName) {
        PyObject m = state.modules.getStr(fullName);
        if (m != null) {
            if (m == PyNone.NONE) {
                throw notFound(String.format("import of %s halted; None in sys.modules", fullName), fullName);
            }
            return m;
        }
        int dot = fullName.lastIndexOf('.');
        PyObject parent = null;
        if (dot >= 0) {
            String parentName = fullName.substring(0, dot);
            parent = importFull(parentName);
            // importing the parent may have imported us
            m = state.modules.getStr(fullName);
            if (m != null) {
                return m;
            }
            if (Attributes.lookupAttr(parent, "__path__") == null) {
                throw notFound(String.format("No module named '%s'; '%s' is not a package", fullName, parentName),
                        fullName);
            }
        }
        PyObject module = load(fullName, parent);
        if (parent != null) {
            Attributes.setAttr(parent, fullName.substring(dot + 1), module);
        }
        return module;
    }

    private PyObject load(String fullName, PyObject parent) {
        PyModule builtin = parent == null ? ModuleRegistry.create(fullName) : null;
        if (builtin != null) {
            state.modules.putStr(fullName, builtin);
            return builtin;
        }
        Object[] resource = StdlibModules.source(fullName);
        if (resource != null) {
            String file = (String) resource[0];
            return execSource(fullName, file, (byte[]) resource[1], file.endsWith("/__init__.py"),
                    file.substring(0, file.lastIndexOf('/')));
        }
        for (String dir : searchPath(parent)) {
            Path base = state.resolvePath(dir.isEmpty() ? "." : dir);
            String leaf = fullName.substring(fullName.lastIndexOf('.') + 1);
            Path pkgInit = base.resolve(leaf).resolve("__init__.py");
            Path file = base.resolve(leaf + ".py");
            try {
                if (Files.isRegularFile(pkgInit)) {
                    return execSource(fullName, displayPath(dir, leaf + "/__init__.py"), Files.readAllBytes(pkgInit),
                            true, displayPath(dir, leaf));
                }
                if (Files.isRegularFile(file)) {
                    return execSource(fullName, displayPath(dir, leaf + ".py"), Files.readAllBytes(file), false, null);
                }
            } catch (IOException e) {
                throw importError(String.format("cannot read %s: %s", file, e.getMessage()), fullName);
            }
        }
        throw notFound(String.format("No module named '%s'", fullName), fullName);
    }

    private static String displayPath(String dir, String rest) {
        if (dir.isEmpty()) {
            return rest;
        }
        return dir.endsWith("/") ? dir + rest : dir + "/" + rest;
    }

    /** The directories to search: the parent's {@code __path__}, else {@code sys.path}. */
    private Iterable<String> searchPath(PyObject parent) {
        PyObject path = parent != null ? Attributes.lookupAttr(parent, "__path__") : state.sysAttr("path");
        java.util.List<String> out = new java.util.ArrayList<>();
        if (path == null || path == PyNone.NONE) {
            return out;
        }
        PyObject it = Iteration.iter(path);
        for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            if (Strs.isStr(x)) {
                out.add(Strs.value(x));
            }
        }
        return out;
    }

    private PyObject execSource(String name, String file, byte[] source, boolean isPackage, String packageDir) {
        PyModule m = new PyModule(name);
        m.dict.putStr("__file__", PyStr.of(file));
        m.dict.putStr("__cached__", PyNone.NONE);
        m.dict.putStr("__builtins__", state.builtins);
        if (isPackage) {
            m.dict.putStr("__path__", new PyList(new PyObject[] {PyStr.of(packageDir)}));
            m.dict.putStr("__package__", PyStr.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            m.dict.putStr("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        state.modules.putStr(name, m);
        try {
            PyCode code = SourceCompiler.get().compile(PyBytes.of(source), file, "exec", 0, -1);
            CodeRunner.get().exec(code, m.dict, m.dict);
        } catch (RuntimeException e) {
            state.modules.removeStr(name);
            throw e;
        }
        // the module may have replaced itself in sys.modules
        PyObject result = state.modules.getStr(name);
        if (result == null) {
            throw importError(String.format("Loaded module %s not found in sys.modules", name), name);
        }
        return result;
    }

    private static PyException importError(String message, String name) {
        return withName(PyExc.ImportError, message, name);
    }

    private static PyException notFound(String message, String name) {
        return withName(PyExc.ModuleNotFoundError, message, name);
    }

    private static PyException withName(org.ramjet.objects.PyType type, String message, String name) {
        PyException e = PyErrors.of(type, message);
        if (name != null && e.value instanceof PyImportError) {
            ((PyImportError) e.value).name = PyStr.of(name);
        }
        return e;
    }

    /** {@code importlib}-free helper for Java callers: {@code import name} and return the module itself. */
    public PyObject require(String name) {
        return importFull(name);
    }
}
