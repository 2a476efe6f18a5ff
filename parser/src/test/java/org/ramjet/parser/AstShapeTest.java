package org.ramjet.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ramjet.parser.ast.Mod;
import org.ramjet.parser.lexer.SourceText;

/**
 * Each {@code ast-cases/NAME.py} parses to exactly the tree CPython 3.11 builds: its
 * {@link AstDump} text, without and with positions, equals the two lines of {@code NAME.ast}
 * that {@code tools/make-ast-fixtures} wrote from {@code ast.dump}. The mode is eval for
 * {@code eval_*} cases, single for {@code single_*}, exec otherwise. A case CPython rejects has
 * one line instead: the SyntaxError's kind, message and location, which the parser must match.
 */
class AstShapeTest {
    static final Path DIR = Path.of("src", "test", "resources", "ast-cases");

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path py) throws IOException {
        String name = py.getFileName().toString();
        List<String> expected = Files.readAllLines(py.resolveSibling(name.replace(".py", ".ast")), StandardCharsets.UTF_8);
        SourceText source = new SourceText(name, Files.readString(py, StandardCharsets.UTF_8));
        Parser parser = new Parser(source);
        Mod tree;
        try {
            tree = name.startsWith("eval_") ? parser.parseEval()
                    : name.startsWith("single_") ? parser.parseInteractive() : parser.parseFile();
        } catch (SyntaxErrorException e) {
            String got = e.kind.pythonName + "|" + e.msg + "|" + e.lineno + "|" + e.offset + "|"
                    + e.endLineno + "|" + e.endOffset;
            assertEquals(expected.get(0), got, "syntax error");
            return;
        }
        assertEquals(2, expected.size(), "CPython reports an error: " + expected.get(0));
        assertEquals(expected.get(0), AstDump.dump(tree), "ast.dump");
        assertEquals(expected.get(1), AstDump.dump(tree, true), "ast.dump with attributes");
    }
}
