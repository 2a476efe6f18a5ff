// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;


/** The {@code withitem} node of the grammar. */
public final class WithItem {
    public final Expr contextExpr;
    public final Expr optionalVars; // optional: null when absent

    public WithItem(Expr contextExpr, Expr optionalVars) {
        this.contextExpr = contextExpr;
        this.optionalVars = optionalVars;
    }
}
