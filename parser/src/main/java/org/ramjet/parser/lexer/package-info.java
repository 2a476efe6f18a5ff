/**
 * Python 3.11's lexical layer, faithful to CPython 3.11 down to error messages and positions.
 *
 * <h2>Tour</h2>
 * <ol>
 * <li>{@link org.ramjet.parser.lexer.SourceText}: bytes or text to a source. {@code fromFile}
 *     (script/module), {@code fromBytes} ({@code compile(bytes)}), {@code fromString}
 *     ({@code compile(str)}), {@code forFStringExpression} (one f-string field).
 *     {@link org.ramjet.parser.lexer.SourceDecoder} does PEP 263 and BOM handling;
 *     {@link org.ramjet.parser.lexer.Utf8} keeps undecodable bytes so they fail where CPython's
 *     do.</li>
 * <li>{@link org.ramjet.parser.lexer.Tokenizer}: {@code Token next()}, pulled by the parser.</li>
 * <li>{@link org.ramjet.parser.lexer.NumberLiterals}, {@link org.ramjet.parser.lexer.StringLiterals}:
 *     NUMBER and STRING token text to PyInt/PyFloat/PyComplex and PyStr/PyBytes.</li>
 * <li>{@link org.ramjet.parser.lexer.FStringSplitter}: an f-string STRING token to
 *     {@link org.ramjet.parser.lexer.FStringPart}s.</li>
 * </ol>
 *
 * <h2>What the parser must do to match CPython</h2>
 * <ul>
 * <li><b>Keywords</b>: test with {@link org.ramjet.parser.lexer.Token#isKeyword(String)} (a
 *     fullwidth {@code ｉｆ} is the name "if", never the keyword). Use a NAME's text as the
 *     identifier (already NFKC-normalized).</li>
 * <li><b>{@code <>}</b> is an {@link org.ramjet.parser.lexer.TokenKind#OP} token, like {@code $}
 *     and {@code ?}: no rule accepts it, so "invalid syntax" lands on it, as in CPython.</li>
 * <li><b>Error columns</b>: a parser error at byte column {@code c} of line {@code l} has
 *     {@code offset = source.errorOffset(l, c)} and {@code end_offset =
 *     source.errorEndOffset(l, endCol)} (CPython counts characters or bytes depending on how the
 *     source arrived). At INDENT/DEDENT/ENDMARKER (no extent, see
 *     {@link org.ramjet.parser.lexer.Token}) CPython uses the token's column itself as offset
 *     (no +1, converted likewise) and end_offset -1.</li>
 * <li><b>After a parser SyntaxError</b> (generic "invalid syntax" or a specific message, but not
 *     "unexpected indent"/"unexpected unindent"), call
 *     {@link org.ramjet.parser.lexer.Tokenizer#scanRemainderForError(int)} with the line of the last
 *     token fetched (CPython's {@code p->tokens[p->fill-1]}, or its known error token):
 *     a non-null result replaces the parser's error.</li>
 * <li><b>Strings</b>: for a run of STRING tokens, CPython first checks that bytes and non-bytes
 *     are not mixed ("cannot mix bytes and nonbytes literals", at the last token fetched), then
 *     decodes each token in order. {@link org.ramjet.parser.lexer.LiteralException#where} says
 *     where to report a decoding error: the last token fetched (the one after the run) or the
 *     string token. Invalid-escape warnings come as message strings: call the
 *     {@link org.ramjet.parser.lexer.LexWarningListener} with "DeprecationWarning" and the
 *     token's line; if it returns true, raise a SyntaxError with that message at the token.</li>
 * <li><b>f-strings</b>: {@link org.ramjet.parser.lexer.FStringSplitter#split} calls your
 *     {@link org.ramjet.parser.lexer.FStringSplitter.ExpressionParser} for each field, with the
 *     expression source, line and column. Parse it as CPython does: tokenize
 *     {@code SourceText.forFStringExpression(filename, source, line, col)} (the text
 *     {@code "(" + source + ")"}, first-line tokens shifted by col) and parse
 *     {@code star_expressions} from its LPAR. Errors the parser raises there get the prefix
 *     {@code "f-string: "}, their columns are taken minus col, counted in bytes in the
 *     parenthesized text, and their text is {@code source.line(n)} (e.g. {@code "(a b)\n"}); errors the
 *     sub-tokenizer raises come complete. Build JoinedStr/FormattedValue as described in
 *     {@link org.ramjet.parser.lexer.FStringPart}.</li>
 * </ul>
 */
package org.ramjet.parser.lexer;
