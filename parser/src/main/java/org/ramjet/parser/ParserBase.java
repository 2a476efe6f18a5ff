package org.ramjet.parser;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.ramjet.parser.ast.Node;
import org.ramjet.parser.lexer.SourceText;
import org.ramjet.parser.lexer.Token;
import org.ramjet.parser.lexer.TokenKind;

/**
 * The machinery under the grammar rules: the token buffer that rules backtrack over (tokens are
 * pulled lazily, as CPython's parser does, so the furthest token fetched marks where a generic
 * syntax error is reported), the memo table of the rules CPython memoizes, node positions, and
 * raising errors at CPython's locations. Rules return null for "no match" and leave the
 * position where they found it; only the second (error) pass throws.
 */
abstract class ParserBase {
    /** Memoized rules; each has a column in the per-token memo rows. */
    static final int M_SIMPLE_STMT = 0, M_BLOCK = 1, M_CLOSED_PATTERN = 2, M_STAR_PATTERN = 3,
            M_EXPRESSION = 4, M_STAR_EXPRESSION = 5, M_DISJUNCTION = 6, M_CONJUNCTION = 7,
            M_INVERSION = 8, M_FACTOR = 9, M_AWAIT_PRIMARY = 10, M_STRINGS = 11, M_ARGUMENTS = 12,
            M_STAR_TARGET = 13, M_TARGET_WITH_STAR_ATOM = 14, M_DEL_TARGET = 15,
            M_INVALID_NAMED_EXPRESSION = 16, M_T_PRIMARY = 17, M_BITWISE_OR = 18, M_PRIMARY = 19,
            M_COUNT = 20;

    /** Stored in the memo for a rule that failed at a position. */
    static final Object FAIL = new Object();

    final SourceText source;
    private final TokenSource tokenSource;
    Token[] tokens;
    /** Bracket depth of each token, as CPython's tokenizer records it (an opener counts itself). */
    private int[] levels;
    /** Whether each token is a hard keyword as written (computed once: names are tested often). */
    private boolean[] hardKeyword;
    int fill;
    int pos;
    private int depth;
    private Object[][] memoValue;
    private int[][] memoEnd;


    /** Single (interactive) input: see {@link #fetch()}. */
    boolean singleInput;
    private boolean parsingStarted;

    /** True in the second pass, where the invalid_* rules run and raise specific errors. */
    boolean callInvalidRules;
    /** Error messages get this prefix ("f-string: ") when parsing an f-string expression. */
    String errorPrefix = "";


    ParserBase(SourceText source, TokenSource tokenSource) {
        this.source = source;
        this.tokenSource = tokenSource;
        // about one token per 4 characters of source; small for f-string fields
        int capacity = Math.max(16, Math.min(source.text().length() / 4, 1 << 16));
        tokens = new Token[capacity];
        levels = new int[capacity];
        hardKeyword = new boolean[capacity];
        memoValue = new Object[capacity][];
        memoEnd = new int[capacity][];
    }

    // ---- token buffer ----

    final Token tokenAt(int i) {
        while (i >= fill) {
            fetch();
        }
        return tokens[i];
    }

    private void fetch() {
        if (fill > 0 && tokens[fill - 1].kind() == TokenKind.ENDMARKER && !singleInput) {
            // never read past the end: repeat the end marker
            append(tokens[fill - 1], 0);
            return;
        }
        Token t = tokenSource.next();
        if (singleInput) {
            // CPython ends an interactive statement with an extra NEWLINE in place of the first
            // ENDMARKER (_PyPegen_fill_token); the tokenizer has already closed the blocks
            if (t.kind() == TokenKind.ENDMARKER && parsingStarted) {
                t = new Token(TokenKind.NEWLINE, "", t.line(), t.col(), t.endLine(), t.endCol());
                parsingStarted = false;
            } else {
                parsingStarted = true;
            }
        }
        switch (t.kind()) {
            case LPAR: case LSQB: case LBRACE:
                depth++;
                break;
            case RPAR: case RSQB: case RBRACE:
                if (depth > 0) {
                    depth--;
                }
                break;
            default:
                break;
        }
        append(t, depth);
    }

