package org.ramjet.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ramjet.parser.lexer.SourceText;

/**
 * Every {@code tests/syntax-errors/*.py} must fail to parse with exactly CPython's report: the
 * file's {@code .err} (written by {@code tools/make-expected}) equals
 * {@link SyntaxErrorException#format()}. Files named {@code scope_*} hold errors that only the
 * compiler finds (return outside function, ...): they are skipped while the parser accepts them.
 */
class SyntaxErrorCorpusTest {
    static final Path DIR = Path.of("..", "tests", "syntax-errors");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path py) throws IOException {
        String name = py.getFileName().toString();
        Path errFile = py.resolveSibling(name.substring(0, name.length() - 3) + ".err");
        String expected = Files.readString(errFile, StandardCharsets.UTF_8);
        SourceText source = SourceText.fromFile(name, Files.readAllBytes(py));
        try {
            new Parser(source).parseFile();
        } catch (SyntaxErrorException e) {
            if (name.startsWith("scope_") && !expected.endsWith(e.kind.pythonName + ": " + e.msg + "\n")) {
                Assumptions.abort("a compiler error; the parser reports: " + e.msg);
            }
            assertEquals(expected, e.format());
            return;
        }
        if (name.startsWith("scope_")) {
            Assumptions.abort("an error only the compiler detects");
        }
        fail("parsed without error; CPython reports:\n" + expected);
    }
}
