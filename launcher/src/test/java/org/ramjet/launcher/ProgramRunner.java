package org.ramjet.launcher;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ramjet.bytecode.PyCode;
import org.ramjet.interp.BigStack;
import org.ramjet.interp.Engine;
import org.ramjet.objects.PyException;
import org.ramjet.objects.PyModule;
import org.ramjet.parser.Parser;
import org.ramjet.parser.SyntaxErrorException;
import org.ramjet.parser.compiler.Compiler;
import org.ramjet.parser.lexer.SourceText;
import org.ramjet.stdlib.SystemConfig;
import org.ramjet.stdlib.SystemState;

/**
 * Runs one test program in-process as {@code python3 X.py} would from its directory, with its
 * own streams, and returns stdout, stderr and the exit status (the stdlib programs' test
 * driver until the launcher's harness runs every corpus).
 */
final class ProgramRunner {
    static final class Result {
        final String out, err;
        final int status;

        Result(String out, String err, int status) {
            this.out = out;
            this.err = err;
            this.status = status;
        }
    }

    private ProgramRunner() {}

    static synchronized Result run(Path program) throws Exception {
        Path dir = program.toAbsolutePath().getParent();
        String name = program.getFileName().toString();
        byte[] source = Files.readAllBytes(program);
        Path inFile = dir.resolve(name.replaceAll("\\.py$", ".in"));
        Path argsFile = dir.resolve(name.replaceAll("\\.py$", ".args"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SystemConfig config = SystemConfig.withStreams(
                new ByteArrayInputStream(Files.exists(inFile) ? Files.readAllBytes(inFile) : new byte[0]), out, err);
        List<String> argv = new ArrayList<>();
        argv.add(name);
        if (Files.exists(argsFile)) {
            for (String line : Files.readAllLines(argsFile)) {
                if (!line.isEmpty()) {
                    argv.add(line);
                }
            }
        }
        config.argv = argv;
        config.path = new ArrayList<>(List.of(dir.toString()));
        config.cwd = dir;
        config.executable = "/usr/local/bin/ramjet";
        config.environment.put("PYTHONHASHSEED", "0");
        String file = dir.resolve(name).toString();
        int status = BigStack.call(() -> {
            SystemState state = new SystemState(config);
            StdlibWiring.install(state);
            int rc = 0;
            try {
                PyCode code;
                try {
                    SourceText text = SourceText.fromFile(file, source);
                    code = Compiler.compile(Parser.parseFile(text), text, Compiler.Mode.EXEC, 0);
                } catch (SyntaxErrorException e) {
                    state.stderr.write(e.format());
                    state.shutdown();
                    return 1;
                }
                PyModule main = state.newMainModule(file);
                Engine.runModule(code, main.dict);
            } catch (PyException e) {
                rc = state.exitStatus(e);
            }
            state.shutdown();
            return rc;
        });
        String prefix = dir + "/";
        return new Result(out.toString(StandardCharsets.UTF_8).replace(prefix, ""),
                err.toString(StandardCharsets.UTF_8).replace(prefix, ""), status);
    }

    /** {@code java ... ProgramRunner X.py}: prints what the program printed, for development. */
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Result r = run(Path.of(a));
            System.out.print(r.out);
            System.out.flush();
            System.err.print(r.err);
            if (r.status != 0) {
                System.err.println("[exit status " + r.status + "]");
            }
        }
    }
}