    private void append(Token t, int level) {
        if (fill == tokens.length) {
            int n = fill * 2;
            tokens = Arrays.copyOf(tokens, n);
            levels = Arrays.copyOf(levels, n);
            hardKeyword = Arrays.copyOf(hardKeyword, n);
            memoValue = Arrays.copyOf(memoValue, n);
            memoEnd = Arrays.copyOf(memoEnd, n);

        }
        tokens[fill] = t;
        levels[fill] = level;
        hardKeyword[fill] = t.kind() == TokenKind.NAME && Keywords.isKeywordToken(t);
        fill++;
    }

    final int level(int i) {
        return levels[i];
    }

    final Token cur() {
        return pos < fill ? tokens[pos] : tokenAt(pos);
    }

    final TokenKind kind() {
        return cur().kind();
    }

    final int mark() {
        return pos;
    }

    final void reset(int mark) {
        pos = mark;
    }

    /** Consumes and returns the current token if it has kind {@code k}. */
    final Token expect(TokenKind k) {
        Token t = cur();
        if (t.kind() == k) {
            pos++;
            return t;
        }
        return null;
    }

    final boolean at(TokenKind k) {
        return cur().kind() == k;
    }

    /** Consumes a keyword or soft keyword spelled {@code word}. */
    final Token expectWord(String word) {
        Token t = cur();
        if (t.isKeyword(word)) {
            pos++;
            return t;
        }
        return null;
    }

    final boolean atWord(String word) {
        return cur().isKeyword(word);
    }

    /**
     * The text of a NAME token as written when it can be a keyword, else "": for switches over
     * keywords (a lookalike normalized to a keyword's spelling is only a name).
     */
    static String word(Token t) {
        return t.kind() == TokenKind.NAME && t.isKeyword(t.text()) ? t.text() : "";
    }

    /** A NAME that is not a hard keyword (soft keywords are names). */
    final Token expectName() {
        Token t = cur();
        if (t.kind() == TokenKind.NAME && !hardKeyword[pos]) {
            pos++;
            return t;
        }
        return null;
    }

    final boolean atName() {
        Token t = cur();
        return t.kind() == TokenKind.NAME && !hardKeyword[pos];
    }

    /** Whether the token at {@code i} (already fetched) is a hard keyword as written. */
    final boolean isHardKeyword(int i) {
        return hardKeyword[i];
    }

    /** The token after the current one (fetching it, as a PEG lookahead would). */
    final Token peek(int ahead) {
        return tokenAt(pos + ahead);
    }

    /** CPython's {@code &&'x'}: the token must be there, else "expected 'x'" at once. */
    final Token forced(TokenKind k) {
        Token t = cur();
        if (t.kind() == k) {
            pos++;
            return t;
        }
        throw errorAtToken(t, "expected '" + k.spelling + "'");
    }

    // ---- memo ----

    final Object memoGet(int rule) {
        if (pos >= fill) {
            tokenAt(pos); // CPython fetches the token before looking at its memo too
        }
        Object[] row = memoValue[pos];
        if (row == null) {
            return null;
        }
        Object v = row[rule];
        if (v != null) {
            pos = memoEnd[pos][rule];
        }
        return v;
    }

    /** Records the result of {@code rule} started at {@code start}; returns the result. */
    final <T> T memoPut(int rule, int start, T value) {
        Object[] row = memoValue[start];
        if (row == null) {
            row = memoValue[start] = new Object[M_COUNT];
            memoEnd[start] = new int[M_COUNT];
        }
        row[rule] = value == null ? FAIL : value;
        memoEnd[start][rule] = pos;
        return value;
    }

    /**
     * Starts the error pass: memo empty, invalid rules on. As in CPython, results memoized while
     * the invalid rules are off (inside expression_without_invalid) are reused with them on.
     */
    final void startErrorPass() {
        Arrays.fill(memoValue, 0, memoValue.length, null);
        Arrays.fill(memoEnd, 0, memoEnd.length, null);

        pos = 0;
        callInvalidRules = true;
    }

    // ---- positions ----

