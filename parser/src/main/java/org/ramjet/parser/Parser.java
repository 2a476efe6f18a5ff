package org.ramjet.parser;

import static org.ramjet.parser.lexer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ramjet.parser.ast.Expr;
import org.ramjet.parser.ast.Mod;
import org.ramjet.parser.ast.Stmt;
import org.ramjet.parser.lexer.SourceText;
import org.ramjet.parser.lexer.Token;
import org.ramjet.parser.lexer.Tokenizer;

/**
 * The Python 3.11 parser: source text to AST, for the three compile modes and for f-string
 * replacement fields, reporting syntax errors as CPython does.
 *
 * <p>It is a hand-written recursive-descent rendering of CPython's PEG grammar
 * (Grammar/python.gram), rule for rule, so that it accepts exactly what CPython accepts and
 * fails at the same token. Like CPython it parses in two passes: the first runs only the real
 * grammar and is the fast path; when it fails, the second pass runs again from the start with
 * the grammar's invalid_* rules switched on, which raise the specific messages ("expected
 * ':'", "cannot assign to ..."). If none applies, the error is the generic "invalid syntax" at
 * the furthest token the first pass fetched. Tokenizer errors take priority as in CPython.
 *
 * <p>Where things are: {@link ParserBase} (token buffer, memo, node positions, error
 * locations), {@link ExpressionRules} (expressions, atoms, calls, comprehensions, targets),
 * {@link ParameterRules} (def and lambda parameters), {@link PatternRules} ({@code match}
 * patterns), {@link StatementRules} (statements and blocks), {@link StringConcat} (adjacent
 * literals and f-strings), {@link Targets} (target contexts and the names errors use).
 * Grammar details that CPython 3.11.7 implements differently from its grammar file, found by
 * differential testing, are commented where they are handled (SOFT_KEYWORD prefix matching,
 * the dict alternative that is active in the first pass, the iterable-unpacking message).
 * Known difference: a brace display right after a complete expression ({@code x {a b}})
 * gets the generic "invalid syntax" where CPython finds the missing comma inside.
 */
public final class Parser extends StatementRules {
    private boolean tokenizerFailed;
    private final Tokenizer tokenizer;

    /** A parser over {@code source}, with its own tokenizer. */
    public Parser(SourceText source) {
        this(source, new Tokenizer(source));
    }

    private Parser(SourceText source, Tokenizer tokenizer) {
        this(source, tokenizer, new FailureTrackingSource(tokenizer::next));
    }

    /** A parser over a prepared token sequence (tests); no tokenizer check after errors. */
    Parser(SourceText source, TokenSource tokens) {
        this(source, null, new FailureTrackingSource(tokens));
    }

    private Parser(SourceText source, Tokenizer tokenizer, FailureTrackingSource tokens) {
        super(source, tokens);
        this.tokenizer = tokenizer;
        tokens.owner = this;
    }

    /** Parses a whole module: exec mode. */
    public static Mod.Module parseFile(SourceText source) {
        return new Parser(source).parseFile();
    }

    /** Parses one expression: eval mode. */
    public static Mod.Expression parseEval(SourceText source) {
        return new Parser(source).parseEval();
    }

    /** Parses one interactive statement: single mode. */
    public static Mod.Interactive parseInteractive(SourceText source) {
        return new Parser(source).parseInteractive();
    }

    /** Remembers that an exception came from the tokenizer, which always wins. */
    private static final class FailureTrackingSource implements TokenSource {
        private final TokenSource inner;
        Parser owner;

        FailureTrackingSource(TokenSource inner) {
            this.inner = inner;
        }

        @Override
        public Token next() {
            try {
                return inner.next();
            } catch (SyntaxErrorException e) {
                owner.tokenizerFailed = true;
                throw e;
            }
        }
    }

    // ---------------------------------------------------------------- entry points

    /** exec mode: {@code file: [statements] ENDMARKER}. */
    public Mod.Module parseFile() {
        return run(() -> {
            int start = mark();
            List<Stmt> body = statements();
            if (expect(ENDMARKER) == null) {
                reset(start);
                return null;
            }
            return new Mod.Module(body == null ? new ArrayList<>() : body, new ArrayList<>());
        });
    }

