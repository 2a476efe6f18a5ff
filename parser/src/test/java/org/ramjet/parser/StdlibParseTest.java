package org.ramjet.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ramjet.parser.lexer.SourceText;

/**
 * Parses every {@code .py} file of the local CPython 3.11 standard library (when it is installed:
 * the directory comes from the system property {@code ramjet.stdlib}, else the usual pyenv and
 * system locations) and fails if any file that CPython compiles does not parse. Parse only, no
 * comparison of trees (the AST tests do that), so it stays fast.
 */
class StdlibParseTest {
    /** Files CPython 3.11.7's own compile() rejects (bad encodings, Python 2 syntax, bad futures). */
    private static final Set<String> REJECTED_BY_CPYTHON = Set.of(
            "lib2to3/tests/data/bom.py",
            "lib2to3/tests/data/crlf.py",
            "lib2to3/tests/data/different_encoding.py",
            "lib2to3/tests/data/false_encoding.py",
            "lib2to3/tests/data/py2_test_grammar.py",
            "test/test_future_stmt/badsyntax_future10.py",
            "test/test_future_stmt/badsyntax_future3.py",
            "test/test_future_stmt/badsyntax_future4.py",
            "test/test_future_stmt/badsyntax_future5.py",
            "test/test_future_stmt/badsyntax_future6.py",
            "test/test_future_stmt/badsyntax_future7.py",
            "test/test_future_stmt/badsyntax_future8.py",
            "test/test_future_stmt/badsyntax_future9.py",
            "test/tokenizedata/bad_coding.py",
            "test/tokenizedata/bad_coding2.py",
            "test/tokenizedata/badsyntax_3131.py",
            "test/tokenizedata/badsyntax_pep3120.py");

    private static final String SKIPPED = "skipped";

    /** Null when the file parses, SKIPPED when it fails as in CPython, else the failure. */
    private static String parseOne(Path root, Path p) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        try {
            new Parser(SourceText.fromBytes(rel, Files.readAllBytes(p))).parseFile();
            return null;
        } catch (SyntaxErrorException e) {
            if (REJECTED_BY_CPYTHON.contains(rel)) {
                return SKIPPED;
            }
            return rel + ": " + e.kind.pythonName + ": " + e.msg + " (line " + e.lineno + ")";
        } catch (IOException | RuntimeException e) {
            return rel + ": " + e;
        }
    }

    static Path stdlibDir() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getProperty("ramjet.stdlib");
        if (configured != null) {
            candidates.add(configured);
        }
        String home = System.getProperty("user.home");
        candidates.add(home + "/.pyenv/versions/3.11.7/lib/python3.11");
        candidates.add("/usr/lib/python3.11");
        candidates.add("/usr/local/lib/python3.11");
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isRegularFile(p.resolve("os.py"))) {
                return p;
            }
        }
        return null;
    }

    @Test
    void everyFileCPythonCompilesParses() throws IOException {
        Path root = stdlibDir();
        Assumptions.assumeTrue(root != null, "no CPython 3.11 standard library here");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !root.relativize(p).toString().startsWith("site-packages"))
                    .sorted().collect(Collectors.toList());
        }
        // files are independent: parse them on all cores to keep the suite fast
        List<String> results = files.parallelStream().map(p -> parseOne(root, p)).collect(Collectors.toList());
        int parsed = 0, skipped = 0;
        List<String> failures = new ArrayList<>();
        for (String r : results) {
            if (r == null) {
                parsed++;
            } else if (r.equals(SKIPPED)) {
                skipped++;
            } else {
                failures.add(r);
            }
        }
        System.out.printf("stdlib parse: %d of %d files parsed (%d rejected by CPython too), %d failures%n",
                parsed, files.size(), skipped, failures.size());
        failures.stream().limit(30).forEach(f -> System.out.println("  FAIL " + f));
        assertTrue(failures.isEmpty(), failures.size() + " stdlib files failed to parse, first: "
                + (failures.isEmpty() ? "" : failures.get(0)));
    }
}
