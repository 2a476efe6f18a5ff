package org.ramjet.parser;

import org.ramjet.parser.lexer.Token;

/**
 * Where the parser pulls its tokens from: the tokenizer, or a prepared list in tests. After
 * ENDMARKER it is not called again. Tokenizer errors are thrown as {@link SyntaxErrorException}.
 */
@FunctionalInterface
interface TokenSource {
    Token next();
}
