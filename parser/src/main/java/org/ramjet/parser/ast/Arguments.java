// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;


/** The {@code arguments} node of the grammar. */
public final class Arguments {
    public final java.util.List<Arg> posonlyargs;
    public final java.util.List<Arg> args;
    public final Arg vararg; // optional: null when absent
    public final java.util.List<Arg> kwonlyargs;
    public final java.util.List<Expr> kwDefaults; // null where a keyword-only parameter has no default
    public final Arg kwarg; // optional: null when absent
    public final java.util.List<Expr> defaults;

    public Arguments(java.util.List<Arg> posonlyargs, java.util.List<Arg> args, Arg vararg, java.util.List<Arg> kwonlyargs, java.util.List<Expr> kwDefaults, Arg kwarg, java.util.List<Expr> defaults) {
        this.posonlyargs = posonlyargs;
        this.args = args;
        this.vararg = vararg;
        this.kwonlyargs = kwonlyargs;
        this.kwDefaults = kwDefaults;
        this.kwarg = kwarg;
        this.defaults = defaults;
    }
}