    /** The last token before the current position that is not NEWLINE/INDENT/DEDENT/ENDMARKER. */
    final Token lastNonWhitespace() {
        for (int m = pos - 1; m >= 0; m--) {
            TokenKind k = tokens[m].kind();
            if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT
                    && k != TokenKind.ENDMARKER) {
                return tokens[m];
            }
        }
        return tokens[0];
    }

    /** Gives {@code node} CPython's EXTRA range: from the token at {@code start} to here. */
    final <N extends Node> N fin(N node, int start) {
        Token s = tokenAt(start);
        Token e = lastNonWhitespace();
        return node.at(s.line(), s.col(), e.endLine(), e.endCol());
    }

    // ---- errors ----

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION at a token. */
    final SyntaxErrorException errorAtToken(Token t, String msg) {
        if (!t.hasExtent()) {
            // CPython's INDENT/DEDENT/ENDMARKER have col_offset -1: offset and end offset 0
            return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, errorPrefix + msg,
                    source.filename(), t.line(), 0, t.endLine(), 0, lineText(t.line()));
        }
        return errorAt(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, t.line(), t.col(), t.endLine(), t.endCol());
    }

    /** An ENDMARKER, or a DEDENT the end of the source produced (it sits past its line's end). */
    private boolean atEndOfSource(Token t) {
        if (t.kind() == TokenKind.ENDMARKER) {
            return true;
        }
        return t.kind() == TokenKind.DEDENT
                && t.col() >= source.line(t.line()).getBytes(StandardCharsets.UTF_8).length;
    }

    private String lineText(int line) {
        String text = source.line(line);
        return text.isEmpty() ? null : text;
    }

    /** RAISE_SYNTAX_ERROR: located at the last token fetched. */
    final SyntaxErrorException errorAtLast(String msg) {
        return errorAtLast(SyntaxErrorException.Kind.SYNTAX_ERROR, msg);
    }

    final SyntaxErrorException errorAtLast(SyntaxErrorException.Kind kind, String msg) {
        Token t = tokens[fill - 1];
        if (!t.hasExtent()) {
            // the tokenizer's column at that moment, passed on unchanged, and no end; at the end
            // of a script file CPython's file reader has emptied its buffer: column 0
            int col = source.isFile() && atEndOfSource(t) ? 0 : t.col();
            return new SyntaxErrorException(kind, errorPrefix + msg, source.filename(), t.line(),
                    col, t.line(), -1, lineText(t.line()));
        }
        return errorAt(kind, msg, t.line(), t.col(), t.endLine(), t.endCol());
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION / KNOWN_RANGE. */
    final SyntaxErrorException errorAtNodes(Node a, Node b, String msg) {
        return errorAt(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, a.lineno, a.colOffset, b.endLineno, b.endColOffset);
    }

    final SyntaxErrorException errorAtNode(Node a, String msg) {
        return errorAtNodes(a, a, msg);
    }

    final SyntaxErrorException errorFromTokens(Token a, Token b, String msg) {
        return errorAt(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, a.line(), a.col(), b.endLine(), b.endCol());
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM: from {@code a}'s start, no end. */
    final SyntaxErrorException errorStartingFrom(int line, int col, String msg) {
        // the end is the tokenizer's current position: the end of the last token fetched
        Token last = tokens[fill - 1];
        return errorAt(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, line, col, last.endLine(), last.endCol() - 1);
    }

    /**
     * Builds the exception from 0-based UTF-8 byte columns ({@code endCol} -1 when unknown),
     * converting to CPython's 1-based character offsets. The end column is converted against
     * the start line, as CPython does.
     */
    SyntaxErrorException errorAt(SyntaxErrorException.Kind kind, String msg, int line, int col,
                                 int endLine, int endCol) {
        if (source.isFStringExpression()) {
            // columns of an f-string expression's error are relative to its "(...)" text
            col -= source.fstringColumn();
            if (endCol >= 0) {
                endCol -= source.fstringColumn();
            }
        }
        int offset = source.errorOffset(line, col);
        int endOffset = endCol < 0 ? endCol + 1 : source.errorEndOffset(line, endCol);
        if (source.usesCharOffsets() && endLine > line) {
            // CPython converts a range ending on a later line against the start line without
            // its newline (in character mode): the end is clipped to one past that line
            String text = source.line(line);
            int len = text.endsWith("\n") ? text.length() - 1 : text.length();
            endOffset = Math.min(endOffset, text.codePointCount(0, len) + 1);
        }
        return new SyntaxErrorException(kind, errorPrefix + msg, source.filename(), line, offset,
                endLine, endOffset, lineText(line));
    }
}
