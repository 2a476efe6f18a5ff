package org.ramjet.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyStr;
import org.ramjet.parser.ast.Expr;
import org.ramjet.parser.lexer.Token;

/**
 * The {@code strings} rule's action (CPython's {@code _PyPegen_concatenate_strings}): adjacent
 * literals become one Constant, or one JoinedStr as soon as one of them is an f-string; bytes
 * and str may not be mixed. Literal pieces and FormattedValues inside a JoinedStr carry the
 * whole concatenation's range, as in CPython 3.11.
 */
final class StringConcat {
    private StringConcat() {}

    static Expr concatenate(ParserBase p, List<Token> parts, int start) {
        Token first = parts.get(0);
        Token last = parts.get(parts.size() - 1);
        boolean bytesMode = false;
        ByteArrayOutputStream bytes = null;
        JoinedBuilder joined = new JoinedBuilder(first, last);
        for (int i = 0; i < parts.size(); i++) {
            Token t = parts.get(i);
            StringPrefix prefix = StringPrefix.of(t.text());
            if (i != 0 && bytesMode != prefix.bytes) {
                throw p.errorAtLast("cannot mix bytes and nonbytes literals");
            }
            bytesMode = prefix.bytes;
            if (prefix.bytes) {
                if (bytes == null) {
                    bytes = new ByteArrayOutputStream();
                }
                byte[] b = StringDecoding.bytesValue(p, t, prefix);
                bytes.write(b, 0, b.length);
            } else if (prefix.formatted) {
                FStrings.addParts(p, t, prefix, joined);
            } else {
                joined.addLiteral(StringDecoding.strValue(p, t, prefix));
            }
        }
        if (bytesMode) {
            return new Expr.Constant(PyBytes.of(bytes.toByteArray()), null)
                    .at(first.line(), first.col(), last.endLine(), last.endCol());
        }
        return joined.finish();
    }

    /** Collects literal text and replacement fields into CPython's shape. */
    static final class JoinedBuilder {
        private final Token first;
        private final Token last;
        private final String kind;
        private final List<Expr> values = new ArrayList<>();
        private StringBuilder pending;
        private boolean formatted;

        JoinedBuilder(Token first, Token last) {
            this(first, last, first.text().startsWith("u") ? "u" : null);
        }

        private JoinedBuilder(Token first, Token last, String kind) {
            this.first = first;
            this.last = last;
            this.kind = kind;
        }

        /** A builder for a format spec: always a JoinedStr, never with kind 'u'. */
        static JoinedBuilder forFormatSpec(Token first, Token last) {
            JoinedBuilder b = new JoinedBuilder(first, last, null);
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

        private void flush() {
            if (pending != null) {
                values.add(constant(pending.toString()));
                pending = null;
            }
        }

        private Expr constant(String s) {
            return new Expr.Constant(PyStr.of(s), kind).at(first.line(), first.col(), last.endLine(), last.endCol());
        }

        Expr finish() {
            if (!formatted) {
                return constant(pending == null ? "" : pending.toString());
            }
            flush();
            return new Expr.JoinedStr(values).at(first.line(), first.col(), last.endLine(), last.endCol());
        }

        Token first() {
            return first;
        }

        Token last() {
            return last;
        }
    }
}
