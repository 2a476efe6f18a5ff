package org.ramjet.interp;

import org.ramjet.objects.PyDict;
import org.ramjet.objects.PyObject;

/**
 * What the interpreter needs from the launcher (module finding, the REPL's display hook, source
 * text for tracebacks), as interfaces the launcher registers at start-up. Each has a default
 * that works without a launcher, so tests can run code objects directly.
 */
public final class Hooks {
    private Hooks() {}

    /** {@code import}: what {@code builtins.__import__} does when builtins has none of its own. */
    @FunctionalInterface
    public interface ImportHook {
        /**
         * {@code __import__(name, globals, locals, fromlist, level)}: returns the top-level package
         * (or the module itself when {@code fromlist} is non-empty), as CPython's does.
         */
        PyObject importModule(String name, PyDict globals, PyObject locals, PyObject fromlist, int level);

        /** {@code sys.modules.get(name)}: a module already imported, or null. */
        default PyObject loadedModule(String name) {
            return null;
        }
    }

    /** {@code sys.displayhook}, called by PRINT_EXPR in interactive mode. */
    @FunctionalInterface
    public interface DisplayHook {
        void display(PyObject value);
    }

    /** Source lines for tracebacks (the launcher caches files, like {@code linecache}). */
    @FunctionalInterface
    public interface SourceLines {
        /** Line {@code lineno} (1-based) of {@code filename} with its newline, or null if unknown. */
        String line(String filename, int lineno);
    }

    private static volatile ImportHook importHook = (name, globals, locals, fromlist, level) -> {
        throw Ops.importError("import of '" + name + "' is not available: no import hook registered");
    };
    private static volatile DisplayHook displayHook = value -> {
        throw Ops.runtimeError("lost sys.displayhook");
    };
    private static volatile SourceLines sourceLines = SourceFiles::readLine;

    public static void setImportHook(ImportHook hook) {
        importHook = hook;
    }

    public static ImportHook importHook() {
        return importHook;
    }

    public static void setDisplayHook(DisplayHook hook) {
        displayHook = hook;
    }

    public static DisplayHook displayHook() {
        return displayHook;
    }

    public static void setSourceLines(SourceLines provider) {
        sourceLines = provider;
    }

    public static SourceLines sourceLines() {
        return sourceLines;
    }
}
