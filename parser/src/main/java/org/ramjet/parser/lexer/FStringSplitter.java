package org.ramjet.parser.lexer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits one f-string STRING token into literal text and replacement fields, as CPython 3.11's
 * parser does (Parser/string_parser.c): 3.11 tokenizes an f-string as a single STRING and finds
 * the fields afterwards by scanning the text, tracking quotes and brackets inside expressions
 * so that {@code {d['k']}}, {@code {x!r:>{width}}}, {@code {a if b else c}}, {@code {a != b}} and
 * {@code {(lambda: 1)()}} split correctly, and with CPython's error messages ("f-string:
 * expecting '}'", "f-string: single '}' is not allowed", ...).
 *
 * <p>Each field's expression is handed to the {@link ExpressionParser} as soon as it is found,
 * before the conversion and format spec are looked at: CPython compiles it at that moment, so
 * an error inside the expression wins over a later error in the same f-string.
 *
 * <p>All errors are {@link LiteralException}s located at the parser's last token
 * ({@link LiteralException.Where#LAST_TOKEN}). Invalid-escape warnings go to the
 * {@code warnings} consumer, as in {@link StringLiterals}.
 */
public final class FStringSplitter {
    /** CPython's MAXLEVEL for brackets inside one expression. */
    private static final int MAX_NESTING = 200;

    /** Parses one replacement field's expression; see {@link FStringPart.Field} for the arguments. */
    @FunctionalInterface
    public interface ExpressionParser<E> {
        E parse(String source, int line, int col);
    }

    private final String s;
    private final int end;
    private final boolean raw;
    private final int tokenLine;
    private final int tokenCol;
    private final ExpressionParser<?> parser;
    private final Consumer<String> warnings;
    private int pos;

    private FStringSplitter(String text, int line, int col, ExpressionParser<?> parser, Consumer<String> warnings) {
        StringLiterals.Parts p = StringLiterals.parts(text);
        if (!p.fstring) {
            throw new IllegalArgumentException("not an f-string: " + text);
        }
        this.s = text;
        this.end = p.bodyEnd;
        this.raw = p.raw;
        this.tokenLine = line;
        this.tokenCol = col;
        this.parser = parser;
        this.warnings = warnings;
        this.pos = p.bodyStart;
    }

    /** Splits an f-string token; {@code parser} and {@code warnings} may be null. */
    public static <E> List<FStringPart<E>> split(Token token, ExpressionParser<E> parser, Consumer<String> warnings) {
        return split(token.text(), token.line(), token.col(), parser, warnings);
    }

    /**
     * Splits the f-string token text {@code text} (prefix, quotes and body) that starts at
     * {@code line}, byte column {@code col}.
     */
    public static <E> List<FStringPart<E>> split(String text, int line, int col, ExpressionParser<E> parser,
                                                 Consumer<String> warnings) {
        return new FStringSplitter(text, line, col, parser, warnings).parse(0);
    }

    /** CPython's FstringParser_ConcatFstring: literals and fields until the end, or a '}' when nested. */
    private <E> List<FStringPart<E>> parse(int recurseLevel) {
        List<FStringPart<E>> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (;;) {
            boolean doubledBrace = findLiteral(recurseLevel, literal);
            if (doubledBrace) {
                continue;
            }
            if (pos >= end || s.charAt(pos) == '}') {
                break;
            }
            findField(recurseLevel, parts, literal);
        }
        flush(parts, literal);
        if (recurseLevel == 0 && pos < end - 1) {
            throw error("f-string: unexpected end of string");
        }
        if (recurseLevel != 0 && (pos >= end || s.charAt(pos) != '}')) {
            throw error("f-string: expecting '}'");
        }
        return parts;
    }

    private static <E> void flush(List<FStringPart<E>> parts, StringBuilder literal) {
        if (literal.length() > 0) {
            parts.add(new FStringPart.Literal<>(literal.toString()));
            literal.setLength(0);
        }
    }

    /**
     * Literal text up to an undoubled '{' (or '}' in a format spec), appended decoded to
     * {@code out}. Returns true at a doubled brace, after appending one brace and skipping both.
     */
    private boolean findLiteral(int recurseLevel, StringBuilder out) {
        int start = pos;
        int p = pos;
        boolean doubled = false;
        int literalEnd = -1;
        while (p < end) {
            char ch = s.charAt(p++);
            if (!raw && ch == '\\' && p < end) {
                ch = s.charAt(p++);
                if (ch == 'N') {
                    // skip a \N{...} escape, whose braces are not fields
                    if (p < end && s.charAt(p++) == '{') {
                        while (p < end && s.charAt(p++) != '}') {
                            // skip the name
                        }
                    }
                    continue;
                }
                if (ch == '{' && warnings != null) {
                    warnings.accept("invalid escape sequence '\\{'");
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurseLevel == 0) {
                    if (p < end && s.charAt(p) == ch) {
                        // keep the first brace, skip the second
                        literalEnd = p;
                        pos = p + 1;
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        pos = p - 1;
                        throw error("f-string: single '}' is not allowed");
                    }
                }
                p--;
                break;
            }
        }
        if (!doubled) {
            literalEnd = p;
            pos = p;
        }
        if (literalEnd > start) {
            if (raw) {
                StringLiterals.checkUtf8(s, start, literalEnd);
                out.append(s, start, literalEnd);
            } else {
                out.append(StringLiterals.decodeEscapes(s, start, literalEnd, warnings));
            }
        }
        return doubled;
    }

    /** CPython's fstring_find_expr, from the '{' at pos. */
    private <E> void findField(int recurseLevel, List<FStringPart<E>> parts, StringBuilder literal) {
        if (recurseLevel >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        int brace = pos;
        pos++;
        int exprStart = pos;
        char quoteChar = 0;
        int stringType = 0;
        int depth = 0;
        char[] parens = new char[MAX_NESTING];
        for (; pos < end; pos++) {
            char ch = s.charAt(pos);
            if (ch == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (pos + 2 < end && s.charAt(pos + 1) == ch && s.charAt(pos + 2) == ch) {
                            pos += 2;
                            stringType = 0;
                            quoteChar = 0;
                        }
                    } else {
                        stringType = 0;
                        quoteChar = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (pos + 2 < end && s.charAt(pos + 1) == ch && s.charAt(pos + 2) == ch) {
                    stringType = 3;
                    pos += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= MAX_NESTING) {
                    throw error("f-string: too many nested parenthesis");
                }
                parens[depth++] = ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (pos + 1 < end) {
                    char next = s.charAt(pos + 1);
                    if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                        pos++; // !=, ==, <=, >= belong to the expression
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw error("f-string: unmatched '" + ch + "'");
                }
                char opening = parens[--depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    throw error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '"
                            + opening + "'");
                }
            }
        }
        int exprEnd = pos;
        if (quoteChar != 0) {
            throw error("f-string: unterminated string");
        }
        if (depth > 0) {
            throw error("f-string: unmatched '" + parens[depth - 1] + "'");
        }
        if (pos >= end) {
            throw expectingBrace();
        }
        String source = s.substring(exprStart, exprEnd);
        E expression = compile(brace, exprStart, exprEnd, source);

        String debugText = null;
        if (s.charAt(pos) == '=') {
            pos++;
            while (pos < end && isSpace(s.charAt(pos))) {
                pos++;
            }
            if (pos >= end) {
                throw expectingBrace();
            }
            debugText = s.substring(exprStart, pos);
        }
        int conversion = -1;
        if (s.charAt(pos) == '!') {
            pos++;
            if (pos >= end) {
                throw expectingBrace();
            }
            conversion = s.charAt(pos);
            pos++;
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        List<FStringPart<E>> spec = null;
        if (pos < end && s.charAt(pos) == ':') {
            pos++;
            if (pos >= end) {
                throw expectingBrace();
            }
            spec = parse(recurseLevel + 1);
        }
        if (pos >= end || s.charAt(pos) != '}') {
            throw expectingBrace();
        }
        pos++;
        if (debugText != null && spec == null && conversion == -1) {
            conversion = 'r';
        }
        if (debugText != null) {
            literal.append(debugText);
        }
        flush(parts, literal);
        parts.add(new FStringPart.Field<>(source, lineOf(brace), colOf(brace), expression, debugText, conversion,
                spec));
    }

    /** Checks the expression is not empty, works out its position, and hands it to the parser. */
    @SuppressWarnings("unchecked")
    private <E> E compile(int brace, int exprStart, int exprEnd, String source) {
        int i = exprStart;
        while (i < exprEnd) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f') {
                break;
            }
            i++;
        }
        if (i == exprEnd) {
            char stop = s.charAt(exprEnd);
            if (stop == '!' || stop == ':' || stop == '=') {
                throw error("f-string: expression required before '" + stop + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        if (parser == null) {
            return null;
        }
        return ((ExpressionParser<E>) parser).parse(source, lineOf(brace), colOf(brace));
    }

    /** CPython's starting_lineno for the field whose '{' is at {@code brace}. */
    int lineOf(int brace) {
        int lines = 0;
        for (int p = 0; p < brace; p++) {
            if (s.charAt(p) == '\n') {
                lines++;
            }
        }
        return tokenLine + lines;
    }

    /**
     * CPython's starting_col_offset (fstring_find_expr_location): the byte column of the '{'
     * within its line (plus the token's column when that is the token's first line), or just
     * the token's column when only whitespace follows the '{' up to a newline.
     */
    int colOf(int brace) {
        boolean newlineAfterBrace = true;
        for (int p = brace + 1; p < s.length(); p++) {
            char c = s.charAt(p);
            if (c == '}' || c == '\n') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int cols = 0;
        if (!newlineAfterBrace) {
            int start = brace;
            while (start > 0 && s.charAt(start) != '\n') {
                start--;
            }
            cols = utf8Length(s, start, brace);
            if (s.charAt(start) == '\n') {
                cols -= 1;
            }
        }
        boolean firstLine = lineOf(brace) == tokenLine;
        return firstLine ? tokenCol + cols : cols;
    }

    private static int utf8Length(String str, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += SourceText.utf8Length(str.charAt(i));
        }
        return n;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    private static LiteralException expectingBrace() {
        return error("f-string: expecting '}'");
    }

    private static LiteralException error(String msg) {
        return new LiteralException(msg, LiteralException.Where.LAST_TOKEN);
    }
}
