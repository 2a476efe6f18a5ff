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
    /** {@code !} appears only inside f-string replacement fields; kept for completeness. */
    EXCLAMATION("!");

    /** The operator's exact spelling; null for the non-operator kinds. */
    public final String spelling;

    TokenKind(String spelling) {
        this.spelling = spelling;
    }
}
