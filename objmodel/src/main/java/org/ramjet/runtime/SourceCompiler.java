package org.ramjet.runtime;

import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.PyObject;

/**
 * Compiles Python source: how {@code compile}, {@code exec}, {@code eval} and the importer (in
 * the stdlib, which cannot see the parser) reach the parser and the bytecode compiler. The
 * launcher registers the implementation at start-up ({@link #set}).
 */
@FunctionalInterface
public interface SourceCompiler {
    /** {@code compile()} flag: the code was compiled from source that must not inherit future flags. */
    int PyCF_ONLY_AST = 0x0400;

    /**
     * Compiles {@code source} (a {@code str}, or {@code bytes} whose encoding the source itself
     * declares) in {@code mode} ("exec", "eval" or "single"). A syntax error is raised as a
     * Python {@code SyntaxError} (a {@link org.ramjet.objects.PyException}) with CPython's
     * fields ({@code msg}, {@code filename}, {@code lineno}, {@code offset}, {@code text},
     * {@code end_lineno}, {@code end_offset}).
     *
     * @param flags    the {@code compile()} flags (future features, {@code PyCF_*})
     * @param optimize the optimization level (-1: the interpreter's)
     */
    PyCode compile(PyObject source, String filename, String mode, int flags, int optimize);

    static SourceCompiler get() {
        return Holder.compiler;
    }

    static void set(SourceCompiler compiler) {
        Holder.compiler = compiler;
    }

    /** Where the registration lives (interfaces cannot have mutable static fields). */
    final class Holder {
        static volatile SourceCompiler compiler = (source, filename, mode, flags, optimize) -> {
            throw org.ramjet.objects.PyErrors.notImplementedError(
                    "compiling Python source needs the parser: no SourceCompiler registered");
        };

        private Holder() {}
    }
}
