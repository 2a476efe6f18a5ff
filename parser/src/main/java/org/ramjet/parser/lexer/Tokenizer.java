package org.ramjet.parser.lexer;

import java.util.ArrayList;
import java.util.List;
import org.ramjet.parser.SyntaxErrorException;
import org.ramjet.parser.SyntaxErrorException.Kind;

/**
 * The Python 3.11 tokenizer: a pull-based scanner over a {@link SourceText} that yields the
 * tokens of CPython's C tokenizer, with its rules and its errors, message and position alike.
 * The parser calls {@link #next()} as it needs tokens, so errors surface in the same order as in
 * CPython, where the parser also pulls tokens one at a time.
 *
 * <p>A guided tour, in the order {@link #next()} works:
 * <ol>
 * <li>At the beginning of a line, {@link #readIndentation()} measures the indentation (tabs to
 *     multiples of 8, and again with tabs as 1 column: the two must agree, else TabError), and
 *     queues INDENT/DEDENT tokens. Blank and comment-only lines, and every line inside brackets,
 *     leave the indentation alone.</li>
 * <li>Spaces, tabs and form feeds are skipped; a comment runs to the end of the line.</li>
 * <li>Then one token: a name (or a string prefix, see {@link #scanString}), NEWLINE (only outside
 *     brackets and not for blank lines), a number ({@link #scanNumber}), a string, a backslash
 *     continuation, or an operator (longest match), tracking the bracket nesting.</li>
 * </ol>
 * Lines are read lazily as in CPython: the line number advances when the first character of the
 * next line is read, not when a newline is consumed; several error columns depend on that.
 *
 * <p>Errors come in two families, as in CPython, which matters only to
 * {@link #scanRemainderForError(int)}: errors the tokenizer raises itself (unterminated string,
 * invalid character, bad number, unmatched bracket, ...) and end states the parser turns into
 * errors (unexpected EOF, unclosed bracket at EOF, inconsistent dedent, TabError, too deep,
 * character after a line continuation). This class throws both from {@link #next()} with
 * CPython's final message and position.
 */
public final class Tokenizer {
    /** CPython's tab stop for indentation. */
    public static final int TAB_SIZE = 8;
    /** Maximum indentation depth (CPython's MAXINDENT). */
    public static final int MAX_INDENT = 100;
    /** Maximum bracket nesting (CPython's MAXLEVEL). */
    public static final int MAX_LEVEL = 200;

    private static final int EOF = -1;

    private final SourceText source;
    private final String filename;
    private final char[] buf;
    private final int end;
    private final boolean charOffsets;
    private final boolean fromFile;
    /** Line whose tokens are shifted right by {@link #shiftCol} (first line of an f-string expression). */
    private final int shiftLine;
    private final int shiftCol;
    private LexWarningListener warnings = LexWarningListener.IGNORE;

    private int pos;
    private int lineno;
    private int lineStart;
    /** Index after a consumed newline whose line has not been read yet; -1 when none. */
    private int pendingLineStart;
    /** Start of the first line read since no token was in progress (CPython's tok->buf). */
    private int groupStart;
    /** A token is being scanned (CPython's tok->start != NULL): lines read now join the group. */
    private boolean inToken;

    private boolean atBol = true;
    private int pendin;
    private int indent;
    private final int[] indstack = new int[MAX_INDENT + 1];
    private final int[] altindstack = new int[MAX_INDENT + 1];
    private int level;
    private final char[] parenChar = new char[MAX_LEVEL];
    private final int[] parenLine = new int[MAX_LEVEL];
    private final int[] parenCol = new int[MAX_LEVEL];

    private Token endmarker;
    private SyntaxErrorException failure;
    /** Whether {@link #failure} is an error CPython's tokenizer raised itself (it replaces a parser error). */
    private boolean failureRaisedByTokenizer;

    private int colCacheLineStart = -1;
    private int colCacheIndex;
    private int colCacheBytes;

    public Tokenizer(SourceText source) {
        this.source = source;
        this.filename = source.filename();
        this.buf = source.buffer();
        this.end = buf.length;
        this.charOffsets = source.usesCharOffsets();
        this.fromFile = source.isFile();
        this.lineno = source.firstLine() - 1;
        this.pendingLineStart = 0;
        if (source.decodingError() != null) {
            fail(source.decodingError(), true);
        }
        if (source.isFStringExpression()) {
            this.shiftLine = source.firstLine();
            this.shiftCol = source.fstringColumn();
        } else {
            this.shiftLine = Integer.MIN_VALUE;
            this.shiftCol = 0;
        }
    }

