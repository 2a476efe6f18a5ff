package org.ramjet.parser.compiler;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ramjet.bytecode.PyCode;

/**
 * The corpus programs compiled from Ramjet's own parser: the code must verify and be identical
 * to the code compiled from CPython's AST of the same file (a cross-check of parser positions
 * and node shapes as the compiler sees them).
 */
class ParsedSourceTest {
    @TestFactory
    Stream<DynamicTest> parserAndCPythonAstsCompileAlike() throws Exception {
        Path dir = CompileCorpusTest.testsDir().resolve("compiler");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        return files.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            PyCode parsed;
            try {
                parsed = Sources.compileFile(py);
            } catch (UnsupportedOperationException e) {
                // the parser says what it does not do yet: not the compiler's failure
                Assumptions.abort(e.getMessage());
                return;
            }
            CodeVerifier.verify(parsed);
            Path json = py.resolveSibling(py.getFileName().toString().replace(".py", ".ast.json"));
            PyCode reference = Compiler.compile(AstJson.readModule(json), py.getFileName().toString(),
                    Compiler.Mode.EXEC, 0);
            assertEquals(Sources.stableDis(reference), Sources.stableDis(parsed));
        }));
    }
}
