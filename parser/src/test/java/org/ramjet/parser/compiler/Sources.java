package org.ramjet.parser.compiler;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ramjet.bytecode.PyCode;
import org.ramjet.parser.Parser;
import org.ramjet.parser.ast.Mod;
import org.ramjet.parser.lexer.SourceText;

/** Test helper: source text to code object through Ramjet's own tokenizer, parser and compiler. */
final class Sources {
    private Sources() {}

    static Mod.Module parse(String filename, String text) {
        SourceText source = SourceText.fromString(filename, text);
        return new Parser(source).parseFile();
    }

    static PyCode compile(String text) {
        SourceText source = SourceText.fromString("<test>", text);
        Mod.Module m = new Parser(source).parseFile();
        return Compiler.compile(m, source, Compiler.Mode.EXEC, 0);
    }

    static PyCode compileFile(Path file) throws java.io.IOException {
        SourceText source = SourceText.fromFile(file.getFileName().toString(), Files.readAllBytes(file));
        Mod.Module m = new Parser(source).parseFile();
        return Compiler.compile(m, source, Compiler.Mode.EXEC, 0);
    }

    /** A disassembly without the identity hashes of code objects, for comparing two compilations. */
    static String stableDis(PyCode code) {
        return Disassembler.disassemble(code).replaceAll(" at 0x[0-9a-f]+", "");
    }
}