    /** Where SyntaxWarning for numbers like {@code 1if} goes (ignored by default). */
    public Tokenizer setWarningListener(LexWarningListener listener) {
        this.warnings = listener;
        return this;
    }

    public SourceText source() {
        return source;
    }

    /** Tokenizes a whole source, ENDMARKER included (for tests and tools). */
    public static List<Token> tokenize(SourceText source) {
        Tokenizer t = new Tokenizer(source);
        List<Token> out = new ArrayList<>();
        Token tok;
        do {
            tok = t.next();
            out.add(tok);
        } while (tok.kind() != TokenKind.ENDMARKER);
        return out;
    }

    /**
     * The next token. After ENDMARKER, returns ENDMARKER again; after an error, throws it again.
     *
     * @throws SyntaxErrorException with CPython 3.11's message and position
     */
    public Token next() {
        if (failure != null) {
            throw failure;
        }
        if (endmarker != null) {
            return endmarker;
        }
        return scan();
    }

    /**
     * CPython's check after the parser fails with a SyntaxError while the tokenizer was fine
     * (_PyPegen_tokenize_full_source_to_check_for_errors): it tokenizes the rest of the source;
     * an error the tokenizer raises itself (an unterminated string further down, an invalid
     * character, ...) replaces the parser's; any other tokenizer error stops the scan, and then a
     * bracket still open replaces the parser's error only if it was opened on a line before
     * {@code errorLine}. CPython's {@code errorLine} is the line of the last token the parser
     * fetched (or of the token it blamed explicitly), not necessarily the reported line. The
     * parser calls this after raising a generic "invalid syntax" or any SyntaxError of its own,
     * but not for "unexpected indent"/"unexpected unindent".
     *
     * @return the error to raise instead, or null to keep the parser's
     */
    public SyntaxErrorException scanRemainderForError(int errorLine) {
        if (failure != null) {
            return null;
        }
        try {
            while (next().kind() != TokenKind.ENDMARKER) {
                // keep going
            }
            return null;
        } catch (SyntaxErrorException e) {
            if (failureRaisedByTokenizer) {
                return e;
            }
            if (level > 0 && errorLine > parenLine[level - 1]) {
                return unclosedBracket();
            }
            return null;
        }
    }

    // ---------------------------------------------------------------- reading characters

    private int nextc() {
        if (pos >= end) {
            return EOF;
        }
        if (pos == pendingLineStart) {
            enterLine();
        }
        char c = buf[pos++];
        if (c == '\n') {
            pendingLineStart = pos;
        }
        return c;
    }

    private void backup(int c) {
        if (c != EOF) {
            pos--;
        }
    }

    /** Reads the line starting at pos: CPython's tokenizer reading its next line. */
    private void enterLine() {
        lineno++;
        lineStart = pos;
        pendingLineStart = -1;
        if (!inToken) {
            groupStart = pos;
        }
        if (lineno == source.deferredErrorLine() && source.deferredError() != null) {
            throw fail(source.deferredError(), true);
        }
    }

    // ---------------------------------------------------------------- the token loop

