// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;

/** The operator of a {@code UnaryOp}. */
public enum UnaryOperator {
    Invert,
    Not,
    UAdd,
    USub
}
