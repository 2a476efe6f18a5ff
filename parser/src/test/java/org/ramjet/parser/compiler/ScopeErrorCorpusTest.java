package org.ramjet.parser.compiler;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ramjet.parser.Parser;
import org.ramjet.parser.SyntaxErrorException;
import org.ramjet.parser.ast.Mod;
import org.ramjet.parser.lexer.SourceText;

/**
 * The errors that scope analysis and code generation raise, checked against CPython's report:
 * every {@code tests/syntax-errors/scope_*.py} parses, then fails to compile with exactly the
 * text of the {@code .err} file (message, line, source line and carets).
 */
class ScopeErrorCorpusTest {
    @TestFactory
    Stream<DynamicTest> everyScopeErrorMatchesCPython() throws Exception {
        Path tests = CompileCorpusTest.testsDir();
        List<Path> files;
        try (Stream<Path> s = Files.list(tests.resolve("syntax-errors"))) {
            files = s.filter(f -> f.getFileName().toString().startsWith("scope_")
                    && f.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        assertTrue(files.size() >= 40, "scope error corpus is missing");
        return files.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            String name = py.getFileName().toString();
            SourceText source = SourceText.fromFile(name, Files.readAllBytes(py));
            Mod.Module m = Parser.parseFile(source);
            SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                    () -> Compiler.compile(m, source, Compiler.Mode.EXEC, 0));
            String expected = Files.readString(py.resolveSibling(name.replace(".py", ".err")));
            assertEquals(expected, e.format());
        }));
    }
}
