// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;


/** The {@code match_case} node of the grammar. */
public final class MatchCase {
    public final Pattern pattern;
    public final Expr guard; // optional: null when absent
    public final java.util.List<Stmt> body;

    public MatchCase(Pattern pattern, Expr guard, java.util.List<Stmt> body) {
        this.pattern = pattern;
        this.guard = guard;
        this.body = body;
    }
}
