package org.ramjet.parser.compiler;

import org.ramjet.objects.format.StringRepr;
import java.util.List;
import org.ramjet.objects.*;
import org.ramjet.parser.ast.*;

/**
 * Turns an expression back into source text, as CPython's {@code ast_unparse.c} does for
 * annotations under {@code from __future__ import annotations} (minimal parentheses by
 * operator precedence).
 */
final class Unparser {
    private static final int PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5,
            PR_BOR = 6, PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11,
            PR_FACTOR = 12, PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;
    private static final int PR_EXPR = PR_BOR;

    private final StringBuilder sb = new StringBuilder();

    private Unparser() {}

    static String unparse(Expr e) {
        Unparser u = new Unparser();
        u.expr(e, PR_TEST);
        return u.sb.toString();
    }

    private void open(boolean cond) {
        if (cond) {
            sb.append('(');
        }
    }

    private void close(boolean cond) {
        if (cond) {
            sb.append(')');
        }
    }

    private void expr(Expr e, int level) {
        if (e instanceof Expr.BoolOp) {
            Expr.BoolOp b = (Expr.BoolOp) e;
            int pr = b.op == BoolOperator.And ? PR_AND : PR_OR;
            open(level > pr);
            for (int i = 0; i < b.values.size(); i++) {
                if (i > 0) {
                    sb.append(b.op == BoolOperator.And ? " and " : " or ");
                }
                expr(b.values.get(i), pr + 1);
            }
            close(level > pr);
        } else if (e instanceof Expr.BinOp) {
            Expr.BinOp b = (Expr.BinOp) e;
            int pr;
            String op;
            switch (b.op) {
                case Add: pr = PR_ARITH; op = " + "; break;
                case Sub: pr = PR_ARITH; op = " - "; break;
                case Mult: pr = PR_TERM; op = " * "; break;
                case MatMult: pr = PR_TERM; op = " @ "; break;
                case Div: pr = PR_TERM; op = " / "; break;
                case Mod: pr = PR_TERM; op = " % "; break;
                case FloorDiv: pr = PR_TERM; op = " // "; break;
                case LShift: pr = PR_SHIFT; op = " << "; break;
                case RShift: pr = PR_SHIFT; op = " >> "; break;
                case BitOr: pr = PR_BOR; op = " | "; break;
                case BitXor: pr = PR_BXOR; op = " ^ "; break;
                case BitAnd: pr = PR_BAND; op = " & "; break;
                default: pr = PR_POWER; op = " ** "; break;
            }
            int rassoc = b.op == Operator.Pow ? 1 : 0;
            open(level > pr);
            expr(b.left, pr + rassoc);
            sb.append(op);
            expr(b.right, pr + 1 - rassoc);
            close(level > pr);
        } else if (e instanceof Expr.UnaryOp) {
            Expr.UnaryOp un = (Expr.UnaryOp) e;
            int pr;
            String op;
            switch (un.op) {
                case Not: pr = PR_NOT; op = "not "; break;
                case Invert: pr = PR_FACTOR; op = "~"; break;
                case UAdd: pr = PR_FACTOR; op = "+"; break;
                default: pr = PR_FACTOR; op = "-"; break;
            }
            open(level > pr);
            sb.append(op);
            expr(un.operand, pr);
            close(level > pr);
        } else if (e instanceof Expr.Lambda) {
            Expr.Lambda l = (Expr.Lambda) e;
            open(level > PR_TEST);
            int mark = sb.length();
            sb.append("lambda ");
            int before = sb.length();
            arguments(l.args);
            if (sb.length() == before) {
                sb.setLength(mark);
                sb.append("lambda");
            }
            sb.append(": ");
            expr(l.body, PR_TEST);
            close(level > PR_TEST);
        } else if (e instanceof Expr.IfExp) {
            Expr.IfExp ie = (Expr.IfExp) e;
            open(level > PR_TEST);
            expr(ie.body, PR_TEST + 1);
            sb.append(" if ");
            expr(ie.test, PR_TEST + 1);
            sb.append(" else ");
            expr(ie.orelse, PR_TEST);
            close(level > PR_TEST);
        } else if (e instanceof Expr.Dict) {
            Expr.Dict d = (Expr.Dict) e;
            sb.append('{');
            for (int i = 0; i < d.values.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                if (d.keys.get(i) == null) {
                    sb.append("**");
                    expr(d.values.get(i), PR_EXPR);
                } else {
                    expr(d.keys.get(i), PR_TEST);
                    sb.append(": ");
                    expr(d.values.get(i), PR_TEST);
                }
            }
            sb.append('}');
        } else if (e instanceof Expr.Set) {
            List<Expr> elts = ((Expr.Set) e).elts;
            if (elts.isEmpty()) {
                sb.append("{*()}");
            } else {
                sb.append('{');
                seq(elts);
                sb.append('}');
            }
        } else if (e instanceof Expr.List) {
            sb.append('[');
            seq(((Expr.List) e).elts);
            sb.append(']');
        } else if (e instanceof Expr.Tuple) {
            List<Expr> elts = ((Expr.Tuple) e).elts;
            if (elts.isEmpty()) {
                sb.append("()");
            } else {
                open(level > PR_TUPLE);
                seq(elts);
                if (elts.size() == 1) {
                    sb.append(',');
                }
                close(level > PR_TUPLE);
            }
        } else if (e instanceof Expr.ListComp) {
            sb.append('[');
            expr(((Expr.ListComp) e).elt, PR_TEST);
            comprehensions(((Expr.ListComp) e).generators);
            sb.append(']');
        } else if (e instanceof Expr.SetComp) {
            sb.append('{');
            expr(((Expr.SetComp) e).elt, PR_TEST);
            comprehensions(((Expr.SetComp) e).generators);
            sb.append('}');
        } else if (e instanceof Expr.DictComp) {
            Expr.DictComp d = (Expr.DictComp) e;
            sb.append('{');
            expr(d.key, PR_TEST);
            sb.append(": ");
            expr(d.value, PR_TEST);
            comprehensions(d.generators);
            sb.append('}');
        } else if (e instanceof Expr.GeneratorExp) {
            sb.append('(');
            expr(((Expr.GeneratorExp) e).elt, PR_TEST);
            comprehensions(((Expr.GeneratorExp) e).generators);
            sb.append(')');
        } else if (e instanceof Expr.Await) {
            open(level > PR_AWAIT);
            sb.append("await ");
            expr(((Expr.Await) e).value, PR_ATOM);
            close(level > PR_AWAIT);
        } else if (e instanceof Expr.Yield) {
            Expr v = ((Expr.Yield) e).value;
            if (v == null) {
                sb.append("(yield)");
            } else {
                sb.append("(yield ");
                expr(v, PR_TEST);
                sb.append(')');
            }
        } else if (e instanceof Expr.YieldFrom) {
            sb.append("(yield from ");
            expr(((Expr.YieldFrom) e).value, PR_TEST);
            sb.append(')');
        } else if (e instanceof Expr.Compare) {
            Expr.Compare c = (Expr.Compare) e;
            open(level > PR_CMP);
            expr(c.left, PR_CMP + 1);
            for (int i = 0; i < c.ops.size(); i++) {
                sb.append(cmp(c.ops.get(i)));
                expr(c.comparators.get(i), PR_CMP + 1);
            }
            close(level > PR_CMP);
        } else if (e instanceof Expr.Call) {
            Expr.Call c = (Expr.Call) e;
            expr(c.func, PR_ATOM);
            if (c.args.size() == 1 && c.keywords.isEmpty() && c.args.get(0) instanceof Expr.GeneratorExp) {
                expr(c.args.get(0), PR_TEST);
                return;
            }
            sb.append('(');
            boolean first = true;
            for (Expr a : c.args) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                expr(a, PR_TEST);
            }
            for (Keyword k : c.keywords) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                if (k.arg == null) {
                    sb.append("**");
                } else {
                    sb.append(k.arg).append('=');
                }
                expr(k.value, PR_TEST);
            }
            sb.append(')');
        } else if (e instanceof Expr.Constant) {
            constant(((Expr.Constant) e).value, ((Expr.Constant) e).kind);
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            StringBuilder body = new StringBuilder();
            fstringBody(e, body);
            sb.append('f').append(StringRepr.repr(body.toString()));
        } else if (e instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) e;
            expr(a.value, PR_ATOM);
            boolean intConst = a.value instanceof Expr.Constant
                    && (((Expr.Constant) a.value).value instanceof PyInt
                    || ((Expr.Constant) a.value).value instanceof PyBigInt);
            sb.append(intConst ? " ." : ".").append(a.attr);
        } else if (e instanceof Expr.Subscript) {
            Expr.Subscript s = (Expr.Subscript) e;
            expr(s.value, PR_ATOM);
            sb.append('[');
            expr(s.slice, PR_TUPLE);
            sb.append(']');
        } else if (e instanceof Expr.Starred) {
            sb.append('*');
            expr(((Expr.Starred) e).value, PR_EXPR);
        } else if (e instanceof Expr.Name) {
            sb.append(((Expr.Name) e).id);
        } else if (e instanceof Expr.Slice) {
            Expr.Slice s = (Expr.Slice) e;
            if (s.lower != null) {
                expr(s.lower, PR_TEST);
            }
            sb.append(':');
            if (s.upper != null) {
                expr(s.upper, PR_TEST);
            }
            if (s.step != null) {
                sb.append(':');
                expr(s.step, PR_TEST);
            }
        } else if (e instanceof Expr.NamedExpr) {
            Expr.NamedExpr n = (Expr.NamedExpr) e;
            open(level > PR_TUPLE);
            expr(n.target, PR_ATOM);
            sb.append(" := ");
            expr(n.value, PR_ATOM);
            close(level > PR_TUPLE);
        } else {
            throw new IllegalArgumentException("cannot unparse " + e.getClass().getSimpleName());
        }
    }

    private void seq(List<Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            expr(elts.get(i), PR_TEST);
        }
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension g : gens) {
            sb.append(g.isAsync != 0 ? " async for " : " for ");
            expr(g.target, PR_TUPLE);
            sb.append(" in ");
            expr(g.iter, PR_TEST + 1);
            for (Expr c : g.ifs) {
                sb.append(" if ");
                expr(c, PR_TEST + 1);
            }
        }
    }

    private static String cmp(CmpOp op) {
        switch (op) {
            case Eq: return " == ";
            case NotEq: return " != ";
            case Lt: return " < ";
            case LtE: return " <= ";
            case Gt: return " > ";
            case GtE: return " >= ";
            case Is: return " is ";
            case IsNot: return " is not ";
            case In: return " in ";
            default: return " not in ";
        }
    }

    private void constant(PyObject v, String kind) {
        if (v instanceof PyEllipsis) {
            sb.append("...");
            return;
        }
        if (v instanceof PyFloat && Double.isInfinite(((PyFloat) v).value)) {
            sb.append(((PyFloat) v).value > 0 ? "1e309" : "-1e309");
            return;
        }
        if ("u".equals(kind)) {
            sb.append('u');
        }
        sb.append(Repr.reprString(v));
    }

    private void arguments(Arguments a) {
        boolean first = true;
        int posCount = a.posonlyargs.size() + a.args.size();
        int defaultStart = posCount - a.defaults.size();
        for (int i = 0; i < posCount; i++) {
            Arg arg = i < a.posonlyargs.size() ? a.posonlyargs.get(i) : a.args.get(i - a.posonlyargs.size());
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(arg.arg);
            if (i >= defaultStart) {
                sb.append('=');
                expr(a.defaults.get(i - defaultStart), PR_TEST);
            }
            if (i == a.posonlyargs.size() - 1) {
                sb.append(", /");
            }
        }
        if (a.vararg != null || !a.kwonlyargs.isEmpty()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append('*');
            if (a.vararg != null) {
                sb.append(a.vararg.arg);
            }
        }
        for (int i = 0; i < a.kwonlyargs.size(); i++) {
            sb.append(", ").append(a.kwonlyargs.get(i).arg);
            Expr d = i < a.kwDefaults.size() ? a.kwDefaults.get(i) : null;
            if (d != null) {
                sb.append('=');
                expr(d, PR_TEST);
            }
        }
        if (a.kwarg != null) {
            if (!first) {
                sb.append(", ");
            }
            sb.append("**").append(a.kwarg.arg);
        }
    }

    private static void fstringBody(Expr e, StringBuilder out) {
        if (e instanceof Expr.JoinedStr) {
            for (Expr v : ((Expr.JoinedStr) e).values) {
                fstringBody(v, out);
            }
        } else if (e instanceof Expr.Constant && ((Expr.Constant) e).value instanceof PyStr) {
            out.append(((PyStr) ((Expr.Constant) e).value).value.replace("{", "{{").replace("}", "}}"));
        } else if (e instanceof Expr.FormattedValue) {
            Expr.FormattedValue f = (Expr.FormattedValue) e;
            Unparser inner = new Unparser();
            inner.expr(f.value, PR_TEST + 1);
            String text = inner.sb.toString();
            out.append('{');
            if (text.startsWith("{")) {
                out.append(' ');
            }
            out.append(text);
            if (f.conversion > 0) {
                out.append('!').append((char) f.conversion);
            }
            if (f.formatSpec != null) {
                out.append(':');
                fstringBody(f.formatSpec, out);
            }
            out.append('}');
        }
    }
}
