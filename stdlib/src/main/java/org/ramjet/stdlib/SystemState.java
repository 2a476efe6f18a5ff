package org.ramjet.stdlib;

import java.nio.file.Path;
import org.ramjet.objects.Calls;
import org.ramjet.objects.Ints;
import org.ramjet.objects.PyBaseException;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyModule;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PySystemExit;
import org.ramjet.objects.Repr;
import org.ramjet.runtime.ExceptionFormatter;
import org.ramjet.runtime.ThreadState;
import org.ramjet.stdlib.builtins.BuiltinsModule;
import org.ramjet.stdlib.io.JavaStreamRaw;
import org.ramjet.stdlib.io.PyBuffered;
import org.ramjet.stdlib.io.PyFileIO;
import org.ramjet.stdlib.io.PyTextIO;
import org.ramjet.stdlib.io.RawStream;
import org.ramjet.stdlib.sys.SysModule;

/**
 * The state of one Python run (CPython's interpreter state): {@code sys.modules}, the
 * {@code builtins} and {@code sys} modules, the standard streams made from the
 * {@link SystemConfig}'s Java streams, and the {@link Importer}. The launcher (or a test)
 * creates one per run:
 *
 * <pre>{@code
 * SystemState state = new SystemState(config);        // builtins, sys, std streams
 * Engine.install(state.builtinsDict());                // the interpreter
 * ... register the hooks (see package-info) ...
 * PyModule main = state.newMainModule("script.py");
 * try { Engine.runModule(code, main.dict); }
 * catch (PyException e) { status = state.exitStatus(e); }   // SystemExit, or excepthook + 1
 * state.shutdown();                                      // flushes sys.stdout/stderr
 * }</pre>
 *
 * {@link #current()} is the most recently created state, for code that has no other route to
 * it (hooks called by the interpreter).
 */
public final class SystemState {
    private static volatile SystemState current;

    public final SystemConfig config;
    /** {@code sys.modules}. */
    public final PyDict modules = new PyDict();
    public final PyModule builtins;
    public final PyModule sys;
    public final Importer importer;
    /** The devices of descriptors 0, 1, 2 (what {@code open(1)} reaches). */
    private final RawStream[] standardDevices;
    /** The objects {@code sys.__stdin__}, {@code __stdout__}, {@code __stderr__}. */
    public final PyTextIO stdin, stdout, stderr;

    public SystemState(SystemConfig config) {
        this.config = config;
        config.cwd = config.cwd.toAbsolutePath().normalize();
        this.standardDevices = new RawStream[] {
            new JavaStreamRaw(config.stdin, 0, config.stdinIsTty),
            new JavaStreamRaw(config.stdout, 1, config.stdoutIsTty),
            new JavaStreamRaw(config.stderr, 2, config.stderrIsTty),
        };
        this.stdin = standardStream(0, "<stdin>", "r", "strict", config.stdinIsTty);
        this.stdout = standardStream(1, "<stdout>", "w", "strict", config.stdoutIsTty || config.unbuffered != 0);
        this.stderr = standardStream(2, "<stderr>", "w", "backslashreplace", true);
        current = this;
        ThreadState.setRecursionLimitUnchecked(1000); // a fresh run starts with CPython's default
        StdlibModules.register();
        this.builtins = BuiltinsModule.create(this);
        modules.putStr("builtins", builtins);
        this.sys = SysModule.create(this);
        modules.putStr("sys", sys);
        this.importer = new Importer(this);
    }

    private PyTextIO standardStream(int fd, String name, String mode, String errors, boolean lineBuffered) {
        RawStream dev = standardDevices[fd];
        PyFileIO raw = new PyFileIO(dev, PyStr.of(name), fd == 0 ? "rb" : "wb", false);
        PyBuffered buffer = new PyBuffered(PyBuffered.typeFor(fd == 0, fd != 0), raw, 8192);
        PyTextIO t = new PyTextIO(buffer, "utf-8", errors, fd == 0 ? null : "\n", lineBuffered);
        t.mode = PyStr.of(mode);
        return t;
    }

    /** The state of the current run (the last one created). */
    public static SystemState current() {
        SystemState s = current;
        if (s == null) {
            throw new IllegalStateException("no SystemState: the engine has not started");
        }
        return s;
    }