    private Token scan() {
        int c;
        nextline:
        for (;;) {
            inToken = false;
            boolean blankline = false;
            if (atBol) {
                atBol = false;
                blankline = readIndentation();
            }
            if (pendin != 0) {
                TokenKind kind;
                if (pendin < 0) {
                    pendin++;
                    kind = TokenKind.DEDENT;
                } else {
                    pendin--;
                    kind = TokenKind.INDENT;
                }
                return positionless(kind);
            }
            for (;;) { // CPython's "again": after a backslash continuation
                inToken = false;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                int start = c == EOF ? pos : pos - 1;
                int startLine = lineno;
                int startLineStart = lineStart;
                inToken = true;
                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = nextc();
                    }
                }
                if (c == EOF) {
                    inToken = false;
                    if (level > 0) {
                        throw fail(unclosedBracket(), false);
                    }
                    endmarker = positionless(TokenKind.ENDMARKER);
                    return endmarker;
                }
                if (isPotentialIdentifierStart(c)) {
                    return scanNameOrPrefixedString(c, start, startLine, startLineStart);
                }
                if (c == '\n') {
                    atBol = true;
                    if (blankline || level > 0) {
                        continue nextline;
                    }
                    return newlineToken(start);
                }
                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        scanFloatTail(c, true);
                        return make(TokenKind.NUMBER, text(start), startLine, startLineStart, start);
                    }
                    if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return make(TokenKind.ELLIPSIS, "...", startLine, startLineStart, start);
                        }
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return make(TokenKind.DOT, ".", startLine, startLineStart, start);
                }
                if (isDigit(c)) {
                    scanNumber(c, start);
                    return make(TokenKind.NUMBER, text(start), startLine, startLineStart, start);
                }
                if (c == '\'' || c == '"') {
                    return scanString(c, start, startLine, startLineStart);
                }
                if (c == '\\') {
                    continuationLine(false);
                    continue;
                }
                return scanOperator(c, start, startLine, startLineStart);
            }
        }
    }

    /**
     * Measures the indentation of a new line and queues INDENT/DEDENT. Returns whether the line
     * is blank or comment-only (then it changes nothing).
     */
    private boolean readIndentation() {
        int col = 0;
        int altcol = 0;
        int contLineCol = 0; // CPython uses 0 for "no backslash seen", so a backslash at column 0 is ignored
        int c;
        for (;;) {
            c = nextc();
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altcol++;
            } else if (c == '\f') {
                col = 0;
                altcol = 0;
            } else if (c == '\\') {
                contLineCol = contLineCol != 0 ? contLineCol : col;
                continuationLine(true);
            } else {
                break;
            }
        }
        backup(c);
        boolean blank = c == '#' || c == '\n';
        if (!blank && level == 0) {
            if (contLineCol != 0) {
                col = contLineCol;
                altcol = contLineCol;
            }
            if (col == indstack[indent]) {
                if (altcol != altindstack[indent]) {
                    throw fail(tabError(), false);
                }
            } else if (col > indstack[indent]) {
                if (indent + 1 >= MAX_INDENT) {
                    throw fail(endStateError(Kind.INDENTATION_ERROR, "too many levels of indentation"), false);
                }
                if (altcol <= altindstack[indent]) {
                    throw fail(tabError(), false);
                }
                pendin++;
                indstack[++indent] = col;
                altindstack[indent] = altcol;
            } else {
                while (indent > 0 && col < indstack[indent]) {
                    pendin--;
                    indent--;
                }
                if (col != indstack[indent]) {
                    int lineEnd = source.lineEndIndex(lineno);
                    throw fail(new SyntaxErrorException(Kind.INDENTATION_ERROR,
                            "unindent does not match any outer indentation level", filename, lineno,
                            measure(lineStart, lineEnd), lineno, -1, parserErrorText(lineno)), false);
                }
                if (altcol != altindstack[indent]) {
                    throw fail(tabError(), false);
                }
            }
        }
        return blank;
    }

    /** After a backslash: a newline must follow, and then something other than the end of input. */
    private void continuationLine(boolean inIndentation) {
        int c = nextc();
        if (c != '\n') {
            // CPython: column of the character after the backslash, counted from the group's first line
            throw fail(new SyntaxErrorException(Kind.SYNTAX_ERROR,
                    "unexpected character after line continuation character", filename, lineno,
                    measure(groupStart, pos), lineno, 0, parserErrorText(lineno)), false);
        }
        c = nextc();
        if (c == EOF) {
            if (level > 0) {
                throw fail(unclosedBracket(), false);
            }
            // the file reader has just emptied its buffer when the backslash was in the indentation
            int offset = fromFile && inIndentation ? 0 : measure(lineStart, end);
            throw fail(new SyntaxErrorException(Kind.SYNTAX_ERROR, "unexpected EOF while parsing", filename,
                    lineno, offset, lineno, -1, parserErrorText(lineno)), false);
        }
        backup(c);
    }

    // ---------------------------------------------------------------- names and strings

    private Token scanNameOrPrefixedString(int c, int start, int startLine, int startLineStart) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                return scanString(c, start, startLine, startLineStart);
            }
        }
        boolean nonAscii = false;
        if (isPotentialIdentifierChar(c)) {
            nonAscii = c >= 0x80;
            // an identifier never spans lines, so scan the buffer directly
            int p = pos;
            char[] b = buf;
            int n = end;
            while (p < n) {
                char ch = b[p];
                if (ch < 0x80) {
                    if (!isAsciiIdentifierChar(ch)) {
                        break;
                    }
                } else {
                    nonAscii = true;
                }
                p++;
            }
            pos = p;
        } else {
            backup(c); // the prefix letters alone are the name
        }
        String name;
        if (nonAscii) {
            verifyIdentifier(start);
            name = Identifiers.normalize(new String(buf, start, pos - start));
        } else {
            name = new String(buf, start, pos - start);
        }
        return make(TokenKind.NAME, name, startLine, startLineStart, start);
    }

    /** CPython's verify_identifier: the first character that cannot be in an identifier is an error. */
    private void verifyIdentifier(int start) {
        String undecodable = Utf8.decodeError(new String(buf, start, pos - start), 0, pos - start);
        if (undecodable != null) {
            // CPython fails to decode the name's bytes (E_DECODE): reported at the tokenizer's position
            throw fail(new SyntaxErrorException(Kind.SYNTAX_ERROR, "(unicode error) " + undecodable, filename,
                    lineno, measure(lineStart, pos), lineno, -1, parserErrorText(lineno)), true);
        }
        int bad = Identifiers.firstInvalid(buf, start, pos);
        if (bad >= pos) {
            return;
        }
        int cp = Character.codePointAt(buf, bad, pos);
        pos = bad + Character.charCount(cp);
        String hex = String.format("%04X", cp);
        String msg = Identifiers.isPrintable(cp)
                ? "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")"
                : "invalid non-printable character U+" + hex;
        throw fail(syntaxError(msg), true);
    }

    /**
     * A string literal, from its opening quote (the prefix, if any, is already consumed). Single
     * quotes end at the line's end; a backslash escapes any character, a newline included.
     */
    private Token scanString(int quote, int start, int startLine, int startLineStart) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1; // empty string
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detectedAt = lineno;
                String msg = quoteSize == 3
                        ? "unterminated triple-quoted string literal (detected at line " + detectedAt + ")"
                        : "unterminated string literal (detected at line " + detectedAt + ")";
                // reported at the string's first character, on its first line
                int offset = SourceText.codePoints(buf, startLineStart, start + 1);
                throw fail(new SyntaxErrorException(Kind.SYNTAX_ERROR, msg, filename, startLine, offset, startLine,
                        offset, source.lineWithoutNewline(startLine)), true);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        return make(TokenKind.STRING, text(start), startLine, startLineStart, start);
    }

    // ---------------------------------------------------------------- numbers

    /** A number from its first digit (already consumed); leaves pos after it. */
    private void scanNumber(int c, int start) {
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isHexDigit(c)) {
                        backup(c);
                        throw fail(syntaxError("invalid hexadecimal literal"), true);
                    }
                    do {
                        c = nextc();
                    } while (isHexDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            throw fail(syntaxError("invalid digit '" + (char) c + "' in octal literal"), true);
                        }
                        backup(c);
                        throw fail(syntaxError("invalid octal literal"), true);
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    throw fail(syntaxError("invalid digit '" + (char) c + "' in octal literal"), true);
                }
                verifyEndOfNumber(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            throw fail(syntaxError("invalid digit '" + (char) c + "' in binary literal"), true);
                        }
                        backup(c);
                        throw fail(syntaxError("invalid binary literal"), true);
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    throw fail(syntaxError("invalid digit '" + (char) c + "' in binary literal"), true);
                }
                verifyEndOfNumber(c, "binary");
            } else {
                // zeros, maybe an old-style octal (an error), maybe a float such as 0777.5
                boolean nonzero = false;
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw fail(syntaxError("invalid decimal literal"), true);
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = pos;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    scanFloatTail(nextc(), true);
                    return;
                } else if (c == 'e' || c == 'E' || c == 'j' || c == 'J') {
                    scanFloatTail(c, false);
                    return;
                } else if (nonzero) {
                    backup(c);
                    int startCol = byteCol(lineStart, start) + 1;
                    int endCol = byteCol(lineStart, zerosEnd);
                    throw fail(new SyntaxErrorException(Kind.SYNTAX_ERROR,
                            "leading zeros in decimal integer literals are not permitted; "
                                    + "use an 0o prefix for octal integers",
                            filename, lineno, startCol, lineno, endCol, source.lineWithoutNewline(lineno)), true);
                }
                verifyEndOfNumber(c, "decimal");
            }
            backup(c);
            return;
        }
        c = decimalTail();
        if (c == '.') {
            scanFloatTail(nextc(), true);
        } else {
            scanFloatTail(c, false);
        }
    }

    /**
     * The rest of a decimal number: {@code c} is the character after the '.' when
     * {@code afterPoint}, else the character after the integer digits.
     */
    private void scanFloatTail(int c, boolean afterPoint) {
        if (afterPoint && isDigit(c)) {
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') {
            int e = c;
            c = nextc();
            if (c == '+' || c == '-') {
                c = nextc();
                if (!isDigit(c)) {
                    backup(c);
                    throw fail(syntaxError("invalid decimal literal"), true);
                }
            } else if (!isDigit(c)) {
                backup(c);
                verifyEndOfNumber(e, "decimal");
                backup(e); // the 'e' starts the next token (as in "1else")
                return;
            }
            c = decimalTail();
        }
        if (c == 'j' || c == 'J') {
            c = nextc();
            verifyEndOfNumber(c, "imaginary");
        } else {
            verifyEndOfNumber(c, "decimal");
        }
        backup(c);
    }

    /** Digits and single underscores between digits; returns the first character after them (consumed). */
    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw fail(syntaxError("invalid decimal literal"), true);
            }
        }
    }

    /**
     * A number must not run into a name: {@code 1abc} is an error, but {@code 1if}, {@code 1or},
     * ... only warn (CPython 3.11 deprecates them). {@code c} is the consumed character after the
     * number; pos is left after it.
     */
    private void verifyEndOfNumber(int c, String kind) {
        boolean keyword;
        switch (c) {
            case 'a':
                keyword = lookahead("nd");
                break;
            case 'e':
                keyword = lookahead("lse");
                break;
            case 'f':
                keyword = lookahead("or");
                break;
            case 'i': {
                int c2 = pos < end ? buf[pos] : EOF;
                keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
                break;
            }
            case 'o':
                keyword = lookahead("r");
                break;
            case 'n':
                keyword = lookahead("ot");
                break;
            default:
                keyword = false;
        }
        String msg = "invalid " + kind + " literal";
        if (keyword) {
            backup(c);
            if (warnings.warn("SyntaxWarning", msg, lineno)) {
                throw fail(syntaxError(msg), true);
            }
            nextc();
        } else if (c >= 0 && c < 0x80 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw fail(syntaxError(msg), true);
        }
    }

    /** Whether the input at pos spells {@code rest} followed by a character that cannot continue a name. */
    private boolean lookahead(String rest) {
        int p = pos;
        for (int i = 0; i < rest.length(); i++, p++) {
            if (p >= end || buf[p] != rest.charAt(i)) {
                return false;
            }
        }
        return p >= end || !isPotentialIdentifierChar(buf[p]);
    }

    // ---------------------------------------------------------------- operators

    private Token scanOperator(int c, int start, int startLine, int startLineStart) {
        int c2 = nextc();
        TokenKind two = Operators.twoChars(c, c2);
        if (two != null) {
            int c3 = nextc();
            TokenKind three = Operators.threeChars(c, c2, c3);
            if (three != null) {
                return make(three, three.spelling, startLine, startLineStart, start);
            }
            backup(c3);
            if (two == TokenKind.OP) {
                return make(TokenKind.OP, "<>", startLine, startLineStart, start);
            }
            return make(two, two.spelling, startLine, startLineStart, start);
        }
        backup(c2);
        switch (c) {
            case '(':
            case '[':
            case '{':
                if (level >= MAX_LEVEL) {
                    throw fail(syntaxError("too many nested parentheses"), true);
                }
                parenChar[level] = (char) c;
                parenLine[level] = lineno;
                parenCol[level] = byteCol(lineStart, start);
                level++;
                break;
            case ')':
            case ']':
            case '}':
                if (level == 0) {
                    throw fail(syntaxError("unmatched '" + (char) c + "'"), true);
                }
                level--;
                char opening = parenChar[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + opening + "'";
                    if (parenLine[level] != lineno) {
                        msg += " on line " + parenLine[level];
                    }
                    throw fail(syntaxError(msg), true);
                }
                break;
            default:
                break;
        }
        if (c < 0x20 || c == 0x7F) {
            throw fail(syntaxError(String.format("invalid non-printable character U+%04X", c)), true);
        }
        TokenKind one = Operators.oneChar(c);
        if (one == TokenKind.OP) {
            return make(TokenKind.OP, String.valueOf((char) c), startLine, startLineStart, start);
        }
        return make(one, one.spelling, startLine, startLineStart, start);
    }

    // ---------------------------------------------------------------- character classes

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9') || c >= 0x80;
    }

    private static boolean isAsciiIdentifierChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
    }

    // ---------------------------------------------------------------- tokens and positions

    private String text(int start) {
        return new String(buf, start, pos - start);
    }

    private Token make(TokenKind kind, String text, int startLine, int startLineStart, int start) {
        int col = byteCol(startLineStart, start);
        int endCol = byteCol(lineStart, pos);
        if (lineno == shiftLine) {
            col += shiftCol;
            endCol += shiftCol;
        }
        return new Token(kind, text, startLine, col, lineno, endCol);
    }

    /** NEWLINE: from the comment's '#' or the newline, to the newline (CPython's p_end = cur - 1). */
    private Token newlineToken(int start) {
        int col = byteCol(lineStart, start);
        int endCol = byteCol(lineStart, pos - 1);
        if (lineno == shiftLine) {
            col += shiftCol;
            endCol += shiftCol;
        }
        return new Token(TokenKind.NEWLINE, "\n", lineno, col, lineno, endCol);
    }

    /** INDENT, DEDENT, ENDMARKER: at the column CPython uses for errors at them (see {@link Token}). */
    private Token positionless(TokenKind kind) {
        int line = Math.max(lineno, source.firstLine() - 1);
        int col = byteCol(lineStart, pos);
        return new Token(kind, "", line, col, line, col);
    }

    /** UTF-8 byte column of buffer index {@code index} in the line starting at {@code ls}; incremental along a line. */
    private int byteCol(int ls, int index) {
        int from;
        int bytes;
        if (ls == colCacheLineStart && index >= colCacheIndex) {
            from = colCacheIndex;
            bytes = colCacheBytes;
        } else {
            from = ls;
            bytes = 0;
        }
        char[] b = buf;
        for (int i = from; i < index; i++) {
            char ch = b[i];
            if (ch < 0x80) {
                bytes++;
            } else if (Character.isHighSurrogate(ch) && i + 1 < index && Character.isLowSurrogate(b[i + 1])) {
                bytes += 4;
                i++;
            } else {
                bytes += SourceText.utf8Length(ch);
            }
        }
        colCacheLineStart = ls;
        colCacheIndex = index;
        colCacheBytes = bytes;
        return bytes;
    }

    /** A distance in the unit CPython's parser reports columns in for this source (characters or bytes). */
    private int measure(int from, int to) {
        return charOffsets ? SourceText.codePoints(buf, from, to) : SourceText.utf8Length(buf, from, to);
    }

    // ---------------------------------------------------------------- errors

    /** CPython's tokenizer syntaxerror(): at the current position, counted in characters, line text without newline. */
    private SyntaxErrorException syntaxError(String msg) {
        int offset = SourceText.codePoints(buf, lineStart, pos);
        return new SyntaxErrorException(Kind.SYNTAX_ERROR, msg, filename, lineno, offset, lineno, offset,
                source.lineWithoutNewline(lineno));
    }

    private SyntaxErrorException tabError() {
        return endStateError(Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation");
    }

    /** TabError and "too many levels": CPython reports them at offset 1 with end_offset 0. */
    private SyntaxErrorException endStateError(Kind kind, String msg) {
        return new SyntaxErrorException(kind, msg, filename, lineno, 1, lineno, 0, parserErrorText(lineno));
    }

    private SyntaxErrorException unclosedBracket() {
        int line = parenLine[level - 1];
        return new SyntaxErrorException(Kind.SYNTAX_ERROR, "'" + parenChar[level - 1] + "' was never closed", filename,
                line, source.errorOffset(line, parenCol[level - 1]), line, 0, parserErrorText(line));
    }

    /**
     * The text CPython puts in an error its parser raises at line {@code line}: the file's line
     * for a file; for a string, the tokenizer's buffer (all lines read since the last token
     * boundary, newline included) when the error is on the current line, else the line without
     * its newline.
     */
    private String parserErrorText(int line) {
        if (fromFile) {
            return source.line(line);
        }
        if (line >= lineno) {
            return new String(buf, groupStart, source.lineEndIndex(lineno) - groupStart);
        }
        return source.lineWithoutNewline(line);
    }

    private SyntaxErrorException fail(SyntaxErrorException e, boolean raisedByTokenizer) {
        failure = e;
        failureRaisedByTokenizer = raisedByTokenizer;
        return e;
    }
}
