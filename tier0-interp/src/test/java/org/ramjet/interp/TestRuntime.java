package org.ramjet.interp;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.*;
import org.ramjet.parser.Parser;
import org.ramjet.parser.compiler.Compiler;
import org.ramjet.parser.lexer.SourceText;

/**
 * A minimal runtime for the interpreter's tests: the builtin types and exceptions objcore
 * defines, a handful of builtin functions ({@code print} writes to a buffer), and a short
 * Python prelude ({@code range}, {@code enumerate}, {@code zip} as generators). The real
 * builtins module belongs to the stdlib and the launcher; this is just enough to run test
 * programs through parser, compiler and interpreter.
 */
final class TestRuntime {
    private static PyDict builtins;
    static final StringBuilder OUT = new StringBuilder();

    private TestRuntime() {}

    static synchronized void init() {
        if (builtins != null) {
            return;
        }
        builtins = new PyDict();
        Engine.install(builtins);
        put("int", IntType.TYPE);
        put("str", StrType.TYPE);
        put("float", FloatType.TYPE);
        put("bool", BoolType.TYPE);
        put("list", ListType.TYPE);
        put("tuple", TupleType.TYPE);
        put("dict", DictType.TYPE);
        put("object", ObjectType.TYPE);
        put("type", TypeType.TYPE);
        put("super", FunctionTypes.SUPER);
        put("property", FunctionTypes.PROPERTY);
        put("classmethod", FunctionTypes.CLASSMETHOD);
        put("staticmethod", FunctionTypes.STATICMETHOD);
        put("None", PyNone.NONE);
        put("True", PyBool.TRUE);
        put("False", PyBool.FALSE);
        for (Field f : PyExc.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == PyType.class) {
                try {
                    put(f.getName(), (PyObject) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        fn("print", "(*args, sep=' ', end='\\n')", (self, a, off, npos, kw) -> {
            String sep = " ", end = "\n";
            for (int k = 0; kw != null && k < kw.length; k++) {
                String v = Repr.strString(a[off + npos + k]);
                if (kw[k].equals("sep")) {
                    sep = v;
                } else if (kw[k].equals("end")) {
                    end = v;
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(Repr.strString(a[off + i]));
            }
            OUT.append(sb).append(end);
            return PyNone.NONE;
        });
        fn("len", "(obj, /)", (self, a, off, npos, kw) -> PyInt.of(Abstract.len(a[off])));
        fn("repr", "(obj, /)", (self, a, off, npos, kw) -> Repr.repr(a[off]));
        fn("isinstance", "(obj, cls, /)", (self, a, off, npos, kw) -> PyBool.of(Abstract.isInstance(a[off], a[off + 1])));
        fn("iter", "(obj, /)", (self, a, off, npos, kw) -> Iteration.iter(a[off]));
        fn("next", "(it, /)", (self, a, off, npos, kw) -> Iteration.nextOrStop(a[off]));
        fn("getattr", "(obj, name, /)", (self, a, off, npos, kw) -> Attributes.getAttr(a[off], Strs.value(a[off + 1])));
        fn("hasattr", "(obj, name, /)", (self, a, off, npos, kw) ->
                PyBool.of(Attributes.lookupAttr(a[off], Strs.value(a[off + 1])) != null));
        PyDict preludeGlobals = new PyDict();
        preludeGlobals.putStr("__name__", PyStr.of("builtins"));
        preludeGlobals.putStr("__builtins__", builtins);
        Engine.runModule(compile("<prelude>",
                "def range(a, b=None, step=1):\n"
                + "    if b is None:\n"
                + "        a, b = 0, a\n"
                + "    i = a\n"
                + "    out = []\n"
                + "    while (i < b) if step > 0 else (i > b):\n"
                + "        out.append(i)\n"
                + "        i += step\n"
                + "    return out\n"
                + "def enumerate(it, start=0):\n"
                + "    for x in it:\n"
                + "        yield start, x\n"
                + "        start += 1\n"
                + "def zip(a, b):\n"
                + "    ib = iter(b)\n"
                + "    for x in a:\n"
                + "        try:\n"
                + "            y = next(ib)\n"
                + "        except StopIteration:\n"
                + "            return\n"
                + "        yield x, y\n"
                + "def sorted(it, key=None, reverse=False):\n"
                + "    out = list(it)\n"
                + "    out.sort(key=key, reverse=reverse)\n"
                + "    return out\n"
                + "def map(f, it):\n"
                + "    for x in it:\n"
                + "        yield f(x)\n"
                + "def reversed(seq):\n"
                + "    i = len(seq) - 1\n"
                + "    while i >= 0:\n"
                + "        yield seq[i]\n"
                + "        i -= 1\n"
                + "def sum(xs, start=0):\n"
                + "    for x in xs:\n"
                + "        start = start + x\n"
                + "    return start\n"), preludeGlobals);
        for (String name : new String[] {"range", "enumerate", "zip", "sum", "sorted", "map", "reversed"}) {
            put(name, preludeGlobals.getStr(name));
        }
    }

    private static void put(String name, PyObject value) {
        builtins.putStr(name, value);
    }

    private static void fn(String name, String sig, BuiltinFn.MK<PyObject> f) {
        put(name, PyBuiltinFunction.of(name, sig, f));
    }

    static PyDict globals() {
        init();
        PyDict g = new PyDict();
        g.putStr("__name__", PyStr.of("__main__"));
        g.putStr("__builtins__", builtins);
        return g;
    }

    static PyCode compile(String filename, String source) {
        SourceText text = SourceText.fromString(filename, source);
        return Compiler.compile(Parser.parseFile(text), text, Compiler.Mode.EXEC, 0);
    }

    /**
     * Runs {@code source} as {@code __main__} on a big-stack thread; returns what it printed,
     * followed by the formatted traceback when an exception escaped.
     */
    static String run(String source) {
        return run(source, "test.py");
    }

    /** Runs {@code source} in {@code globals} on the calling thread; output goes to {@link #OUT}. */
    static void exec(String source, PyDict globals) {
        synchronized (RUN_LOCK) {
            init();
            OUT.setLength(0);
            Engine.runModule(compile("test.py", source), globals);
        }
    }

    /** Runs {@code source} on the calling thread (whatever its stack size). */
    static String runOnCurrentThread(String source) {
        synchronized (RUN_LOCK) {
            init();
            OUT.setLength(0);
            PyCode code = compile("test.py", source);
            try {
                Engine.runModule(code, globals());
            } catch (PyException e) {
                OUT.append(Engine.formatException(e.value));
            }
            return OUT.toString();
        }
    }

    /** Runs {@code source}; tracebacks name the file {@code shownName}. */
    static String run(String source, String shownName) {
        synchronized (RUN_LOCK) {
            return runLocked(source, shownName);
        }
    }

    private static final Object RUN_LOCK = new Object();

    private static String runLocked(String source, String shownName) {
        init();
        PyDict globals = globals();
        OUT.setLength(0);
        try {
            Path file = Files.createTempFile("ramjet-test", ".py");
            Files.write(file, source.getBytes(StandardCharsets.UTF_8));
            String name = file.toString();
            try {
                PyCode code = compile(name, source);
                return BigStack.call(() -> {
                    try {
                        Engine.runModule(code, globals);
                    } catch (PyException e) {
                        OUT.append(Engine.formatException(e.value).replace(name, shownName));
                    }
                    return OUT.toString();
                });
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