    /** eval mode: {@code eval: expressions NEWLINE* ENDMARKER}. */
    public Mod.Expression parseEval() {
        return run(() -> {
            Expr body = expressions();
            if (body == null) {
                return null;
            }
            while (expect(NEWLINE) != null) {
                // NEWLINE*
            }
            if (expect(ENDMARKER) == null) {
                return null;
            }
            return new Mod.Expression(body);
        });
    }

    /** single mode: {@code interactive: statement_newline}. */
    public Mod.Interactive parseInteractive() {
        singleInput = true;
        Mod.Interactive result = run(this::statementNewline);
        if (badSingleStatement()) {
            throw errorAtLast("multiple statements found while compiling a single statement");
        }
        return result;
    }

    /**
     * CPython's bad_single_statement: after the statement, the rest of the text (from where the
     * tokenizer stopped) holds more than blanks and comments.
     */
    private boolean badSingleStatement() {
        Token last = tokens[fill - 1];
        if (last.kind() == ENDMARKER) {
            return false;
        }
        String text = source.text();
        int i = textIndex(last.endLine(), last.endCol());
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
                i++;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    /** Index in the source text of UTF-8 byte column {@code col} of line {@code line}. */
    private int textIndex(int line, int col) {
        String text = source.text();
        int index = 0;
        for (int l = source.firstLine(); l < line; l++) {
            index += source.line(l).length();
        }
        return Math.min(text.length(), index + source.charColumn(line, col));
    }

    /** single mode: {@code statement_newline}. */
    private Mod.Interactive statementNewline() {
        {
            int start = mark();
            Stmt c = compoundStmt();
            if (c != null && expect(NEWLINE) != null) {
                List<Stmt> body = new ArrayList<>();
                body.add(c);
                return new Mod.Interactive(body);
            }
            reset(start);
            List<Stmt> s = simpleStmts();
            if (s != null) {
                return new Mod.Interactive(s);
            }
            reset(start);
            Token nl = expect(NEWLINE);
            if (nl != null) {
                List<Stmt> body = new ArrayList<>();
                body.add(fin(new Stmt.Pass(), start));
                return new Mod.Interactive(body);
            }
            // ENDMARKER: CPython's _PyPegen_interactive_exit fails the parse (no input is an error)
            return null;
        }
    }

    /**
     * The expression of an f-string replacement field ({@code fstring: star_expressions}); the
     * tokens come from the field's text wrapped in parentheses, and errors get the
     * {@code "f-string: "} prefix as in CPython 3.11.
     */
    public Expr parseFStringExpression() {
        errorPrefix = "f-string: ";
        return run(this::starExpressions);
    }

    // ---------------------------------------------------------------- the two passes

    private <T> T run(Supplier<T> rule) {
        try {
            return runPasses(rule);
        } catch (StackOverflowError e) {
            // rules recurse with the nesting of the source; the stack is the limit
            throw new NestingTooDeepException(source.filename());
        }
    }

    private <T> T runPasses(Supplier<T> rule) {
        T result;
        try {
            result = rule.get();
        } catch (SyntaxErrorException e) {
            throw tokenizerFailed ? e : preferLaterTokenizerError(e);
        }
        if (result != null) {
            return result;
        }
        Token lastFirstPass = tokens[fill - 1];
        startErrorPass();
        try {
            rule.get();
        } catch (SyntaxErrorException e) {
            throw tokenizerFailed ? e : preferLaterTokenizerError(e);
        }
        Token last = tokens[fill - 1];
        if (last.kind() == INDENT) {
            throw errorAtLast(SyntaxErrorException.Kind.INDENTATION_ERROR, "unexpected indent");
        }
        if (last.kind() == DEDENT) {
            throw errorAtLast(SyntaxErrorException.Kind.INDENTATION_ERROR, "unexpected unindent");
        }
        SyntaxErrorException generic = errorAtToken(lastFirstPass, "invalid syntax");
        throw preferLaterTokenizerError(generic);
    }

    /**
     * CPython tokenizes the rest of the source after a parser error: a tokenizer error there
     * replaces it, except an unclosed bracket opened on or after the error's line.
     */
    private SyntaxErrorException preferLaterTokenizerError(SyntaxErrorException error) {
        if (tokenizer == null) {
            return error;
        }
        SyntaxErrorException later = tokenizer.scanRemainderForError(tokens[fill - 1].line());
        return later != null ? later : error;
    }
}
