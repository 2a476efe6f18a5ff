package org.ramjet.launcher;

import org.ramjet.bytecode.PyCode;
import org.ramjet.interp.Engine;
import org.ramjet.interp.Hooks;
import org.ramjet.objects.Calls;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyExc;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyTuple;
import org.ramjet.objects.PyType;
import org.ramjet.objects.Strs;
import org.ramjet.parser.Parser;
import org.ramjet.parser.SyntaxErrorException;
import org.ramjet.parser.compiler.Compiler;
import org.ramjet.parser.lexer.SourceText;
import org.ramjet.runtime.ExceptionFormatter;
import org.ramjet.runtime.SourceCompiler;
import org.ramjet.stdlib.StdlibModules;
import org.ramjet.stdlib.SystemState;

/**
 * Connects a run's {@link SystemState} (the stdlib) with the parser and the interpreter, which
 * the stdlib cannot see: installs the builtins into the interpreter and registers every hook
 * in both directions. Call {@link #install} once per run, before running code.
 *
 * <ul>
 * <li>{@link SourceCompiler}: {@code compile}/{@code exec}/{@code eval} and the importer
 *     compile through the parser and bytecode compiler; syntax errors become Python
 *     {@code SyntaxError}s.</li>
 * <li>{@link org.ramjet.runtime.CodeRunner} and {@code __build_class__}: {@link Engine#install}.</li>
 * <li>{@link ExceptionFormatter}: {@code sys.excepthook} formats with the interpreter's
 *     traceback formatter.</li>
 * <li>{@link Hooks#setImportHook}: the interpreter's IMPORT_NAME and {@code sys.modules}
 *     look-ups go to the run's {@link org.ramjet.stdlib.Importer}.</li>
 * <li>{@link Hooks#setDisplayHook}: PRINT_EXPR calls the current {@code sys.displayhook}.</li>
 * <li>{@link Hooks#setSourceLines}: traceback lines of stdlib source modules come from the
 *     class-path resources.</li>
 * </ul>
 */
public final class StdlibWiring {
    private StdlibWiring() {}

    public static void install(SystemState state) {
        SourceCompiler.set(StdlibWiring::compile);
        Engine.install(state.builtinsDict());
        ExceptionFormatter.set(Engine::formatException);
        Hooks.setImportHook(new Hooks.ImportHook() {
            @Override
            public PyObject importModule(String name, org.ramjet.objects.PyDict globals, PyObject locals,
                                         PyObject fromlist, int level) {
                return state.importer.importModule(name, globals, locals, fromlist, level);
            }

            @Override
            public PyObject loadedModule(String name) {
                return state.importer.loadedModule(name);
            }
        });
        Hooks.setDisplayHook(value -> {
            PyObject hook = state.sysAttr("displayhook");
            if (hook == null) {
                throw PyErrors.runtimeError("lost sys.displayhook");
            }
            Calls.call(hook, value);
        });
        Hooks.SourceLines files = Hooks.sourceLines();
        Hooks.setSourceLines((filename, lineno) -> {
            if (filename.startsWith(StdlibModules.SOURCE_ROOT)) {
                return resourceLine(filename, lineno);
            }
            return files.line(filename, lineno);
        });
    }

    private static String resourceLine(String filename, int lineno) {
        try (java.io.InputStream in = StdlibWiring.class.getResourceAsStream(filename)) {
            if (in == null) {
                return null;
            }
            String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
            return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] + "\n" : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The {@link SourceCompiler}: parser + bytecode compiler, syntax errors as Python exceptions. */
    static PyCode compile(PyObject source, String filename, String mode, int flags, int optimize) {
        try {
            SourceText text = source instanceof PyBytes
                    ? SourceText.fromBytes(filename, ((PyBytes) source).toByteArray())
                    : SourceText.fromString(filename, Strs.value(source));
            switch (mode) {
                case "eval":
                    return Compiler.compile(Parser.parseEval(text), text, Compiler.Mode.EVAL, optimize);
                case "single":
                    return Compiler.compile(Parser.parseInteractive(text), text, Compiler.Mode.SINGLE, optimize);
                default:
                    return Compiler.compile(Parser.parseFile(text), text, Compiler.Mode.EXEC, optimize);
            }
        } catch (SyntaxErrorException e) {
            throw syntaxError(e);
        }
    }

    /** A Python {@code SyntaxError} (or IndentationError/TabError) with CPython's fields. */
    public static PyException syntaxError(SyntaxErrorException e) {
        PyType type = e.kind == SyntaxErrorException.Kind.TAB_ERROR ? PyExc.TabError
                : e.kind == SyntaxErrorException.Kind.INDENTATION_ERROR ? PyExc.IndentationError : PyExc.SyntaxError;
        if (e.lineno < 0) {
            // no location (such as "source code string cannot contain null bytes"): msg only
            return new PyException(PyErrors.newException(type, PyStr.of(e.msg)));
        }
        PyObject details = PyTuple.of(PyStr.of(e.filename), PyInt.of(e.lineno), PyInt.of(e.offset),
                e.text == null ? PyNone.NONE : PyStr.of(e.text), PyInt.of(e.endLineno), PyInt.of(e.endOffset));
        return new PyException(PyErrors.newException(type, PyStr.of(e.msg), details));
    }
}
