package org.ramjet.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyStr;
import org.ramjet.parser.ast.Expr;
import org.ramjet.parser.lexer.FStringPart;
import org.ramjet.parser.lexer.FStringSplitter;
import org.ramjet.parser.lexer.LiteralException;
import org.ramjet.parser.lexer.SourceText;
import org.ramjet.parser.lexer.StringLiterals;
import org.ramjet.parser.lexer.Token;

/**
 * The {@code strings} rule's action (CPython's {@code _PyPegen_concatenate_strings}): adjacent
 * literals become one Constant, or one JoinedStr as soon as one of them is an f-string; bytes
 * and str may not be mixed. Literal pieces, FormattedValues and format specs inside a JoinedStr
 * carry the whole concatenation's range, as in CPython 3.11; field expressions are parsed by a
 * parser of their own over {@code "(" + expression + ")"}, as CPython 3.11 does.
 */
final class StringConcat {
    private StringConcat() {}

    static Expr concatenate(ParserBase p, List<Token> parts, int start) {
        Token first = parts.get(0);
        Token last = parts.get(parts.size() - 1);
        boolean bytesMode = false;
        ByteArrayOutputStream bytes = null;
        JoinedBuilder joined = new JoinedBuilder(first, last, first.text().startsWith("u") ? "u" : null);
        for (int i = 0; i < parts.size(); i++) {
            Token t = parts.get(i);
            StringLiterals.Parts prefix = StringLiterals.parts(t.text());
            try {
                if (i != 0 && bytesMode != prefix.bytes) {
                    throw p.errorAtLast("cannot mix bytes and nonbytes literals");
                }
                bytesMode = prefix.bytes;
                if (prefix.bytes) {
                    if (bytes == null) {
                        bytes = new ByteArrayOutputStream();
                    }
                    byte[] b = StringLiterals.decodeBytes(t.text(), null);
                    bytes.write(b, 0, b.length);
                } else if (prefix.fstring) {
                    joined.markFormatted();
                    List<FStringPart<Expr>> fparts = FStringSplitter.split(t,
                            (src, line, col) -> parseField(p.source, src, line, col), null);
                    addParts(fparts, joined, t);
                } else {
                    joined.addLiteral(StringLiterals.decodeStr(t.text(), null));
                }
            } catch (LiteralException e) {
                throw e.where == LiteralException.Where.STRING_TOKEN
                        ? p.errorAtToken(t, e.getMessage()) : p.errorAtLast(e.getMessage());
            }
        }
        if (bytesMode) {
            return new Expr.Constant(PyBytes.of(bytes.toByteArray()), null)
                    .at(first.line(), first.col(), last.endLine(), last.endCol());
        }
        return joined.finish();
    }

    private static Expr parseField(SourceText outer, String src, int line, int col) {
        SourceText text = SourceText.forFStringExpression(outer.filename(), src, line, col);
        return new Parser(text).parseFStringExpression();
    }

    private static void addParts(List<FStringPart<Expr>> parts, JoinedBuilder out, Token current) {
        for (FStringPart<Expr> part : parts) {
            if (part instanceof FStringPart.Literal) {
                out.addLiteral(((FStringPart.Literal<Expr>) part).value());
            } else {
                FStringPart.Field<Expr> f = (FStringPart.Field<Expr>) part;
                Expr spec = null;
                if (f.formatSpec() != null) {
                    JoinedBuilder specBuilder = out.nested(current);
                    addParts(f.formatSpec(), specBuilder, current);
                    spec = specBuilder.finish();
                }
                out.addField(out.span(new Expr.FormattedValue(f.expression(), f.conversion(), spec)));
            }
        }
    }

    /** Collects literal text and replacement fields into CPython's shape. */
    static final class JoinedBuilder {
        private final Token first;
        private final Token last;
        /** The range finish() gives its node and last literal: a format spec's is its own token's. */
        private final Token finishFirst;
        private final Token finishLast;
        private final String kind;
        private final List<Expr> values = new ArrayList<>();
        private StringBuilder pending;
        private boolean formatted;

        JoinedBuilder(Token first, Token last, String kind) {
            this(first, last, first, last, kind);
        }

        private JoinedBuilder(Token first, Token last, Token finishFirst, Token finishLast, String kind) {
            this.first = first;
            this.last = last;
            this.finishFirst = finishFirst;
            this.finishLast = finishLast;
            this.kind = kind;
        }

        /** A builder for a format spec in f-string token {@code t}: always a JoinedStr. */
        JoinedBuilder nested(Token t) {
            JoinedBuilder b = new JoinedBuilder(first, last, t, t, kind);
            b.formatted = true;
            return b;
        }

        void addLiteral(String s) {
            if (s.isEmpty()) {
                return;
            }
            if (pending == null) {
                pending = new StringBuilder();
            }
            pending.append(s);
        }

        void markFormatted() {
            formatted = true;
        }

        void addField(Expr formattedValue) {
            formatted = true;
            flush();
            values.add(formattedValue);
        }

        private void flush(Token from, Token to) {
            if (pending != null) {
                values.add(span(new Expr.Constant(PyStr.of(pending.toString()), kind), from, to));
                pending = null;
            }
        }

        private void flush() {
            flush(first, last);
        }

        <E extends Expr> E span(E e) {
            return span(e, first, last);
        }

        private static <E extends Expr> E span(E e, Token from, Token to) {
            return e.at(from.line(), from.col(), to.endLine(), to.endCol());
        }

        Expr finish() {
            if (!formatted) {
                String s = pending == null ? "" : pending.toString();
                return span(new Expr.Constant(PyStr.of(s), kind), finishFirst, finishLast);
            }
            flush(finishFirst, finishLast);
            return span(new Expr.JoinedStr(values), finishFirst, finishLast);
        }
    }
}
