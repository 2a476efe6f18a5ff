package org.ramjet.parser.lexer;

/**
 * Token kinds of the Python 3.11 tokenizer, named as in CPython's {@code token} module.
 * Keywords and soft keywords are {@link #NAME} tokens; the parser compares their text.
 * Operators each have their own kind, with their spelling in {@link #spelling}.
 */
public enum TokenKind {
    ENDMARKER(null),
    NAME(null),
    NUMBER(null),
    /** One string literal with its prefix and quotes, f-strings included (3.11 tokenizes them whole). */
    STRING(null),
    NEWLINE(null),
    INDENT(null),
    DEDENT(null),
    LPAR("("),
    RPAR(")"),
    LSQB("["),
    RSQB("]"),
    COLON(":"),
    COMMA(","),
    SEMI(";"),
    PLUS("+"),
    MINUS("-"),
    STAR("*"),
    SLASH("/"),
    VBAR("|"),
    AMPER("&"),
    LESS("<"),
    GREATER(">"),
    EQUAL("="),
    DOT("."),
    PERCENT("%"),
    LBRACE("{"),
    RBRACE("}"),
    EQEQUAL("=="),
    NOTEQUAL("!="),
    LESSEQUAL("<="),
    GREATEREQUAL(">="),
    TILDE("~"),
    CIRCUMFLEX("^"),
    LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"),
    DOUBLESTAR("**"),
    PLUSEQUAL("+="),
    MINEQUAL("-="),
    STAREQUAL("*="),
    SLASHEQUAL("/="),
    PERCENTEQUAL("%="),
    AMPEREQUAL("&="),
    VBAREQUAL("|="),
    CIRCUMFLEXEQUAL("^="),
    LEFTSHIFTEQUAL("<<="),
    RIGHTSHIFTEQUAL(">>="),
    DOUBLESTAREQUAL("**="),
    DOUBLESLASH("//"),
    DOUBLESLASHEQUAL("//="),
    AT("@"),
    ATEQUAL("@="),
    RARROW("->"),
    ELLIPSIS("..."),
    COLONEQUAL(":="),
    /** A lone {@code !}: valid only inside f-string replacement fields, which the tokenizer does not split. */
    EXCLAMATION("!"),
    /**
     * Any other printable ASCII character ({@code $ ? `}) and {@code <>}: CPython's tokenizer
     * returns a generic OP for them, which no grammar rule accepts, so the parser reports
     * "invalid syntax" at this token. Its text says which character it was.
     */
    OP(null);

    /** The operator's exact spelling; null for the non-operator kinds (and {@link #OP}). */
    public final String spelling;

    TokenKind(String spelling) {
        this.spelling = spelling;
    }
}
