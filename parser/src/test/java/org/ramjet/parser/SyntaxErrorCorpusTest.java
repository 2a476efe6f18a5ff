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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ramjet.parser.compiler.Compiler;
import org.ramjet.parser.lexer.SourceText;

/**
 * Every {@code tests/syntax-errors/*.py} must fail to compile — in the tokenizer, the parser,
 * scope analysis or code generation, as {@code ramjet -X compile-only} does — with exactly
 * CPython's report: the file's {@code .err} (written by {@code tools/make-expected}) equals
 * {@link SyntaxErrorException#format()}. Files named {@code scope_*} hold errors that only the
 * compiler finds (return outside function, ...).
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
            Compiler.compile(new Parser(source).parseFile(), source, Compiler.Mode.EXEC, 0);
        } catch (SyntaxErrorException e) {
            assertEquals(expected, e.format());
            return;
        }
        fail("compiled without error; CPython reports:\n" + expected);
    }
}
