package org.ramjet.interp;

import org.ramjet.bytecode.PyCode;
import org.ramjet.interp.traceback.CaretLine;
import org.ramjet.interp.traceback.ParsedSegments;
import org.ramjet.interp.traceback.PyExceptionAccess;
import org.ramjet.interp.traceback.TracebackFormatter;
import org.ramjet.objects.ArgBinder;
import org.ramjet.objects.ClassBuilder;
import org.ramjet.objects.PyBaseException;
import org.ramjet.objects.PyCell;
import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyFrame;
import org.ramjet.objects.PyFunction;
import org.ramjet.objects.PyModule;
import org.ramjet.objects.PySuper;
import org.ramjet.runtime.ThreadState;
import org.ramjet.objects.PyObject;

/**
 * The interpreter's entry points for the launcher (a short tour of the module):
 * <ol>
 * <li>{@link #install} once at start-up: registers the interpreter as the runner of every
 *     {@link PyFunction} and of {@code exec}/{@code eval} ({@link org.ramjet.runtime.CodeRunner}),
 *     and puts {@code __build_class__} into the builtins.</li>
 * <li>Register the hooks the interpreter calls back: {@link Hooks#setImportHook},
 *     {@link Hooks#setDisplayHook}, {@link Hooks#setSourceLines},
 *     {@link Tiering#setPolicy}.</li>
 * <li>{@link #runModule} (or {@link #exec} for {@code exec}/{@code eval}) inside
 *     {@link BigStack#call}, so deep recursion has room.</li>
 * <li>For an uncaught exception, {@link #formatException} gives CPython's traceback text.</li>
 * </ol>
 */
public final class Engine {
    private static volatile PyDict builtins;
    private static volatile PyObject buildClassFunction;
    private static volatile CaretLine.SegmentParser segmentParser = ParsedSegments.INSTANCE;

    private Engine() {}

    /**
     * Makes the interpreter the executor of Python functions and adds {@code __build_class__}
     * to {@code builtinsDict}, which becomes the builtins of code run without a
     * {@code __builtins__} global.
     */
    public static synchronized void install(PyDict builtinsDict) {
        PyFunction.setInvoker(Functions::invoke);
        org.ramjet.runtime.CodeRunner.set(Engine::exec);
        PySuper.setZeroArgSource(Engine::superArguments);
        ClassBuilder.setBodyRunner(Engine::runClassBody);
        builtins = builtinsDict;
        if (buildClassFunction == null) {
            buildClassFunction = Ops.builtinFunction("__build_class__", "(func, name, /, *bases, **kwds)",
                    (self, args, off, npos, kw) -> ClassBuilder.buildClass(args, off, npos, kw));
        }
        if (builtinsDict.getStr("__build_class__") == null) {
            builtinsDict.putStr("__build_class__", buildClassFunction);
        }
    }

    /** Runs a class body with {@code ns} as its locals; returns its result (the __class__ cell or None). */
    private static PyObject runClassBody(PyFunction body, PyObject ns) {
        PyObject[] slots = PyFrame.allocateSlots(body.code);
        ArgBinder.bind(body, org.ramjet.objects.Calls.NO_ARGS, 0, 0, null, slots); // creates the cells
        return Interpreter.execute(new PyFrame(body.code, slots, body.globals, builtinsFor(body), ns));
    }

    /** The builtins dict given to {@link #install}. */
    public static PyDict builtins() {
        PyDict b = builtins;
        if (b == null) {
            throw new IllegalStateException("Engine.install was not called");
        }
        return b;
    }

    /** Sets the parser used to place caret markers under binary operations and subscripts. */
    public static void setSegmentParser(CaretLine.SegmentParser parser) {
        segmentParser = parser;
    }

    /**
     * Runs a module's code with {@code globals} as both globals and locals (as CPython runs
     * {@code __main__}); sets {@code __builtins__} when missing. Python exceptions propagate
     * as {@link org.ramjet.objects.PyException} with their traceback filled in.
     */
    public static PyObject runModule(PyCode code, PyDict globals) {
        return exec(code, globals, globals);
    }

    /** {@code exec(code, globals, locals)} / {@code eval}: runs {@code code} with a locals mapping. */
    public static PyObject exec(PyCode code, PyDict globals, PyObject locals) {
        if (code.freevars.length > 0) {
            throw Ops.typeError("code object passed to exec() may not contain free variables");
        }
        if (globals.getStr("__builtins__") == null) {
            globals.putStr("__builtins__", builtinsModuleOrDict());
        }
        PyObject[] slots = PyFrame.allocateSlots(code);
        for (int i = 0; i < code.cellvars.length; i++) {
            slots[code.varnames.length + i] = new PyCell(null);
        }
        PyFrame frame = new PyFrame(code, slots, globals, builtinsFromGlobals(globals), locals);
        return Interpreter.execute(frame);
    }

    /** The builtins namespace code with these globals sees ({@code globals['__builtins__']}). */
    public static PyDict builtinsFromGlobals(PyDict globals) {
        PyObject b = globals.getStr("__builtins__");
        if (b instanceof PyModule) {
            return ((PyModule) b).dict;
        }
        if (b instanceof PyDict) {
            return (PyDict) b;
        }
        return builtins();
    }

    static PyDict builtinsFor(PyFunction fn) {
        PyObject b = fn.builtins;
        if (b instanceof PyDict) {
            return (PyDict) b;
        }
        PyDict d = builtinsFromGlobals(fn.globals);
        fn.builtins = d;
        return d;
    }

    private static PyObject builtinsModuleOrDict() {
        PyObject module = Ops.sysModule("builtins");
        return module != null ? module : builtins();
    }

    /** The {@code __import__} that means "use the import hook directly" (none is registered yet). */
    static PyObject defaultImportFunction() {
        return null;
    }

    /**
     * Zero-argument {@code super()}: the {@code __class__} cell and the first argument of the
     * innermost Python frame (the first argument read through its cell when it is captured).
     */
    static PyObject[] superArguments() {
        PyFrame frame = ThreadState.current().frame;
        if (frame == null || frame.code.argcount == 0) {
            throw Ops.runtimeError("super(): no arguments");
        }
        PyCode code = frame.code;
        PyObject first = frame.slots[0];
        for (int i = 0; i < code.cell2arg.length; i++) {
            if (code.cell2arg[i] == 0) {
                first = frame.slots[code.varnames.length + i];
            }
        }
        if (first == null) {
            throw Ops.runtimeError("super(): arg[0] deleted");
        }
        PyObject classCell = null;
        for (int i = 0; i < code.freevars.length; i++) {
            if (code.freevars[i].equals("__class__")) {
                classCell = frame.slots[code.varnames.length + code.cellvars.length + i];
                if (!(classCell instanceof PyCell)) {
                    throw Ops.runtimeError("super(): bad __class__ cell");
                }
            }
        }
        return new PyObject[] {classCell, first};
    }

    /** CPython 3.11's text for an uncaught exception, ending with a newline. */
    public static String formatException(PyBaseException exc) {
        return new TracebackFormatter(new PyExceptionAccess(), Hooks.sourceLines(), segmentParser,
                Ops.tracebackLimit()).format(exc);
    }
}
