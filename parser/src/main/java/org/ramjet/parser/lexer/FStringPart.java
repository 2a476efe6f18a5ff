package org.ramjet.parser.lexer;

import java.util.List;

/**
 * One piece of an f-string, as {@link FStringSplitter} returns them: literal text, or a
 * replacement field. {@code E} is whatever the parser's {@link FStringSplitter.ExpressionParser}
 * makes of a field's expression (an AST node), or Void/null when no parser is given.
 *
 * <p>How CPython 3.11 builds the AST from these parts (Parser/string_parser.c), which the parser
 * repeats: all literal text of a run of concatenated strings (plain strings too) is joined into
 * one pending str; at each {@link Field} the pending str, if not empty, becomes a
 * {@code Constant} in the {@code JoinedStr}, then the field becomes a {@code FormattedValue}
 * (value = the parsed expression, conversion = {@link Field#conversion()}, format_spec = a
 * {@code JoinedStr} built the same way from {@link Field#formatSpec()}, or null). If no field
 * occurs in the whole run, the result is a plain {@code Constant} str instead of a JoinedStr.
 */
public sealed interface FStringPart<E> permits FStringPart.Literal, FStringPart.Field {

    /**
     * Literal text, already decoded: escapes processed (unless raw), {@code {{}/{@code }}}
     * unescaped. Also carries the text of a {@code =} debug field (see {@link Field#debugText()}),
     * exactly where CPython puts it. Consecutive literals are merged, and never empty.
     */
    record Literal<E>(String value) implements FStringPart<E> {
    }

    /**
     * A replacement field {@code {expression=!c:spec}}.
     *
     * @param source     the expression's source text, exactly as written between the brace and
     *                   the {@code =}, {@code !}, {@code :} or closing brace (spaces and newlines included)
     * @param line       the line CPython 3.11 gives the expression's first line: the token's line
     *                   plus the newlines before the opening brace
     * @param col        CPython 3.11's column shift for tokens on that line (its starting_col_offset),
     *                   in UTF-8 bytes: the column of the opening brace when the expression starts
     *                   on the brace's line. The expression is tokenized as {@code "(" + source + ")"}
     *                   (see {@link SourceText#forFStringExpression}), so the brace's column is
     *                   where the {@code (} sits.
     * @param expression what the ExpressionParser returned for {@code source} (null without one)
     * @param debugText  for {@code {x = }}, the text {@code "x = "} (expression, '=' and the
     *                   whitespace after it), else null. It has already been emitted as literal
     *                   text just before this field; do not add it again.
     * @param conversion {@code 's'}, {@code 'r'}, {@code 'a'}, or -1 for none; already 'r' for a
     *                   debug field without conversion and format spec, as 3.11 does
     * @param formatSpec the parts of the format spec after {@code :} (possibly empty, and
     *                   possibly holding nested fields), or null when there is no {@code :}
     */
    record Field<E>(String source, int line, int col, E expression, String debugText, int conversion,
                    List<FStringPart<E>> formatSpec) implements FStringPart<E> {
    }
}
