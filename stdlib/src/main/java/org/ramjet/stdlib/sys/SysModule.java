package org.ramjet.stdlib.sys;

import java.util.Map;
import org.ramjet.objects.Attributes;
import org.ramjet.objects.Calls;
import org.ramjet.objects.Ints;
import org.ramjet.objects.MethodTable;
import org.ramjet.objects.Numbers;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyList;
import org.ramjet.objects.PyModule;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PySet;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTuple;
import org.ramjet.objects.PyType;
import org.ramjet.objects.Repr;
import org.ramjet.objects.Strs;
import org.ramjet.runtime.ExceptionFormatter;
import org.ramjet.runtime.ThreadState;
import org.ramjet.stdlib.Args;
import org.ramjet.stdlib.Frames;
import org.ramjet.stdlib.ModuleRegistry;
import org.ramjet.stdlib.SystemConfig;
import org.ramjet.stdlib.SystemState;
import org.ramjet.stdlib.types.SimpleNamespace;

/**
 * The {@code sys} module of a run. Interpreter state it reports or changes lives where the
 * tiers keep it: the recursion limit, frames and handled exceptions in {@link ThreadState};
 * streams, modules and paths in the {@link SystemState}.
 */
public final class SysModule {
    private SysModule() {}

    private static final Map<String, PyStr> INTERNED = new java.util.concurrent.ConcurrentHashMap<>();

    public static PyModule create(SystemState state) {
        PyModule m = new PyModule("sys");
        m.dict.putStr("__doc__", PyStr.of("This module provides access to some objects used or maintained by the\n"
                + "interpreter and to functions that interact strongly with the interpreter."));
        MethodTable t = MethodTable.forModule(m);
        SystemConfig c = state.config;
        data(t, state, c);
        streams(t, state);
        functions(t, state);
        hooks(t, state, m);
        return m;
    }

    private static PyList strList(java.util.List<String> items) {
        PyList l = new PyList();
        for (String s : items) {
            l.append(PyStr.of(s));
        }
        return l;
    }

    private static void data(MethodTable t, SystemState state, SystemConfig c) {
        t.attr("argv", strList(c.argv));
        t.attr("orig_argv", strList(c.origArgv));
        t.attr("path", strList(c.path));
        t.attr("modules", state.modules);
        t.attr("meta_path", new PyList());
        t.attr("path_hooks", new PyList());
        t.attr("path_importer_cache", new PyDict());
        t.attr("warnoptions", strList(c.warnOptions));
        PyDict x = new PyDict();
        for (Map.Entry<String, String> e : c.xOptions.entrySet()) {
            x.putStr(e.getKey(), e.getValue() == null ? PyBool.TRUE : PyStr.of(e.getValue()));
        }
        t.attr("_xoptions", x);
        String java = System.getProperty("java.version");
        t.attr("version", PyStr.of(SysInfo.PYTHON_VERSION + " (Ramjet " + c.ramjetVersion + ") [Java " + java + "]"));
        t.attr("version_info", SysInfo.versionInfo(SysInfo.MAJOR, SysInfo.MINOR, SysInfo.MICRO, "final", 0));
        t.attr("hexversion", PyInt.of(SysInfo.HEXVERSION));
        t.attr("api_version", PyInt.of(1013));
        t.attr("implementation", new SimpleNamespace()
                .with("name", PyStr.of("ramjet"))
                .with("cache_tag", PyNone.NONE)
                .with("version", ramjetVersionInfo(c.ramjetVersion))
                .with("hexversion", PyInt.of(SysInfo.HEXVERSION))
                .with("_multiarch", PyStr.of("x86_64-linux-gnu")));
        t.attr("copyright", PyStr.of("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
                + "Ramjet: Python on the JVM."));
        t.attr("platform", PyStr.of("linux"));
        t.attr("byteorder", PyStr.of("little"));
        t.attr("maxsize", PyInt.of(Long.MAX_VALUE));
        t.attr("maxunicode", PyInt.of(0x10ffff));
        t.attr("float_info", SysInfo.floatInfo());
        t.attr("int_info", SysInfo.intInfo());
        t.attr("hash_info", SysInfo.hashInfo());
        t.attr("thread_info", SysInfo.threadInfo());
        t.attr("float_repr_style", PyStr.of("short"));
        String seed = c.environment.get("PYTHONHASHSEED");
        t.attr("flags", SysInfo.flags(c, seed == null || !seed.equals("0")));
        t.attr("executable", PyStr.of(c.executable));
        t.attr("_base_executable", PyStr.of(c.executable));
        String prefix = c.executable.isEmpty() ? "" : parentOfBin(c.executable);
        for (String p : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            t.attr(p, PyStr.of(prefix));
        }
        t.attr("platlibdir", PyStr.of("lib"));
        t.attr("abiflags", PyStr.EMPTY);
        t.attr("pycache_prefix", PyNone.NONE);
        t.attr("dont_write_bytecode", PyBool.of(c.dontWriteBytecode != 0));
        PyObject[] names = ModuleRegistry.names().stream().map(PyStr::of).toArray(PyObject[]::new);
        t.attr("builtin_module_names", PyTuple.of(names));
        PySet stdlibNames = new PySet(true);
        for (PyObject n : names) {
            stdlibNames.add(n);
        }
        t.attr("stdlib_module_names", stdlibNames);
        if (c.interactive) {
            t.attr("ps1", PyStr.of(">>> "));
            t.attr("ps2", PyStr.of("... "));
        }
    }

