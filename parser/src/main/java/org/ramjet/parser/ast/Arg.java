// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;


/** The {@code arg} node of the grammar. */
public final class Arg extends Node {
    public final String arg;
    public final Expr annotation; // optional: null when absent
    public final String typeComment; // optional: null when absent

    public Arg(String arg, Expr annotation, String typeComment) {
        this.arg = arg;
        this.annotation = annotation;
        this.typeComment = typeComment;
    }
}
