// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;


/** The {@code stmt} sum of the grammar: one nested class per constructor. */
public abstract class Stmt extends Node {
    private Stmt() {}

    public abstract <R> R accept(Visitor<R> visitor);

    public static final class FunctionDef extends Stmt {
        public final String name;
        public final Arguments args;
        public final java.util.List<Stmt> body;
        public final java.util.List<org.ramjet.parser.ast.Expr> decoratorList;
        public final org.ramjet.parser.ast.Expr returns; // optional: null when absent
        public final String typeComment; // optional: null when absent

        public FunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<org.ramjet.parser.ast.Expr> decoratorList, org.ramjet.parser.ast.Expr returns, String typeComment) {
            this.name = name;
            this.args = args;
            this.body = body;
            this.decoratorList = decoratorList;
            this.returns = returns;
            this.typeComment = typeComment;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFunctionDef(this);
        }
    }

    public static final class AsyncFunctionDef extends Stmt {
        public final String name;
        public final Arguments args;
        public final java.util.List<Stmt> body;
        public final java.util.List<org.ramjet.parser.ast.Expr> decoratorList;
        public final org.ramjet.parser.ast.Expr returns; // optional: null when absent
        public final String typeComment; // optional: null when absent

        public AsyncFunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<org.ramjet.parser.ast.Expr> decoratorList, org.ramjet.parser.ast.Expr returns, String typeComment) {
            this.name = name;
            this.args = args;
            this.body = body;
            this.decoratorList = decoratorList;
            this.returns = returns;
            this.typeComment = typeComment;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAsyncFunctionDef(this);
        }
    }

    public static final class ClassDef extends Stmt {
        public final String name;
        public final java.util.List<org.ramjet.parser.ast.Expr> bases;
        public final java.util.List<Keyword> keywords;
        public final java.util.List<Stmt> body;
        public final java.util.List<org.ramjet.parser.ast.Expr> decoratorList;

        public ClassDef(String name, java.util.List<org.ramjet.parser.ast.Expr> bases, java.util.List<Keyword> keywords, java.util.List<Stmt> body, java.util.List<org.ramjet.parser.ast.Expr> decoratorList) {
            this.name = name;
            this.bases = bases;
            this.keywords = keywords;
            this.body = body;
            this.decoratorList = decoratorList;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitClassDef(this);
        }
    }

    public static final class Return extends Stmt {
        public final org.ramjet.parser.ast.Expr value; // optional: null when absent

        public Return(org.ramjet.parser.ast.Expr value) {
            this.value = value;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitReturn(this);
        }
    }

    public static final class Delete extends Stmt {
        public final java.util.List<org.ramjet.parser.ast.Expr> targets;

        public Delete(java.util.List<org.ramjet.parser.ast.Expr> targets) {
            this.targets = targets;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDelete(this);
        }
    }

    public static final class Assign extends Stmt {
        public final java.util.List<org.ramjet.parser.ast.Expr> targets;
        public final org.ramjet.parser.ast.Expr value;
        public final String typeComment; // optional: null when absent

        public Assign(java.util.List<org.ramjet.parser.ast.Expr> targets, org.ramjet.parser.ast.Expr value, String typeComment) {
            this.targets = targets;
            this.value = value;
            this.typeComment = typeComment;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAssign(this);
        }
    }

    public static final class AugAssign extends Stmt {
        public final org.ramjet.parser.ast.Expr target;
        public final Operator op;
        public final org.ramjet.parser.ast.Expr value;

        public AugAssign(org.ramjet.parser.ast.Expr target, Operator op, org.ramjet.parser.ast.Expr value) {
            this.target = target;
            this.op = op;
            this.value = value;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAugAssign(this);
        }
    }

    public static final class AnnAssign extends Stmt {
        public final org.ramjet.parser.ast.Expr target;
        public final org.ramjet.parser.ast.Expr annotation;
        public final org.ramjet.parser.ast.Expr value; // optional: null when absent
        public final int simple;

        public AnnAssign(org.ramjet.parser.ast.Expr target, org.ramjet.parser.ast.Expr annotation, org.ramjet.parser.ast.Expr value, int simple) {
            this.target = target;
            this.annotation = annotation;
            this.value = value;
            this.simple = simple;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAnnAssign(this);
        }
    }

    public static final class For extends Stmt {
        public final org.ramjet.parser.ast.Expr target;
        public final org.ramjet.parser.ast.Expr iter;
        public final java.util.List<Stmt> body;
        public final java.util.List<Stmt> orelse;
        public final String typeComment; // optional: null when absent

        public For(org.ramjet.parser.ast.Expr target, org.ramjet.parser.ast.Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, String typeComment) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.typeComment = typeComment;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFor(this);
        }
    }

    public static final class AsyncFor extends Stmt {
        public final org.ramjet.parser.ast.Expr target;
        public final org.ramjet.parser.ast.Expr iter;
        public final java.util.List<Stmt> body;
        public final java.util.List<Stmt> orelse;
        public final String typeComment; // optional: null when absent

        public AsyncFor(org.ramjet.parser.ast.Expr target, org.ramjet.parser.ast.Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, String typeComment) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.typeComment = typeComment;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAsyncFor(this);
        }
    }

    public static final class While extends Stmt {
        public final org.ramjet.parser.ast.Expr test;
        public final java.util.List<Stmt> body;
        public final java.util.List<Stmt> orelse;

        public While(org.ramjet.parser.ast.Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitWhile(this);
        }
    }

    public static final class If extends Stmt {
        public final org.ramjet.parser.ast.Expr test;
        public final java.util.List<Stmt> body;
        public final java.util.List<Stmt> orelse;

        public If(org.ramjet.parser.ast.Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIf(this);
        }
    }

    public static final class With extends Stmt {
        public final java.util.List<WithItem> items;
        public final java.util.List<Stmt> body;
        public final String typeComment; // optional: null when absent

        public With(java.util.List<WithItem> items, java.util.List<Stmt> body, String typeComment) {
            this.items = items;
            this.body = body;
            this.typeComment = typeComment;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitWith(this);
        }
    }

    public static final class AsyncWith extends Stmt {
        public final java.util.List<WithItem> items;
        public final java.util.List<Stmt> body;
        public final String typeComment; // optional: null when absent

        public AsyncWith(java.util.List<WithItem> items, java.util.List<Stmt> body, String typeComment) {
            this.items = items;
            this.body = body;
            this.typeComment = typeComment;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAsyncWith(this);
        }
    }

    public static final class Match extends Stmt {
        public final org.ramjet.parser.ast.Expr subject;
        public final java.util.List<MatchCase> cases;

        public Match(org.ramjet.parser.ast.Expr subject, java.util.List<MatchCase> cases) {
            this.subject = subject;
            this.cases = cases;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMatch(this);
        }
    }

    public static final class Raise extends Stmt {
        public final org.ramjet.parser.ast.Expr exc; // optional: null when absent
        public final org.ramjet.parser.ast.Expr cause; // optional: null when absent

        public Raise(org.ramjet.parser.ast.Expr exc, org.ramjet.parser.ast.Expr cause) {
            this.exc = exc;
            this.cause = cause;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitRaise(this);
        }
    }

    public static final class Try extends Stmt {
        public final java.util.List<Stmt> body;
        public final java.util.List<ExceptHandler> handlers;
        public final java.util.List<Stmt> orelse;
        public final java.util.List<Stmt> finalbody;

        public Try(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody) {
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTry(this);
        }
    }

    public static final class TryStar extends Stmt {
        public final java.util.List<Stmt> body;
        public final java.util.List<ExceptHandler> handlers;
        public final java.util.List<Stmt> orelse;
        public final java.util.List<Stmt> finalbody;

        public TryStar(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody) {
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTryStar(this);
        }
    }

    public static final class Assert extends Stmt {
        public final org.ramjet.parser.ast.Expr test;
        public final org.ramjet.parser.ast.Expr msg; // optional: null when absent

        public Assert(org.ramjet.parser.ast.Expr test, org.ramjet.parser.ast.Expr msg) {
            this.test = test;
            this.msg = msg;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAssert(this);
        }
    }

    public static final class Import extends Stmt {
        public final java.util.List<Alias> names;

        public Import(java.util.List<Alias> names) {
            this.names = names;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitImport(this);
        }
    }

    public static final class ImportFrom extends Stmt {
        public final String module; // optional: null when absent
        public final java.util.List<Alias> names;
        public final Integer level; // optional: null when absent

        public ImportFrom(String module, java.util.List<Alias> names, Integer level) {
            this.module = module;
            this.names = names;
            this.level = level;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitImportFrom(this);
        }
    }

    public static final class Global extends Stmt {
        public final java.util.List<String> names;

        public Global(java.util.List<String> names) {
            this.names = names;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitGlobal(this);
        }
    }

    public static final class Nonlocal extends Stmt {
        public final java.util.List<String> names;

        public Nonlocal(java.util.List<String> names) {
            this.names = names;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNonlocal(this);
        }
    }

    public static final class Expr extends Stmt {
        public final org.ramjet.parser.ast.Expr value;

        public Expr(org.ramjet.parser.ast.Expr value) {
            this.value = value;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitExprStmt(this);
        }
    }

    public static final class Pass extends Stmt {
        public Pass() {
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPass(this);
        }
    }

    public static final class Break extends Stmt {
        public Break() {
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBreak(this);
        }
    }

    public static final class Continue extends Stmt {
        public Continue() {
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitContinue(this);
        }
    }
}