    private static String parentOfBin(String executable) {
        java.nio.file.Path p = java.nio.file.Path.of(executable).toAbsolutePath().getParent();
        if (p != null && p.getFileName() != null && p.getFileName().toString().equals("bin") && p.getParent() != null) {
            return p.getParent().toString();
        }
        return p == null ? "" : p.toString();
    }

    private static PyObject ramjetVersionInfo(String version) {
        String[] parts = version.split("[.-]");
        int[] v = new int[3];
        for (int i = 0; i < 3 && i < parts.length; i++) {
            try {
                v[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                v[i] = 0;
            }
        }
        return SysInfo.versionInfo(v[0], v[1], v[2], v[0] == 0 ? "alpha" : "final", 0);
    }

    private static void streams(MethodTable t, SystemState state) {
        t.attr("stdin", state.stdin);
        t.attr("stdout", state.stdout);
        t.attr("stderr", state.stderr);
        t.attr("__stdin__", state.stdin);
        t.attr("__stdout__", state.stdout);
        t.attr("__stderr__", state.stderr);
    }

    private static void functions(MethodTable t, SystemState state) {
        t.method("exit", "($module, status=None, /)", (PyObject m, PyObject status) -> {
            PyObject[] args = status == null ? new PyObject[0] : new PyObject[] {status};
            throw new PyException(PyErrors.newException(PyExc.SystemExit, args));
        });
        t.method("getrecursionlimit", "($module, /)", (PyObject m) -> PyInt.of(ThreadState.recursionLimit()));
        t.method("setrecursionlimit", "($module, limit, /)", (PyObject m, PyObject limit) -> {
            if (!Ints.isInt(limit)) {
                throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", limit.type().getName());
            }
            int n = Args.intArg(limit);
            if (n < 1) {
                throw PyErrors.valueError("recursion limit must be greater or equal than 1");
            }
            int depth = ThreadState.current().depth;
            if (depth >= n) {
                throw PyErrors.recursionError("cannot set the recursion limit to %d at the recursion depth %d: "
                        + "the limit is too low", n, depth);
            }
            ThreadState.setRecursionLimitUnchecked(n);
            return PyNone.NONE;
        });
        t.method("_getframe", "($module, depth=0, /)", (PyObject m, PyObject d) -> {
            long depth = d == null ? 0 : Args.index(d);
            PyFrame f = Frames.caller();
            for (long i = 0; i < depth && f != null; i++) {
                f = f.back;
            }
            if (f == null) {
                throw PyErrors.valueError("call stack is not deep enough");
            }
            return f;
        });
        t.method("exc_info", "($module, /)", (PyObject m) -> {
            PyObject e = ThreadState.current().excState.topmost();
            if (e == null) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            PyObject tb = Attributes.getAttr(e, "__traceback__");
            return PyTuple.of(e.type(), e, tb);
        });
        t.method("exception", "($module, /)", (PyObject m) -> {
            PyObject e = ThreadState.current().excState.topmost();
            return e == null ? PyNone.NONE : e;
        });
        t.method("getsizeof", "($module, object, default=<unrepresentable>)", (PyObject m, PyObject o, PyObject d) ->
                getsizeof(o, d));
        t.method("intern", "($module, string, /)", (PyObject m, PyObject s) -> {
            if (!(s instanceof PyStr)) {
                throw PyErrors.typeError("intern() argument must be str, not %s", s.type().getName());
            }
            PyStr prev = INTERNED.putIfAbsent(((PyStr) s).value, (PyStr) s);
            return prev == null ? s : prev;
        });
        t.method("getdefaultencoding", "($module, /)", (PyObject m) -> PyStr.of("utf-8"));
        t.method("getfilesystemencoding", "($module, /)", (PyObject m) -> PyStr.of("utf-8"));
        t.method("getfilesystemencodeerrors", "($module, /)", (PyObject m) -> PyStr.of("surrogateescape"));
        t.method("get_int_max_str_digits", "($module, /)", (PyObject m) -> PyInt.of(Ints.maxStrDigits()));
        t.method("set_int_max_str_digits", "($module, maxdigits)", (PyObject m, PyObject n) -> {
            long v = Args.index(n);
            if (v != 0 && v < Ints.MAX_STR_DIGITS_THRESHOLD) {
                throw PyErrors.valueError("maxdigits must be 0 or larger than %d", Ints.MAX_STR_DIGITS_THRESHOLD);
            }
            Ints.setMaxStrDigits((int) Math.min(v, Integer.MAX_VALUE));
            return PyNone.NONE;
        });
        t.method("is_finalizing", "($module, /)", (PyObject m) -> PyBool.FALSE);
        t.method("getswitchinterval", "($module, /)", (PyObject m) -> org.ramjet.objects.PyFloat.of(0.005));
        t.method("setswitchinterval", "($module, interval, /)", (PyObject m, PyObject i) -> {
            double v = org.ramjet.objects.Floats.toDouble(Numbers.toFloat(i));
            if (v <= 0) {
                throw PyErrors.valueError("switch interval must be strictly positive");
            }
            return PyNone.NONE;
        });
        t.method("gettrace", "($module, /)", (PyObject m) -> PyNone.NONE);
        t.method("getprofile", "($module, /)", (PyObject m) -> PyNone.NONE);
        t.method("settrace", "($module, function, /)", (PyObject m, PyObject f) -> {
            if (f != PyNone.NONE) {
                throw PyErrors.notImplementedError("sys.settrace(): tracing is not supported by Ramjet yet");
            }
            return PyNone.NONE;
        });
        t.method("setprofile", "($module, function, /)", (PyObject m, PyObject f) -> {
            if (f != PyNone.NONE) {
                throw PyErrors.notImplementedError("sys.setprofile(): profiling is not supported by Ramjet yet");
            }
            return PyNone.NONE;
        });
        PyList auditHooks = new PyList();
        t.method("addaudithook", "($module, hook)", (PyObject m, PyObject hook) -> {
            auditHooks.append(hook);
            return PyNone.NONE;
        });
        t.methodRaw("audit", "($module, event, /, *args)", (m, a, off, npos, kw) -> {
            if (npos < 1) {
                throw PyErrors.typeError("audit() missing 1 required positional argument: 'event'");
            }
            if (!Strs.isStr(a[off])) {
                throw PyErrors.typeError("expected str for argument 'event', not %s", a[off].type().getName());
            }
            if (auditHooks.size() > 0) {
                PyTuple args = Calls.argsTuple(a, off + 1, npos - 1);
                for (PyObject hook : auditHooks.toArray()) {
                    Calls.call(hook, a[off], args);
                }
            }
            return PyNone.NONE;
        });
    }

    static PyObject getsizeof(PyObject o, PyObject dflt) {
        PyType t = o.type();
        PyObject method = t.lookup("__sizeof__");
        if (method == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErrors.typeError("Type %s doesn't define __sizeof__", t.getName());
        }
        PyObject r;
        try {
            r = Calls.call(Attributes.bindDescriptor(method, o, t));
        } catch (PyException e) {
            if (dflt != null && e.matches(PyExc.TypeError)) {
                return dflt;
            }
            throw e;
        }
        if (!Ints.isInt(r)) {
            throw PyErrors.typeError("an integer is required");
        }
        long size = Ints.asLong(r);
        if (size < 0) {
            throw PyErrors.valueError("__sizeof__() should return >= 0");
        }
        // CPython adds the GC header (16 bytes) for objects the collector tracks
        boolean tracked = !(o instanceof PyInt || o instanceof PyStr || o instanceof org.ramjet.objects.PyFloat
                || o instanceof org.ramjet.objects.PyBytes || o instanceof PyBool || o == PyNone.NONE
                || o instanceof org.ramjet.objects.PyBigInt);
        return PyInt.of(size + (tracked ? 16 : 0));
    }

    private static void hooks(MethodTable t, SystemState state, PyModule sys) {
        t.method("displayhook", "($module, object, /)", (PyObject m, PyObject v) -> displayhook(state, v));
        t.method("excepthook", "($module, exctype, value, traceback, /)",
                (PyObject m, PyObject type, PyObject value, PyObject tb) -> excepthook(state, value));
        t.methodRaw("breakpointhook", "($module, /, *args, **kws)", (m, a, off, npos, kw) -> {
            String env = state.config.environment.get("PYTHONBREAKPOINT");
            if (env != null && env.equals("0")) {
                return PyNone.NONE;
            }
            PyObject err = state.sysAttr("stderr");
            if (err != null && err != PyNone.NONE) {
                Calls.callMethod(err, "write", PyStr.of("breakpoint(): pdb is not available in Ramjet; continuing\n"));
            }
            return PyNone.NONE;
        });
        t.method("unraisablehook", "($module, unraisable, /)", (PyObject m, PyObject u) -> {
            PyObject err = state.sysAttr("stderr");
            PyObject exc = Attributes.lookupAttr(u, "exc_value");
            PyObject msg = Attributes.lookupAttr(u, "err_msg");
            PyObject obj = Attributes.lookupAttr(u, "object");
            String head = (msg != null && msg != PyNone.NONE ? Repr.strString(msg) : "Exception ignored in")
                    + (obj != null && obj != PyNone.NONE ? ": " + Repr.reprString(obj) : "") + "\n";
            if (err != null && err != PyNone.NONE) {
                Calls.callMethod(err, "write", PyStr.of(head + (exc instanceof org.ramjet.objects.PyBaseException
                        ? ExceptionFormatter.get().format((org.ramjet.objects.PyBaseException) exc) : "")));
            }
            return PyNone.NONE;
        });
        for (String name : new String[] {"displayhook", "excepthook", "breakpointhook", "unraisablehook"}) {
            sys.dict.putStr("__" + name + "__", sys.dict.getStr(name));
        }
    }

    /** The default {@code sys.displayhook}: repr to stdout, and remember it as {@code builtins._}. */
    static PyObject displayhook(SystemState state, PyObject value) {
        if (value == PyNone.NONE) {
            return PyNone.NONE;
        }
        PyDict builtins = state.builtins.dict;
        builtins.putStr("_", PyNone.NONE);
        PyObject out = state.sysAttr("stdout");
        if (out == null || out == PyNone.NONE) {
            throw PyErrors.runtimeError("lost sys.stdout");
        }
        Calls.callMethod(out, "write", PyStr.of(Repr.reprString(value)));
        Calls.callMethod(out, "write", PyStr.of("\n"));
        builtins.putStr("_", value);
        return PyNone.NONE;
    }

    /** The default {@code sys.excepthook}: the traceback report on {@code sys.stderr}. */
    static PyObject excepthook(SystemState state, PyObject value) {
        PyObject err = state.sysAttr("stderr");
        if (err == null || err == PyNone.NONE) {
            return PyNone.NONE;
        }
        String text;
        if (value instanceof org.ramjet.objects.PyBaseException) {
            text = ExceptionFormatter.get().format((org.ramjet.objects.PyBaseException) value);
        } else {
            text = "TypeError: print_exception(): Exception expected for value, " + value.type().getName()
                    + " found\n";
        }
        Calls.callMethod(err, "write", PyStr.of(text));
        Calls.callMethod(err, "flush");
        return PyNone.NONE;
    }
}
