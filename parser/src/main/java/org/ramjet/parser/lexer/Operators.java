package org.ramjet.parser.lexer;

/**
 * The operator table of CPython's tokenizer (Parser/token.c): one-, two- and three-character
 * operators. The {@link Tokenizer} tries two characters, then three, and keeps the longest.
 */
final class Operators {
    private Operators() {
    }

    static TokenKind oneChar(int c) {
        switch (c) {
            case '(': return TokenKind.LPAR;
            case ')': return TokenKind.RPAR;
            case '[': return TokenKind.LSQB;
            case ']': return TokenKind.RSQB;
            case ':': return TokenKind.COLON;
            case ',': return TokenKind.COMMA;
            case ';': return TokenKind.SEMI;
            case '+': return TokenKind.PLUS;
            case '-': return TokenKind.MINUS;
            case '*': return TokenKind.STAR;
            case '/': return TokenKind.SLASH;
            case '|': return TokenKind.VBAR;
            case '&': return TokenKind.AMPER;
            case '<': return TokenKind.LESS;
            case '>': return TokenKind.GREATER;
            case '=': return TokenKind.EQUAL;
            case '.': return TokenKind.DOT;
            case '%': return TokenKind.PERCENT;
            case '{': return TokenKind.LBRACE;
            case '}': return TokenKind.RBRACE;
            case '^': return TokenKind.CIRCUMFLEX;
            case '~': return TokenKind.TILDE;
            case '@': return TokenKind.AT;
            case '!': return TokenKind.EXCLAMATION;
            default: return TokenKind.OP;
        }
    }

    /** Two-character operators; {@link TokenKind#OP} for {@code <>} (valid only under barry_as_FLUFL). */
    static TokenKind twoChars(int c1, int c2) {
        switch (c1) {
            case '!': return c2 == '=' ? TokenKind.NOTEQUAL : null;
            case '%': return c2 == '=' ? TokenKind.PERCENTEQUAL : null;
            case '&': return c2 == '=' ? TokenKind.AMPEREQUAL : null;
            case '*': return c2 == '*' ? TokenKind.DOUBLESTAR : c2 == '=' ? TokenKind.STAREQUAL : null;
            case '+': return c2 == '=' ? TokenKind.PLUSEQUAL : null;
            case '-': return c2 == '=' ? TokenKind.MINEQUAL : c2 == '>' ? TokenKind.RARROW : null;
            case '/': return c2 == '/' ? TokenKind.DOUBLESLASH : c2 == '=' ? TokenKind.SLASHEQUAL : null;
            case ':': return c2 == '=' ? TokenKind.COLONEQUAL : null;
            case '<':
                return c2 == '<' ? TokenKind.LEFTSHIFT : c2 == '=' ? TokenKind.LESSEQUAL
                        : c2 == '>' ? TokenKind.OP : null;
            case '=': return c2 == '=' ? TokenKind.EQEQUAL : null;
            case '>': return c2 == '=' ? TokenKind.GREATEREQUAL : c2 == '>' ? TokenKind.RIGHTSHIFT : null;
            case '@': return c2 == '=' ? TokenKind.ATEQUAL : null;
            case '^': return c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : null;
            case '|': return c2 == '=' ? TokenKind.VBAREQUAL : null;
            default: return null;
        }
    }

    static TokenKind threeChars(int c1, int c2, int c3) {
        if (c3 != '=') {
            return null;
        }
        if (c1 == '*' && c2 == '*') {
            return TokenKind.DOUBLESTAREQUAL;
        }
        if (c1 == '/' && c2 == '/') {
            return TokenKind.DOUBLESLASHEQUAL;
        }
        if (c1 == '<' && c2 == '<') {
            return TokenKind.LEFTSHIFTEQUAL;
        }
        if (c1 == '>' && c2 == '>') {
            return TokenKind.RIGHTSHIFTEQUAL;
        }
        return null;
    }
}
