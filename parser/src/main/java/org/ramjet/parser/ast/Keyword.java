// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;


/** The {@code keyword} node of the grammar. */
public final class Keyword extends Node {
    public final String arg; // optional: null when absent
    public final Expr value;

    public Keyword(String arg, Expr value) {
        this.arg = arg;
        this.value = value;
    }
}
