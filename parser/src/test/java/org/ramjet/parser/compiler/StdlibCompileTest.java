package org.ramjet.parser.compiler;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.PyCode;
import org.ramjet.parser.Parser;
import org.ramjet.parser.ast.Mod;
import org.ramjet.parser.lexer.SourceText;

/**
 * Compiles every module of CPython's standard library (when a CPython 3.11 {@code Lib}
 * directory is found: {@code $RAMJET_CPYTHON_LIB}, or the usual install places) and verifies
 * every code object; any file CPython compiles that fails here, in the front end or the
 * compiler, fails the test. Skipped without a CPython stdlib.
 */
class StdlibCompileTest {
    static Path stdlib() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("RAMJET_CPYTHON_LIB");
        if (env != null) {
            candidates.add(env);
        }
        candidates.add(System.getProperty("user.home") + "/.pyenv/versions/3.11.7/lib/python3.11");
        candidates.add("/usr/lib/python3.11");
        candidates.add("/usr/local/lib/python3.11");
        for (String c : candidates) {
            Path p = Paths.get(c);
            if (Files.isRegularFile(p.resolve("os.py"))) {
                return p;
            }
        }
        return null;
    }

    /** Files CPython itself refuses to compile (deliberately broken test inputs). */
    private static boolean cpythonRejects(Path p) {
        String s = p.toString();
        return s.contains("/lib2to3/tests/data/") || s.contains("/test/bad") || s.contains("badsyntax")
                || s.contains("/test/tokenizedata/bad") || s.endsWith("test/test_lib2to3/data/py2_test_grammar.py");
    }

    @Test
    void everyStdlibModuleCompiles() throws Exception {
        Path lib = stdlib();
        Assumptions.assumeTrue(lib != null, "no CPython 3.11 stdlib found");
        List<Path> files;
        try (Stream<Path> s = Files.walk(lib)) {
            files = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                    .sorted().collect(Collectors.toList());
        }
        int compiled = 0, parserFailed = 0, codeObjects = 0;
        List<String> parserFailures = new ArrayList<>();
        long lines = 0;
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (Path f : files) {
            if (cpythonRejects(f)) {
                continue;
            }
            SourceText source;
            Mod.Module module;
            try {
                source = SourceText.fromFile(f.getFileName().toString(), Files.readAllBytes(f));
                module = new Parser(source).parseFile();
            } catch (Throwable e) {
                parserFailed++;
                if (parserFailures.size() < 10) {
                    parserFailures.add(lib.relativize(f) + ": " + e);
                }
                continue;
            }
            try {
                PyCode code = Compiler.compile(module, source, Compiler.Mode.EXEC, 0);
                codeObjects += CodeVerifier.verify(code);
                compiled++;
                lines += source.lineCount();
            } catch (Throwable e) {
                if (failures.size() < 30) {
                    failures.add(lib.relativize(f) + ": " + e);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("stdlib: %d files compiled (%d code objects, %d lines, %.1f s including parsing);"
                + " not compiled: %d parser/lexer failures, %d compiler failures%n",
                compiled, codeObjects, lines, seconds, parserFailed, failures.size());
        parserFailures.forEach(x -> System.out.println("  parser: " + x));
        failures.forEach(x -> System.out.println("  compiler: " + x));
        assertTrue(parserFailed == 0, "files CPython parses but Ramjet does not:\n" + String.join("\n", parserFailures));
        assertTrue(failures.isEmpty(), "files CPython compiles but Ramjet does not:\n" + String.join("\n", failures));
    }
}
