// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;


/** The {@code comprehension} node of the grammar. */
public final class Comprehension {
    public final Expr target;
    public final Expr iter;
    public final java.util.List<Expr> ifs;
    public final int isAsync;

    public Comprehension(Expr target, Expr iter, java.util.List<Expr> ifs, int isAsync) {
        this.target = target;
        this.iter = iter;
        this.ifs = ifs;
        this.isAsync = isAsync;
    }
}
