// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;


/** The {@code excepthandler} node of the grammar. */
public final class ExceptHandler extends Node {
    public final Expr type; // optional: null when absent
    public final String name; // optional: null when absent
    public final java.util.List<Stmt> body;

    public ExceptHandler(Expr type, String name, java.util.List<Stmt> body) {
        this.type = type;
        this.name = name;
        this.body = body;
    }
}