    /** The builtins namespace, for {@code Engine.install}. */
    public PyDict builtinsDict() {
        return builtins.dict;
    }

    /** The device behind descriptor 0, 1 or 2, or null. */
    public RawStream standardDevice(int fd) {
        return fd >= 0 && fd < 3 ? standardDevices[fd] : null;
    }

    /** {@code sys.<name>}, or null when unset. */
    public PyObject sysAttr(String name) {
        return sys.dict.getStr(name);
    }

    /** A path as the program sees it: relative paths against the configured working directory. */
    public Path resolvePath(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : config.cwd.resolve(p);
    }

    /** Creates {@code __main__} (in {@code sys.modules}) for a script, or for -c/REPL when file is null. */
    public PyModule newMainModule(String file) {
        PyModule main = new PyModule("__main__");
        main.dict.putStr("__builtins__", builtins);
        if (file != null) {
            main.dict.putStr("__file__", PyStr.of(file));
        }
        modules.putStr("__main__", main);
        return main;
    }

    /**
     * The exit status for an exception that ended the program: SystemExit's code (printing a
     * non-int code to stderr, as CPython does), else 1 after {@code sys.excepthook} reported it.
     */
    public int exitStatus(PyException e) {
        PyBaseException exc = e.value;
        if (exc.type().isSubtype(PyExc.SystemExit)) {
            return exitCode(exc);
        }
        reportException(exc);
        return 1;
    }

    private int exitCode(PyBaseException exc) {
        PyObject code = exc instanceof PySystemExit ? ((PySystemExit) exc).code : PyNone.NONE;
        if (code == PyNone.NONE) {
            return 0;
        }
        if (Ints.isInt(code)) {
            return (int) Ints.asLong(code);
        }
        flushQuietly(stdoutObject());
        writeQuietly(stderrObject(), Repr.strString(code) + "\n");
        return 1;
    }

    /** Calls {@code sys.excepthook(type, value, tb)}; falls back to the formatter when it fails. */
    public void reportException(PyBaseException exc) {
        PyObject hook = sysAttr("excepthook");
        if (hook != null && hook != PyNone.NONE) {
            try {
                flushQuietly(stdoutObject());
                PyObject tb = exc.traceback == null ? PyNone.NONE : exc.traceback;
                Calls.call(hook, exc.type(), exc, tb);
                return;
            } catch (PyException hookError) {
                writeQuietly(stderrObject(), "Error in sys.excepthook:\n"
                        + ExceptionFormatter.get().format(hookError.value)
                        + "\nOriginal exception was:\n");
            }
        } else {
            writeQuietly(stderrObject(), "sys.excepthook is missing\n");
        }
        writeQuietly(stderrObject(), ExceptionFormatter.get().format(exc));
    }

    /** The current {@code sys.stdout} (may have been replaced by the program). */
    public PyObject stdoutObject() {
        return sysAttr("stdout");
    }

    public PyObject stderrObject() {
        return sysAttr("stderr");
    }

    private static void writeQuietly(PyObject stream, String text) {
        if (stream == null || stream == PyNone.NONE) {
            return;
        }
        try {
            Calls.callMethod(stream, "write", PyStr.of(text));
            Calls.callMethod(stream, "flush");
        } catch (PyException ignored) {
            // nowhere left to report it
        }
    }

    private static void flushQuietly(PyObject stream) {
        if (stream == null || stream == PyNone.NONE) {
            return;
        }
        try {
            Calls.callMethod(stream, "flush");
        } catch (PyException ignored) {
            // as CPython's flush_std_files at exit
        }
    }

    /** End of run: flushes {@code sys.stdout} and {@code sys.stderr} (and the original streams). */
    public void shutdown() {
        flushQuietly(stdoutObject());
        flushQuietly(stderrObject());
        flushQuietly(stdout);
        flushQuietly(stderr);
    }

    /** {@code sys.exit(status)} from Java code (the embedding API). */
    public static PyException systemExit(int status) {
        return new PyException(org.ramjet.objects.PyErrors.newException(PyExc.SystemExit, PyInt.of(status)));
    }
}
