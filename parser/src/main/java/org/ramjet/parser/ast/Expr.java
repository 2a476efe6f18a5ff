// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;

import org.ramjet.objects.PyObject;

/** The {@code expr} sum of the grammar: one nested class per constructor. */
public abstract class Expr extends Node {
    private Expr() {}

    public abstract <R> R accept(Visitor<R> visitor);

    public static final class BoolOp extends Expr {
        public final BoolOperator op;
        public final java.util.List<Expr> values;

        public BoolOp(BoolOperator op, java.util.List<Expr> values) {
            this.op = op;
            this.values = values;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBoolOp(this);
        }
    }

    public static final class NamedExpr extends Expr {
        public final Expr target;
        public final Expr value;

        public NamedExpr(Expr target, Expr value) {
            this.target = target;
            this.value = value;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNamedExpr(this);
        }
    }

    public static final class BinOp extends Expr {
        public final Expr left;
        public final Operator op;
        public final Expr right;

        public BinOp(Expr left, Operator op, Expr right) {
            this.left = left;
            this.op = op;
            this.right = right;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBinOp(this);
        }
    }

    public static final class UnaryOp extends Expr {
        public final UnaryOperator op;
        public final Expr operand;

        public UnaryOp(UnaryOperator op, Expr operand) {
            this.op = op;
            this.operand = operand;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnaryOp(this);
        }
    }

    public static final class Lambda extends Expr {
        public final Arguments args;
        public final Expr body;

        public Lambda(Arguments args, Expr body) {
            this.args = args;
            this.body = body;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLambda(this);
        }
    }

    public static final class IfExp extends Expr {
        public final Expr test;
        public final Expr body;
        public final Expr orelse;

        public IfExp(Expr test, Expr body, Expr orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIfExp(this);
        }
    }

    public static final class Dict extends Expr {
        public final java.util.List<Expr> keys; // a null key stands for a **mapping entry
        public final java.util.List<Expr> values;

        public Dict(java.util.List<Expr> keys, java.util.List<Expr> values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDict(this);
        }
    }

    public static final class Set extends Expr {
        public final java.util.List<Expr> elts;

        public Set(java.util.List<Expr> elts) {
            this.elts = elts;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSet(this);
        }
    }

    public static final class ListComp extends Expr {
        public final Expr elt;
        public final java.util.List<Comprehension> generators;

        public ListComp(Expr elt, java.util.List<Comprehension> generators) {
            this.elt = elt;
            this.generators = generators;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitListComp(this);
        }
    }

    public static final class SetComp extends Expr {
        public final Expr elt;
        public final java.util.List<Comprehension> generators;

        public SetComp(Expr elt, java.util.List<Comprehension> generators) {
            this.elt = elt;
            this.generators = generators;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSetComp(this);
        }
    }

    public static final class DictComp extends Expr {
        public final Expr key;
        public final Expr value;
        public final java.util.List<Comprehension> generators;

        public DictComp(Expr key, Expr value, java.util.List<Comprehension> generators) {
            this.key = key;
            this.value = value;
            this.generators = generators;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDictComp(this);
        }
    }

    public static final class GeneratorExp extends Expr {
        public final Expr elt;
        public final java.util.List<Comprehension> generators;

        public GeneratorExp(Expr elt, java.util.List<Comprehension> generators) {
            this.elt = elt;
            this.generators = generators;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitGeneratorExp(this);
        }
    }

    public static final class Await extends Expr {
        public final Expr value;

        public Await(Expr value) {
            this.value = value;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAwait(this);
        }
    }

    public static final class Yield extends Expr {
        public final Expr value; // optional: null when absent

        public Yield(Expr value) {
            this.value = value;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitYield(this);
        }
    }

    public static final class YieldFrom extends Expr {
        public final Expr value;

        public YieldFrom(Expr value) {
            this.value = value;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitYieldFrom(this);
        }
    }

    public static final class Compare extends Expr {
        public final Expr left;
        public final java.util.List<CmpOp> ops;
        public final java.util.List<Expr> comparators;

        public Compare(Expr left, java.util.List<CmpOp> ops, java.util.List<Expr> comparators) {
            this.left = left;
            this.ops = ops;
            this.comparators = comparators;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCompare(this);
        }
    }

    public static final class Call extends Expr {
        public final Expr func;
        public final java.util.List<Expr> args;
        public final java.util.List<Keyword> keywords;

        public Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords) {
            this.func = func;
            this.args = args;
            this.keywords = keywords;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCall(this);
        }
    }

    public static final class FormattedValue extends Expr {
        public final Expr value;
        public final int conversion;
        public final Expr formatSpec; // optional: null when absent

        public FormattedValue(Expr value, int conversion, Expr formatSpec) {
            this.value = value;
            this.conversion = conversion;
            this.formatSpec = formatSpec;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFormattedValue(this);
        }
    }

    public static final class JoinedStr extends Expr {
        public final java.util.List<Expr> values;

        public JoinedStr(java.util.List<Expr> values) {
            this.values = values;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitJoinedStr(this);
        }
    }

    public static final class Constant extends Expr {
        public final PyObject value;
        public final String kind; // optional: null when absent

        public Constant(PyObject value, String kind) {
            this.value = value;
            this.kind = kind;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitConstant(this);
        }
    }

    public static final class Attribute extends Expr {
        public final Expr value;
        public final String attr;
        public ExprContext ctx;

        public Attribute(Expr value, String attr, ExprContext ctx) {
            this.value = value;
            this.attr = attr;
            this.ctx = ctx;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAttribute(this);
        }
    }

    public static final class Subscript extends Expr {
        public final Expr value;
        public final Expr slice;
        public ExprContext ctx;

        public Subscript(Expr value, Expr slice, ExprContext ctx) {
            this.value = value;
            this.slice = slice;
            this.ctx = ctx;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSubscript(this);
        }
    }

    public static final class Starred extends Expr {
        public final Expr value;
        public ExprContext ctx;

        public Starred(Expr value, ExprContext ctx) {
            this.value = value;
            this.ctx = ctx;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitStarred(this);
        }
    }

    public static final class Name extends Expr {
        public final String id;
        public ExprContext ctx;

        public Name(String id, ExprContext ctx) {
            this.id = id;
            this.ctx = ctx;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitName(this);
        }
    }

    public static final class List extends Expr {
        public final java.util.List<Expr> elts;
        public ExprContext ctx;

        public List(java.util.List<Expr> elts, ExprContext ctx) {
            this.elts = elts;
            this.ctx = ctx;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitList(this);
        }
    }

    public static final class Tuple extends Expr {
        public final java.util.List<Expr> elts;
        public ExprContext ctx;

        public Tuple(java.util.List<Expr> elts, ExprContext ctx) {
            this.elts = elts;
            this.ctx = ctx;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTuple(this);
        }
    }

    public static final class Slice extends Expr {
        public final Expr lower; // optional: null when absent
        public final Expr upper; // optional: null when absent
        public final Expr step; // optional: null when absent

        public Slice(Expr lower, Expr upper, Expr step) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSlice(this);
        }
    }
}
