package org.ramjet.parser.compiler;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ramjet.bytecode.PyCode;
import org.ramjet.parser.ast.Mod;

/**
 * Compiles every program of {@code tests/compiler/} from the AST that CPython parsed
 * ({@code X.ast.json}, written by {@code tools/ast-json}) and verifies each code object with
 * {@link CodeVerifier}. Set the environment variable {@code RAMJET_DUMP_DIS=DIR} to write the disassemblies there.
 */
class CompileCorpusTest {
    static Path testsDir() {
        Path p = Paths.get("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("tests"))) {
            p = p.getParent();
        }
        assertNotNull(p, "tests/ directory not found");
        return p.resolve("tests");
    }

    @TestFactory
    Stream<DynamicTest> everyProgramCompilesToVerifiedCode() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(testsDir().resolve("compiler"))) {
            files = s.filter(f -> f.toString().endsWith(".ast.json")).sorted().collect(Collectors.toList());
        }
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Mod.Module m = AstJson.readModule(f);
            String name = f.getFileName().toString().replace(".ast.json", ".py");
            PyCode code = Compiler.compile(m, name, Compiler.Mode.EXEC, 0);
            assertTrue(CodeVerifier.verify(code) >= 1);
            String dump = System.getenv("RAMJET_DUMP_DIS");
            if (dump != null) {
                Files.writeString(Paths.get(dump, name + ".dis"), Disassembler.disassemble(code));
            }
        }));
    }
}
