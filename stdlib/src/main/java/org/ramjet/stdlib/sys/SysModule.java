package org.ramjet.stdlib.sys;

import java.util.Map;
import org.ramjet.objects.Attributes;
import org.ramjet.objects.Calls;
import org.ramjet.objects.Ints;
import org.ramjet.objects.ModuleBuilder;
import org.ramjet.objects.Numbers;
import org.ramjet.objects.NumFmt;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.format.FormatError;
import org.ramjet.objects.format.IntText;
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
import org.ramjet.objects.ModuleRegistry;
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
        ModuleBuilder t = new ModuleBuilder("sys");
        PyModule m = t.module();
        m.dict.putStr("__doc__", PyStr.of("This module provides access to some objects used or maintained by the\n"
                + "interpreter and to functions that interact strongly with the interpreter."));
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

    private static void data(ModuleBuilder t, SystemState state, SystemConfig c) {
        t.value("argv", strList(c.argv));
        t.value("orig_argv", strList(c.origArgv));
        t.value("path", strList(c.path));
        t.value("modules", state.modules);
        t.value("meta_path", new PyList());
        t.value("path_hooks", new PyList());
        t.value("path_importer_cache", new PyDict());
        t.value("warnoptions", strList(c.warnOptions));
        PyDict x = new PyDict();
        for (Map.Entry<String, String> e : c.xOptions.entrySet()) {
            x.putStr(e.getKey(), e.getValue() == null ? PyBool.TRUE : PyStr.of(e.getValue()));
        }
        t.value("_xoptions", x);
        String javaVersion = System.getProperty("java.version");
        t.value("version", PyStr.of(SysInfo.PYTHON_VERSION + " (Ramjet " + c.ramjetVersion + ") [Java " + javaVersion + "]"));
        t.value("version_info", SysInfo.versionInfo(SysInfo.MAJOR, SysInfo.MINOR, SysInfo.MICRO, "final", 0));
        t.value("hexversion", PyInt.of(SysInfo.HEXVERSION));
        t.value("api_version", PyInt.of(1013));
        t.value("implementation", new SimpleNamespace()
                .with("name", PyStr.of("ramjet"))
                .with("cache_tag", PyNone.NONE)
                .with("version", ramjetVersionInfo(c.ramjetVersion))
                .with("hexversion", PyInt.of(SysInfo.HEXVERSION))
                .with("_multiarch", PyStr.of("x86_64-linux-gnu")));
        t.value("copyright", PyStr.of("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
                + "Ramjet: Python on the JVM."));
        t.value("platform", PyStr.of("linux"));
        t.value("byteorder", PyStr.of("little"));
        t.value("maxsize", PyInt.of(Long.MAX_VALUE));
        t.value("maxunicode", PyInt.of(0x10ffff));
        t.value("float_info", SysInfo.floatInfo());
        t.value("int_info", SysInfo.intInfo());
        t.value("hash_info", SysInfo.hashInfo());
        t.value("thread_info", SysInfo.threadInfo());
        t.value("float_repr_style", PyStr.of("short"));
        String seed = c.environment.get("PYTHONHASHSEED");
        t.value("flags", SysInfo.flags(c, seed == null || !seed.equals("0")));
        t.value("executable", PyStr.of(c.executable));
        t.value("_base_executable", PyStr.of(c.executable));
        String prefix = c.executable.isEmpty() ? "" : parentOfBin(c.executable);
        for (String p : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            t.value(p, PyStr.of(prefix));
        }
        t.value("platlibdir", PyStr.of("lib"));
        t.value("abiflags", PyStr.EMPTY);
        t.value("pycache_prefix", PyNone.NONE);
        t.value("dont_write_bytecode", PyBool.of(c.dontWriteBytecode != 0));
        PyObject[] names = java.util.Arrays.stream(ModuleRegistry.names()).map(PyStr::of).toArray(PyObject[]::new);
        t.value("builtin_module_names", PyTuple.of(names));
        PySet stdlibNames = PySet.of(true, PyTuple.of(names.clone()));
        t.value("stdlib_module_names", stdlibNames);
        if (c.interactive) {
            t.value("ps1", PyStr.of(">>> "));
            t.value("ps2", PyStr.of("... "));
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

    private static void streams(ModuleBuilder t, SystemState state) {
        t.value("stdin", state.stdin);
        t.value("stdout", state.stdout);
        t.value("stderr", state.stderr);
        t.value("__stdin__", state.stdin);
        t.value("__stdout__", state.stdout);
        t.value("__stderr__", state.stderr);
    }

    private static void functions(ModuleBuilder t, SystemState state) {
        t.function("exit", "($module, status=None, /)", (PyObject status) -> {
            PyObject[] args = status == null ? new PyObject[0] : new PyObject[] {status};
            throw new PyException(PyErrors.newException(PyExc.SystemExit, args));
        });
        t.function("getrecursionlimit", "($module, /)", () -> PyInt.of(ThreadState.recursionLimit()));
        t.function("setrecursionlimit", "($module, limit, /)", (PyObject limit) -> {
            if (!Ints.isInt(limit)) {
                throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", limit.type().getName());
            }
            int n = Args.intArg(limit);
            if (n < 1) {
                throw PyErrors.valueError("recursion limit must be greater or equal than 1");
            }
            // CPython counts the call of setrecursionlimit itself: one more than the Python frames
            int depth = ThreadState.current().depth + 1;
            if (depth >= n) {
                throw PyErrors.recursionError("cannot set the recursion limit to %d at the recursion depth %d: "
                        + "the limit is too low", n, depth);
            }
            ThreadState.setRecursionLimitUnchecked(n);
            return PyNone.NONE;
        });
        t.function("_getframe", "($module, depth=0, /)", (PyObject d) -> {
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
        t.function("exc_info", "($module, /)", () -> {
            PyObject e = ThreadState.current().excState.topmost();
            if (e == null) {
                return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            PyObject tb = Attributes.getAttr(e, "__traceback__");
            return PyTuple.of(e.type(), e, tb);
        });
        t.function("exception", "($module, /)", () -> {
            PyObject e = ThreadState.current().excState.topmost();
            return e == null ? PyNone.NONE : e;
        });
        t.function("getsizeof", "($module, object, default=<unrepresentable>)", (PyObject o, PyObject d) ->
                getsizeof(o, d));
        t.function("intern", "($module, string, /)", (PyObject s) -> {
            if (!(s instanceof PyStr)) {
                if (Strs.isStr(s)) {
                    throw PyErrors.typeError("can't intern %s", s.type().getName());
                }
                throw PyErrors.typeError("intern() argument must be str, not %s", s.type().getName());
            }
            PyStr prev = INTERNED.putIfAbsent(((PyStr) s).value, (PyStr) s);
            return prev == null ? s : prev;
        });
        t.function("getdefaultencoding", "($module, /)", () -> PyStr.of("utf-8"));
        t.function("getfilesystemencoding", "($module, /)", () -> PyStr.of("utf-8"));
        t.function("getfilesystemencodeerrors", "($module, /)", () -> PyStr.of("surrogateescape"));
        t.function("get_int_max_str_digits", "($module, /)", () -> PyInt.of(IntText.getMaxStrDigits()));
        t.function("set_int_max_str_digits", "($module, maxdigits)", (PyObject n) -> {
            try {
                IntText.setMaxStrDigits(Ints.asLong(Numbers.index(n)));
            } catch (FormatError e) {
                throw NumFmt.error(e);
            }
            return PyNone.NONE;
        });
        t.function("is_finalizing", "($module, /)", () -> PyBool.FALSE);
        t.function("getswitchinterval", "($module, /)", () -> org.ramjet.objects.PyFloat.of(0.005));
        t.function("setswitchinterval", "($module, interval, /)", (PyObject i) -> {
            double v = org.ramjet.objects.Floats.toDouble(Numbers.toFloat(i));
            if (v <= 0) {
                throw PyErrors.valueError("switch interval must be strictly positive");
            }
            return PyNone.NONE;
        });
        t.function("gettrace", "($module, /)", () -> PyNone.NONE);
        t.function("getprofile", "($module, /)", () -> PyNone.NONE);
        t.function("settrace", "($module, function, /)", (PyObject f) -> {
            if (f != PyNone.NONE) {
                throw PyErrors.notImplementedError("sys.settrace(): tracing is not supported by Ramjet yet");
            }
            return PyNone.NONE;
        });
        t.function("setprofile", "($module, function, /)", (PyObject f) -> {
            if (f != PyNone.NONE) {
                throw PyErrors.notImplementedError("sys.setprofile(): profiling is not supported by Ramjet yet");
            }
            return PyNone.NONE;
        });
        PyList auditHooks = new PyList();
        t.function("addaudithook", "($module, hook)", (PyObject hook) -> {
            auditHooks.append(hook);
            return PyNone.NONE;
        });
        t.functionRaw("audit", "($module, event, /, *args)", (a, off, npos, kw) -> {
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
        if (method == org.ramjet.objects.ObjectType.TYPE.lookup("__sizeof__")) {
            size += variablePart(o);
        }
        if (size < 0) {
            throw PyErrors.valueError("__sizeof__() should return >= 0");
        }
        // CPython adds the GC header (16 bytes) for objects the collector tracks
        boolean tracked = !(o instanceof PyInt || o instanceof PyStr || o instanceof org.ramjet.objects.PyFloat
                || o instanceof org.ramjet.objects.PyBytes || o instanceof PyBool || o == PyNone.NONE
                || o instanceof org.ramjet.objects.PyBigInt);
        return PyInt.of(size + (tracked ? 16 : 0));
    }

    /** What object.__sizeof__ does not count for builtin values of variable size (Java's layout). */
    private static long variablePart(PyObject o) {
        if (o instanceof PyStr) {
            String v = ((PyStr) o).value;
            return 24 + (long) v.length() * (((PyStr) o).isBmp() && v.chars().allMatch(c -> c < 256) ? 1 : 2);
        }
        if (o instanceof org.ramjet.objects.PyBytes) {
            return 16 + ((org.ramjet.objects.PyBytes) o).length();
        }
        if (o instanceof PyTuple) {
            return 16 + 8L * ((PyTuple) o).size();
        }
        if (o instanceof org.ramjet.objects.PyBigInt) {
            return 16 + ((org.ramjet.objects.PyBigInt) o).value.bitLength() / 8;
        }
        return 0;
    }

    private static void hooks(ModuleBuilder t, SystemState state, PyModule sys) {
        t.function("displayhook", "($module, object, /)", (PyObject v) -> displayhook(state, v));
        t.function("excepthook", "($module, exctype, value, traceback, /)",
                (PyObject type, PyObject value, PyObject tb) -> excepthook(state, value));
        t.functionRaw("breakpointhook", "($module, /, *args, **kws)", (a, off, npos, kw) -> {
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
        t.function("unraisablehook", "($module, unraisable, /)", (PyObject u) -> {
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
