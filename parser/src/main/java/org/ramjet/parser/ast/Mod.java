// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;


/** The {@code mod} sum of the grammar: one nested class per constructor. */
public abstract class Mod extends Node {
    private Mod() {}

    public abstract <R> R accept(Visitor<R> visitor);

    public static final class Module extends Mod {
        public final java.util.List<Stmt> body;
        public final java.util.List<TypeIgnore> typeIgnores;

        public Module(java.util.List<Stmt> body, java.util.List<TypeIgnore> typeIgnores) {
            this.body = body;
            this.typeIgnores = typeIgnores;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitModule(this);
        }
    }

    public static final class Interactive extends Mod {
        public final java.util.List<Stmt> body;

        public Interactive(java.util.List<Stmt> body) {
            this.body = body;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitInteractive(this);
        }
    }

    public static final class Expression extends Mod {
        public final Expr body;

        public Expression(Expr body) {
            this.body = body;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitExpression(this);
        }
    }

    public static final class FunctionType extends Mod {
        public final java.util.List<Expr> argtypes;
        public final Expr returns;

        public FunctionType(java.util.List<Expr> argtypes, Expr returns) {
            this.argtypes = argtypes;
            this.returns = returns;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFunctionType(this);
        }
    }
}
