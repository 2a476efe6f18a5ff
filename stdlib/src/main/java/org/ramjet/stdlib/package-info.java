/**
 * Ramjet's standard library: the {@code builtins} module and the modules written in Java
 * ({@code sys}, {@code math}, {@code time}, {@code os}, {@code io}, ...), plus Python-source
 * modules shipped as resources. Depends only on the object model.
 *
 * <h2>Guided tour</h2>
 *
 * <h3>One run = one {@link org.ramjet.stdlib.SystemState}</h3>
 * The launcher (and the test harness) fills a {@link org.ramjet.stdlib.SystemConfig} — the
 * Java streams for stdin/stdout/stderr, {@code argv}, {@code sys.path}, the environment, the
 * working directory, the {@code -X}/flag values — and creates a {@code SystemState} from it.
 * That makes the run's {@code sys.modules}, its {@code builtins} and {@code sys} modules and the
 * standard streams; other modules are created on first import and cached in that run's
 * {@code sys.modules} only, so one program's changes never reach the next.
 *
 * <h3>Adding a module</h3>
 * A Java module is one class with a {@code create()} factory built with
 * {@link org.ramjet.objects.ModuleBuilder}, plus one line in {@link org.ramjet.stdlib.StdlibModules}:
 * <pre>{@code ModuleRegistry.register("math", MathModule::create);}</pre>
 * Factories of modules that belong to the run ({@code sys}, {@code os}, {@code io}) read
 * {@link org.ramjet.stdlib.SystemState#current()}. A Python-source module is a file under
 * {@code src/main/resources/org/ramjet/stdlib/lib/} ({@code name.py} or
 * {@code name/__init__.py}); the {@link org.ramjet.stdlib.Importer} finds the registry first,
 * then these resources, then {@code sys.path}.
 *
 * <h3>What the stdlib needs from the engine (hooks in {@code org.ramjet.runtime})</h3>
 * <ul>
 * <li>{@link org.ramjet.runtime.SourceCompiler}: {@code compile}, {@code exec}, {@code eval}
 *     and the importer compile source through it (the parser);</li>
 * <li>{@link org.ramjet.runtime.CodeRunner}: they run code objects through it (the
 *     interpreter);</li>
 * <li>{@link org.ramjet.runtime.ExceptionFormatter}: {@code sys.excepthook} formats tracebacks
 *     with it;</li>
 * <li>{@link org.ramjet.runtime.ThreadState}: the calling frame ({@code globals()},
 *     {@code locals()}, {@code vars()}, {@code dir()}, {@code sys._getframe}, exec/eval
 *     defaults — see {@link org.ramjet.stdlib.Frames}), the recursion limit and the handled
 *     exception ({@code sys.exc_info()}).</li>
 * </ul>
 * The launcher's {@code StdlibWiring.install(state)} registers them, installs the builtins into
 * the interpreter and points the interpreter's import and display hooks at this run.
 *
 * <h3>Streams</h3>
 * {@code sys.stdin/stdout/stderr} are ordinary {@code _io.TextIOWrapper} objects
 * ({@link org.ramjet.stdlib.io.PyTextIO}) over a buffered layer over a
 * {@link org.ramjet.stdlib.io.RawStream} that wraps the Java stream from the config
 * ({@link org.ramjet.stdlib.io.JavaStreamRaw}): UTF-8, stdout block-buffered (line-buffered on a
 * terminal or with {@code -u}), stderr line-buffered with {@code backslashreplace}.
 * {@code print} writes to whatever {@code sys.stdout} is now (directly in Java when it is a
 * TextIOWrapper, else through its {@code write}), so assigning {@code sys.stdout} redirects it;
 * {@link org.ramjet.stdlib.SystemState#shutdown()} flushes at the end of the run.
 * {@code open()} stacks the same classes over a file channel.
 */
package org.ramjet.stdlib;
