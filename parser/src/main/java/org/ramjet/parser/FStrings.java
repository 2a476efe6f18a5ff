package org.ramjet.parser;

import org.ramjet.parser.lexer.Token;

/** f-string literals: split by the tokenizer's splitter, fields parsed as expressions. */
final class FStrings {
    private FStrings() {}

    static void addParts(ParserBase p, Token t, StringPrefix prefix, StringConcat.JoinedBuilder joined) {
        throw new UnsupportedOperationException("f-strings are not implemented yet: waiting for the lexer's FStringSplitter");
    }
}
