package org.ramjet.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ramjet.bytecode.PyCode;
import org.ramjet.interp.BigStack;
import org.ramjet.interp.Engine;
import org.ramjet.interp.FeedbackPrinter;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyModule;
import org.ramjet.parser.Parser;
import org.ramjet.parser.SyntaxErrorException;
import org.ramjet.parser.compiler.Compiler;
import org.ramjet.parser.lexer.SourceText;
import org.ramjet.stdlib.SystemConfig;
import org.ramjet.stdlib.SystemState;

/**
 * Runs one Python program the way {@code python3} does — a script file, {@code -c CMD} or a
 * script on stdin — with the given standard streams, and returns the exit status. The
 * {@code ramjet} command and the test corpus harness both come through here, so a test sees
 * exactly what a user sees.
 */
public final class ScriptRunner {
    private final CommandLine cl;
    private final SystemConfig config;

    ScriptRunner(CommandLine cl, InputStream in, OutputStream out, OutputStream err) {
        this.cl = cl;
        this.config = SystemConfig.withStreams(in, out, err);
        config.argv = new ArrayList<>(cl.args);
        config.optimize = cl.optimize;
        config.inspect = cl.inspect ? 1 : 0;
        config.quiet = cl.quiet ? 1 : 0;
        config.unbuffered = cl.unbuffered ? 1 : 0;
        config.ignoreEnvironment = cl.ignoreEnvironment ? 1 : 0;
        config.noUserSite = cl.noUserSite ? 1 : 0;
        config.isolated = cl.isolated ? 1 : 0;
        config.safePath = cl.safePath ? 1 : 0;
        config.warnOptions = new ArrayList<>(cl.warningOptions);
        config.xOptions.putAll(cl.xOptions);
        config.executable = System.getProperty("ramjet.executable", "ramjet");
    }

    /** Runs {@code argv} as a program with these streams; the test harness's entry point. */
    public static int run(String[] argv, InputStream in, OutputStream out, OutputStream err) {
        try {
            return new ScriptRunner(CommandLine.parse(argv), in, out, err).run();
        } catch (UsageError e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    int run() {
        String filename;
        byte[] source;
        switch (cl.mode) {
            case SCRIPT: {
                Path script = Path.of(cl.target).toAbsolutePath().normalize();
                try {
                    source = Files.readAllBytes(script);
                } catch (IOException e) {
                    writeErr(config.executable + ": can't open file " + Main.quoted(script.toString())
                            + ": " + Main.describe(e) + "\n");
                    return 2;
                }
                filename = script.toString();
                config.path = searchPath(script.getParent().toString());
                break;
            }
            case COMMAND:
                filename = "<string>";
                source = cl.target.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                config.path = searchPath("");
                break;
            case STDIN:
                filename = "<stdin>";
                try {
                    source = config.stdin.readAllBytes();
                } catch (IOException e) {
                    writeErr("ramjet: can't read stdin: " + e.getMessage() + "\n");
                    return 1;
                }
                config.path = searchPath("");
                break;
            default:
                writeErr("ramjet: -m is not implemented yet\n");
                return 1;
        }
        SystemState state = new SystemState(config);
        StdlibWiring.install(state);
        try {
            return BigStack.call(() -> execute(state, filename, source));
        } catch (Exception e) {
            throw new IllegalStateException("the interpreter thread failed", e);
        } finally {
            state.shutdown();
        }
    }

    private int execute(SystemState state, String filename, byte[] bytes) {
        PyModule main = state.newMainModule(cl.mode == CommandLine.Mode.SCRIPT ? filename : null);
        try {
            SourceText source = cl.mode == CommandLine.Mode.COMMAND
                    ? SourceText.fromBytes(filename, bytes) : SourceText.fromFile(filename, bytes);
            PyCode code;
            try {
                code = Compiler.compile(Parser.parseFile(source), source, Compiler.Mode.EXEC, cl.optimize);
            } catch (SyntaxErrorException e) {
                throw StdlibWiring.syntaxError(e);
            }
            try {
                Engine.runModule(code, main.dict);
                return 0;
            } finally {
                if (new XOptions(cl.xOptions).isOn("feedback")) {
                    state.shutdown(); // the program's output first, then the report
                    writeErr(FeedbackPrinter.dump(FeedbackPrinter.allCodes(code), FEEDBACK_MIN_CALLS));
                }
            }
        } catch (PyException e) {
            return state.exitStatus(e);
        }
    }

    /** {@code -X feedback} reports functions called at least this often (or that loop). */
    private static final int FEEDBACK_MIN_CALLS = 2;

    /** {@code sys.path}: the script's directory (or '' for -c and stdin), then PYTHONPATH. */
    private List<String> searchPath(String first) {
        List<String> path = new ArrayList<>();
        if (!cl.safePath) {
            path.add(first);
        }
        String pythonPath = cl.ignoreEnvironment ? null : System.getenv("PYTHONPATH");
        if (pythonPath != null && !pythonPath.isEmpty()) {
            for (String p : pythonPath.split(java.io.File.pathSeparator)) {
                if (!p.isEmpty()) {
                    path.add(p);
                }
            }
        }
        return path;
    }

    private void writeErr(String text) {
        try {
            config.stderr.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            config.stderr.flush();
        } catch (IOException ignored) {
            // stderr is gone: nothing left to tell
        }
    }
}
