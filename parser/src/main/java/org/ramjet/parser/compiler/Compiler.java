package org.ramjet.parser.compiler;

import java.util.List;
import org.ramjet.bytecode.CodeFlags;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.PyStr;
import org.ramjet.parser.ast.Alias;
import org.ramjet.parser.ast.Expr;
import org.ramjet.parser.ast.Mod;
import org.ramjet.parser.ast.Stmt;
import org.ramjet.parser.lexer.SourceText;
import org.ramjet.parser.scope.ErrorContext;
import org.ramjet.parser.scope.SymbolTable;

/**
 * The bytecode compiler's entry point: AST in, {@link PyCode} out (CPython's {@code compile()}
 * after parsing). A guided tour of the package:
 * <ul>
 *   <li>{@code __future__} statements are read first ({@link #futureFlags});</li>
 *   <li>{@link SymbolTable} (package {@code scope}) decides where every name lives;</li>
 *   <li>{@link CodeGenerator} emits instructions per scope into a {@link CodeUnit}, with
 *       {@link PatternCompiler} for {@code match}, {@link ConstantFolder} for constant
 *       expressions and {@link Unparser} for postponed annotations;</li>
 *   <li>{@link Assembler} computes stack depth, removes dead code and builds the exception and
 *       line tables;</li>
 *   <li>{@link Disassembler} prints the result like {@code dis.dis}.</li>
 * </ul>
 * Errors are {@link org.ramjet.parser.SyntaxErrorException}s with CPython's messages.
 */
public final class Compiler {
    /** The {@code mode} argument of {@code compile()}. */
    public enum Mode {
        /** A module: statements, result None. */
        EXEC,
        /** One expression whose value the code returns. */
        EVAL,
        /** One interactive statement: expression statements print their value (PRINT_EXPR). */
        SINGLE
    }

    private Compiler() {}

    /** Compiles without source text: error messages then carry no source line. */
    public static PyCode compile(Mod module, String filename, Mode mode, int optimize) {
        return compile(module, new ErrorContext(filename, null), mode, optimize, 0);
    }

    /** Compiles; {@code source} gives syntax errors their source line. */
    public static PyCode compile(Mod module, SourceText source, Mode mode, int optimize) {
        return compile(module, new ErrorContext(source.filename(), source), mode, optimize, 0);
    }

    /**
     * Compiles with {@code inheritedFlags} (CodeFlags.FUTURE_* bits from the caller, as
     * {@code compile()} inherits them) added to the module's own {@code __future__} imports.
     * {@code optimize} is {@code -O}'s level: 1 drops asserts and makes {@code __debug__} false,
     * 2 also drops docstrings.
     */
    public static PyCode compile(Mod module, ErrorContext errors, Mode mode, int optimize, int inheritedFlags) {
        Mod mod = adapt(module, mode);
        FutureFeatures future = futureFlags(mod, errors);
        int flags = future.flags | inheritedFlags;
        SymbolTable symbols = SymbolTable.build(mod, errors, (flags & CodeFlags.FUTURE_ANNOTATIONS) != 0);
        CodeGenerator generator = new CodeGenerator(symbols, errors, Math.max(0, optimize), flags);
        generator.futureLineno = future.lineno;
        return generator.compileModule(mod);
    }

    private static Mod adapt(Mod module, Mode mode) {
        switch (mode) {
            case EVAL:
                if (!(module instanceof Mod.Expression)) {
                    throw new IllegalArgumentException("eval mode needs an Expression, got "
                            + module.getClass().getSimpleName());
                }
                return module;
            case SINGLE:
                if (module instanceof Mod.Module) {
                    Mod.Interactive i = new Mod.Interactive(((Mod.Module) module).body);
                    return i;
                }
                if (!(module instanceof Mod.Interactive)) {
                    throw new IllegalArgumentException("single mode needs an Interactive module, got "
                            + module.getClass().getSimpleName());
                }
                return module;
            default:
                if (!(module instanceof Mod.Module)) {
                    throw new IllegalArgumentException("exec mode needs a Module, got "
                            + module.getClass().getSimpleName());
                }
                return module;
        }
    }

    static final class FutureFeatures {
        int flags;
        int lineno = -1;
    }

    /** The {@code from __future__ import} statements at the top of a module (CPython's future.c). */
    static FutureFeatures futureFlags(Mod mod, ErrorContext errors) {
        FutureFeatures ff = new FutureFeatures();
        List<Stmt> body;
        if (mod instanceof Mod.Module) {
            body = ((Mod.Module) mod).body;
        } else if (mod instanceof Mod.Interactive) {
            body = ((Mod.Interactive) mod).body;
        } else {
            return ff;
        }
        boolean done = false;
        int prevLine = 0;
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (done && s.lineno > prevLine) {
                return ff;
            }
            prevLine = s.lineno;
            if (s instanceof Stmt.ImportFrom) {
                Stmt.ImportFrom f = (Stmt.ImportFrom) s;
                if ("__future__".equals(f.module)) {
                    if (done) {
                        throw errors.error("from __future__ imports must occur at the beginning of the file", s);
                    }
                    for (Alias a : f.names) {
                        ff.flags |= feature(a.name, s, errors);
                    }
                    ff.lineno = s.lineno;
                } else {
                    done = true;
                }
            } else if (s instanceof Stmt.Expr && i == 0 && ((Stmt.Expr) s).value instanceof Expr.Constant
                    && ((Expr.Constant) ((Stmt.Expr) s).value).value instanceof PyStr) {
                continue;
            } else {
                done = true;
            }
        }
        return ff;
    }

    private static int feature(String name, Stmt s, ErrorContext errors) {
        switch (name) {
            case "nested_scopes":
            case "generators":
                return 0;
            case "division": return CodeFlags.FUTURE_DIVISION;
            case "absolute_import": return CodeFlags.FUTURE_ABSOLUTE_IMPORT;
            case "with_statement": return CodeFlags.FUTURE_WITH_STATEMENT;
            case "print_function": return CodeFlags.FUTURE_PRINT_FUNCTION;
            case "unicode_literals": return CodeFlags.FUTURE_UNICODE_LITERALS;
            case "barry_as_FLUFL": return CodeFlags.FUTURE_BARRY_AS_BDFL;
            case "generator_stop": return CodeFlags.FUTURE_GENERATOR_STOP;
            case "annotations": return CodeFlags.FUTURE_ANNOTATIONS;
            case "braces": throw errors.errorAtStart("not a chance", s);
            default: throw errors.errorAtStart("future feature " + name + " is not defined", s);
        }
    }
}
