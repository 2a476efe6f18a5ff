package org.ramjet.parser;

import java.util.ArrayList;
import java.util.List;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyEllipsis;
import org.ramjet.objects.PyNone;
import org.ramjet.parser.ast.Expr;
import org.ramjet.parser.ast.ExprContext;

/**
 * Assignment-target helpers: copying a target with another context (as CPython's
 * {@code _PyPegen_set_expr_context}, which builds new nodes, so memoized nodes are never
 * changed), finding the part of an expression that cannot be assigned or deleted, and the
 * words CPython's messages use for each kind of expression.
 */
final class Targets {
    static final int STAR = 0, DEL = 1, FOR = 2;

    private Targets() {}

    static Expr withContext(Expr e, ExprContext ctx) {
        Expr r;
        if (e instanceof Expr.Name) {
            r = new Expr.Name(((Expr.Name) e).id, ctx);
        } else if (e instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) e;
            r = new Expr.Attribute(a.value, a.attr, ctx);
        } else if (e instanceof Expr.Subscript) {
            Expr.Subscript s = (Expr.Subscript) e;
            r = new Expr.Subscript(s.value, s.slice, ctx);
        } else if (e instanceof Expr.Starred) {
            r = new Expr.Starred(withContext(((Expr.Starred) e).value, ctx), ctx);
        } else if (e instanceof Expr.List) {
            r = new Expr.List(all(((Expr.List) e).elts, ctx), ctx);
        } else if (e instanceof Expr.Tuple) {
            r = new Expr.Tuple(all(((Expr.Tuple) e).elts, ctx), ctx);
        } else {
            return e;
        }
        return r.at(e.lineno, e.colOffset, e.endLineno, e.endColOffset);
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(withContext(x, ctx));
        }
        return out;
    }

    /** _PyPegen_get_invalid_target: the first sub-expression that cannot be a target, or null. */
    static Expr invalidTarget(Expr e, int type) {
        if (e == null) {
            return null;
        }
        if (e instanceof Expr.List || e instanceof Expr.Tuple) {
            List<Expr> elts = e instanceof Expr.List ? ((Expr.List) e).elts : ((Expr.Tuple) e).elts;
            for (Expr x : elts) {
                Expr bad = invalidTarget(x, type);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (e instanceof Expr.Starred) {
            return type == DEL ? e : invalidTarget(((Expr.Starred) e).value, type);
        }
        if (e instanceof Expr.Compare) {
            // `a in b` of `for a in b` parses as a comparison: look at its left side
            if (type == FOR) {
                Expr.Compare c = (Expr.Compare) e;
                if (c.ops.get(0) == org.ramjet.parser.ast.CmpOp.In) {
                    return invalidTarget(c.left, type);
                }
                return null;
            }
            return e;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
            return null;
        }
        return e;
    }

    /** _PyPegen_get_expr_name. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        if (e instanceof Expr.Starred) return "starred";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.List) return "list";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) return "yield expression";
        if (e instanceof Expr.Await) return "await expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.Dict) return "dict literal";
        if (e instanceof Expr.Set) return "set display";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Constant) {
            Object v = ((Expr.Constant) e).value;
            if (v == PyNone.NONE) return "None";
            if (v == PyBool.FALSE) return "False";
            if (v == PyBool.TRUE) return "True";
            if (v == PyEllipsis.ELLIPSIS) return "ellipsis";
            return "literal";
        }
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        throw new IllegalStateException("unexpected expression in an error message: " + e.getClass().getSimpleName());
    }
}
