package org.ramjet.parser;

import static org.ramjet.parser.lexer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyEllipsis;
import org.ramjet.objects.PyNone;
import org.ramjet.parser.ast.BoolOperator;
import org.ramjet.parser.ast.CmpOp;
import org.ramjet.parser.ast.Comprehension;
import org.ramjet.parser.ast.Expr;
import org.ramjet.parser.ast.ExprContext;
import org.ramjet.parser.ast.Keyword;
import org.ramjet.parser.ast.Operator;
import org.ramjet.parser.ast.UnaryOperator;
import org.ramjet.parser.lexer.SourceText;
import org.ramjet.parser.lexer.NumberLiterals;
import org.ramjet.parser.lexer.Token;
import org.ramjet.parser.lexer.TokenKind;

/**
 * The expression half of CPython 3.11's PEG grammar (Grammar/python.gram), rule for rule, with
 * its invalid_* rules active in the error pass. Left-recursive rules are loops; the rules CPython
 * memoizes are memoized. Method names are the grammar's rule names in camelCase.
 */
abstract class ExpressionRules extends ParserBase {
    ExpressionRules(SourceText source, TokenSource tokens) {
        super(source, tokens);
    }

    @SuppressWarnings("unchecked")
    static <T> T unmemo(Object o) {
        return o == FAIL ? null : (T) o;
    }

    // ---------------------------------------------------------------- expressions

    /** expressions: expression (',' expression)* [','] (a tuple when there is a comma). */
    final Expr expressions() {
        int start = mark();
        Expr a = expression();
        if (a == null) {
            return null;
        }
        if (!at(COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (true) {
            int m = mark();
            if (expect(COMMA) == null) {
                break;
            }
            Expr c = expression();
            if (c == null) {
                reset(m);
                break;
            }
            elts.add(c);
        }
        expect(COMMA);
        return fin(new Expr.Tuple(elts, ExprContext.Load), start);
    }

    final Expr expression() {
        int start = mark();
        Object m = memoGet(M_EXPRESSION);
        if (m != null) {
            return unmemo(m);
        }
        return memoPut(M_EXPRESSION, start, expressionBody(start, true));
    }

    /** expression_without_invalid, and the body of expression. */
    private Expr expressionBody(int start, boolean withInvalid) {
        if (withInvalid && callInvalidRules) {
            invalidExpression();
            reset(start);
            invalidLegacyExpression();
            reset(start);
        }
        Expr a = disjunction();
        if (a != null) {
            int m = mark();
            if (expectWord("if") != null) {
                Expr b = disjunction();
                if (b != null && expectWord("else") != null) {
                    Expr c = expression();
                    if (c != null) {
                        return fin(new Expr.IfExp(b, a, c), start);
                    }
                }
                reset(m);
            }
            return a;
        }
        reset(start);
        return lambdef();
    }

    /** expression_without_invalid: expression with the invalid rules off below it too. */
    final Expr expressionWithoutInvalid() {
        boolean prev = callInvalidRules;
        callInvalidRules = false;
        try {
            return expressionBody(mark(), false);
        } finally {
            callInvalidRules = prev;
        }
    }

    private void invalidExpression() {
        int start = mark();
        // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
        boolean blocked = (atName() && peek(1).kind() == STRING) || Keywords.isSoftKeywordToken(cur());
        if (!blocked) {
            Expr a = disjunction();
            if (a != null) {
                Expr b = expressionWithoutInvalid();
                if (b != null && !isLegacyName(a) && level(pos - 1) != 0) {
                    throw errorAtNodes(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
            }
        }
        reset(start);
        Expr a = disjunction();
        if (a != null && expectWord("if") != null) {
            Expr b = disjunction();
            if (b != null && !atWord("else") && !at(COLON)) {
                throw errorAtNodes(a, b, "expected 'else' after 'if' expression");
            }
        }
        reset(start);
    }

    private static boolean isLegacyName(Expr e) {
        return e instanceof Expr.Name && (((Expr.Name) e).id.equals("print") || ((Expr.Name) e).id.equals("exec"));
    }

    private void invalidLegacyExpression() {
        int start = mark();
        Token t = expectName();
        if (t != null && !at(LPAR)) {
            Expr b = starExpressions();
            if (b != null && (t.text().equals("print") || t.text().equals("exec"))) {
                throw errorAt(SyntaxErrorException.Kind.SYNTAX_ERROR,
                        "Missing parentheses in call to '" + t.text() + "'. Did you mean " + t.text() + "(...)?",
                        t.line(), t.col(), b.endLineno, b.endColOffset);
            }
        }
        reset(start);
    }

    final Expr yieldExpr() {
        int start = mark();
        if (expectWord("yield") == null) {
            return null;
        }
        int m = mark();
        if (expectWord("from") != null) {
            Expr a = expression();
            if (a != null) {
                return fin(new Expr.YieldFrom(a), start);
            }
            reset(m);
        }
        Expr a = starExpressions();
        return fin(new Expr.Yield(a), start);
    }

    final Expr starExpressions() {
        int start = mark();
        Expr a = starExpression();
        if (a == null) {
            return null;
        }
        if (!at(COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (true) {
            int m = mark();
            if (expect(COMMA) == null) {
                break;
            }
            Expr c = starExpression();
            if (c == null) {
                reset(m);
                break;
            }
            elts.add(c);
        }
        expect(COMMA);
        return fin(new Expr.Tuple(elts, ExprContext.Load), start);
    }

    final Expr starExpression() {
        int start = mark();
        Object m = memoGet(M_STAR_EXPRESSION);
        if (m != null) {
            return unmemo(m);
        }
        Expr r = null;
        if (expect(STAR) != null) {
            Expr a = bitwiseOr();
            if (a != null) {
                r = fin(new Expr.Starred(a, ExprContext.Load), start);
            } else {
                reset(start);
            }
        }
        if (r == null) {
            r = expression();
        }
        return memoPut(M_STAR_EXPRESSION, start, r);
    }

    /** star_named_expressions: ','.star_named_expression+ [','] */
    final List<Expr> starNamedExpressions() {
        Expr a = starNamedExpression();
        if (a == null) {
            return null;
        }
        List<Expr> out = new ArrayList<>();
        out.add(a);
        while (true) {
            int m = mark();
            if (expect(COMMA) == null) {
                break;
            }
            Expr c = starNamedExpression();
            if (c == null) {
                reset(m);
                break;
            }
            out.add(c);
        }
        expect(COMMA);
        return out;
    }

    final Expr starNamedExpression() {
        int start = mark();
        if (expect(STAR) != null) {
            Expr a = bitwiseOr();
            if (a != null) {
                return fin(new Expr.Starred(a, ExprContext.Load), start);
            }
            reset(start);
        }
        return namedExpression();
    }

    final Expr assignmentExpression() {
        int start = mark();
        Token n = expectName();
        if (n == null) {
            return null;
        }
        if (expect(COLONEQUAL) == null) {
            reset(start);
            return null;
        }
        Expr b = expression();
        if (b == null) {
            // cut: no other alternative of the caller is tried after ':='
            reset(start);
            return null;
        }
        return fin(new Expr.NamedExpr(nameNode(n, ExprContext.Store), b), start);
    }

    /** True when assignment_expression failed after its cut (NAME ':=' seen). */
    final boolean atWalrus() {
        return atName() && peek(1).kind() == COLONEQUAL;
    }

    final Expr namedExpression() {
        int start = mark();
        Expr a = assignmentExpression();
        if (a != null) {
            return a;
        }
        if (atWalrus()) {
            return null; // the cut in assignment_expression
        }
        if (callInvalidRules) {
            invalidNamedExpression();
            reset(start);
        }
        a = expression();
        if (a != null && !at(COLONEQUAL)) {
            return a;
        }
        reset(start);
        return null;
    }

    private void invalidNamedExpression() {
        int start = mark();
        Object m = memoGet(M_INVALID_NAMED_EXPRESSION);
        if (m != null) {
            reset(start);
            return;
        }
        Expr a = expression();
        if (a != null && expect(COLONEQUAL) != null && expression() != null) {
            throw errorAtNode(a, "cannot use assignment expressions with " + Targets.exprName(a));
        }
        reset(start);
        Token n = expectName();
        if (n != null) {
            Token eq = expect(EQUAL);
            if (eq != null) {
                Expr b = bitwiseOr();
                if (b != null && !at(EQUAL) && !at(COLONEQUAL)) {
                    throw errorAt(SyntaxErrorException.Kind.SYNTAX_ERROR,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            n.line(), n.col(), b.endLineno, b.endColOffset);
                }
            }
        }
        reset(start);
        boolean blocked = list() != null;
        reset(start);
        blocked = blocked || tuple() != null;
        reset(start);
        blocked = blocked || genexp() != null;
        reset(start);
        blocked = blocked || atWord("True") || atWord("None") || atWord("False");
        if (!blocked) {
            Expr b = bitwiseOr();
            if (b != null && expect(EQUAL) != null && bitwiseOr() != null && !at(EQUAL) && !at(COLONEQUAL)) {
                throw errorAtNode(b, "cannot assign to " + Targets.exprName(b) + " here. Maybe you meant '==' instead of '='?");
            }
        }
        reset(start);
        memoPut(M_INVALID_NAMED_EXPRESSION, start, null);
        reset(start);
    }

    final Expr disjunction() {
        int start = mark();
        Object m = memoGet(M_DISJUNCTION);
        if (m != null) {
            return unmemo(m);
        }
        Expr a = conjunction();
        if (a != null && atWord("or")) {
            List<Expr> values = new ArrayList<>();
            values.add(a);
            while (true) {
                int k = mark();
                if (expectWord("or") == null) {
                    break;
                }
                Expr c = conjunction();
                if (c == null) {
                    reset(k);
                    break;
                }
                values.add(c);
            }
            if (values.size() > 1) {
                a = fin(new Expr.BoolOp(BoolOperator.Or, values), start);
            }
        }
        return memoPut(M_DISJUNCTION, start, a);
    }

    final Expr conjunction() {
        int start = mark();
        Object m = memoGet(M_CONJUNCTION);
        if (m != null) {
            return unmemo(m);
        }
        Expr a = inversion();
        if (a != null && atWord("and")) {
            List<Expr> values = new ArrayList<>();
            values.add(a);
            while (true) {
                int k = mark();
                if (expectWord("and") == null) {
                    break;
                }
                Expr c = inversion();
                if (c == null) {
                    reset(k);
                    break;
                }
                values.add(c);
            }
            if (values.size() > 1) {
                a = fin(new Expr.BoolOp(BoolOperator.And, values), start);
            }
        }
        return memoPut(M_CONJUNCTION, start, a);
    }

    final Expr inversion() {
        int start = mark();
        Object m = memoGet(M_INVERSION);
        if (m != null) {
            return unmemo(m);
        }
        Expr r = null;
        if (expectWord("not") != null) {
            Expr a = inversion();
            if (a != null) {
                r = fin(new Expr.UnaryOp(UnaryOperator.Not, a), start);
            } else {
                reset(start);
            }
        }
        if (r == null) {
            r = comparison();
        }
        return memoPut(M_INVERSION, start, r);
    }

    final Expr comparison() {
        int start = mark();
        Expr a = bitwiseOr();
        if (a == null) {
            return null;
        }
        List<CmpOp> ops = null;
        List<Expr> comparators = null;
        while (true) {
            int m = mark();
            CmpOp op = compareOp();
            if (op == null) {
                break;
            }
            Expr b = bitwiseOr();
            if (b == null) {
                reset(m);
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(b);
        }
        if (ops == null) {
            return a;
        }
        return fin(new Expr.Compare(a, ops, comparators), start);
    }

    private CmpOp compareOp() {
        Token t = cur();
        switch (t.kind()) {
            case EQEQUAL: pos++; return CmpOp.Eq;
            case NOTEQUAL: pos++; return CmpOp.NotEq;
            case LESSEQUAL: pos++; return CmpOp.LtE;
            case LESS: pos++; return CmpOp.Lt;
            case GREATEREQUAL: pos++; return CmpOp.GtE;
            case GREATER: pos++; return CmpOp.Gt;
            case NAME:
                switch (word(t)) {
                    case "in":
                        pos++;
                        return CmpOp.In;
                    case "not":
                        if (peek(1).isKeyword("in")) {
                            pos += 2;
                            return CmpOp.NotIn;
                        }
                        return null;
                    case "is":
                        if (peek(1).isKeyword("not")) {
                            pos += 2;
                            return CmpOp.IsNot;
                        }
                        pos++;
                        return CmpOp.Is;
                    default:
                        return null;
                }
            default:
                return null;
        }
    }

    final Expr bitwiseOr() {
        int start = mark();
        Object m = memoGet(M_BITWISE_OR);
        if (m != null) {
            return unmemo(m);
        }
        Expr a = bitwiseXor();
        while (a != null) {
            int k = mark();
            if (expect(VBAR) == null) {
                break;
            }
            Expr b = bitwiseXor();
            if (b == null) {
                reset(k);
                break;
            }
            a = fin(new Expr.BinOp(a, Operator.BitOr, b), start);
        }
        return memoPut(M_BITWISE_OR, start, a);
    }

    private Expr bitwiseXor() {
        int start = mark();
        Expr a = bitwiseAnd();
        while (a != null) {
            int k = mark();
            if (expect(CIRCUMFLEX) == null) {
                break;
            }
            Expr b = bitwiseAnd();
            if (b == null) {
                reset(k);
                break;
            }
            a = fin(new Expr.BinOp(a, Operator.BitXor, b), start);
        }
        return a;
    }

    private Expr bitwiseAnd() {
        int start = mark();
        Expr a = shiftExpr();
        while (a != null) {
            int k = mark();
            if (expect(AMPER) == null) {
                break;
            }
            Expr b = shiftExpr();
            if (b == null) {
                reset(k);
                break;
            }
            a = fin(new Expr.BinOp(a, Operator.BitAnd, b), start);
        }
        return a;
    }

    private Expr shiftExpr() {
        int start = mark();
        Expr a = sum();
        while (a != null) {
            int k = mark();
            Operator op;
            if (expect(LEFTSHIFT) != null) {
                op = Operator.LShift;
            } else if (expect(RIGHTSHIFT) != null) {
                op = Operator.RShift;
            } else {
                break;
            }
            Expr b = sum();
            if (b == null) {
                reset(k);
                break;
            }
            a = fin(new Expr.BinOp(a, op, b), start);
        }
        return a;
    }

    private Expr sum() {
        int start = mark();
        Expr a = term();
        while (a != null) {
            int k = mark();
            Operator op;
            if (expect(PLUS) != null) {
                op = Operator.Add;
            } else if (expect(MINUS) != null) {
                op = Operator.Sub;
            } else {
                break;
            }
            Expr b = term();
            if (b == null) {
                reset(k);
                break;
            }
            a = fin(new Expr.BinOp(a, op, b), start);
        }
        return a;
    }

    private Expr term() {
        int start = mark();
        Expr a = factor();
        while (a != null) {
            int k = mark();
            Operator op;
            switch (kind()) {
                case STAR: op = Operator.Mult; break;
                case SLASH: op = Operator.Div; break;
                case DOUBLESLASH: op = Operator.FloorDiv; break;
                case PERCENT: op = Operator.Mod; break;
                case AT: op = Operator.MatMult; break;
                default: op = null; break;
            }
            if (op == null) {
                break;
            }
            pos++;
            Expr b = factor();
            if (b == null) {
                reset(k);
                break;
            }
            a = fin(new Expr.BinOp(a, op, b), start);
        }
        return a;
    }

    final Expr factor() {
        int start = mark();
        Object m = memoGet(M_FACTOR);
        if (m != null) {
            return unmemo(m);
        }
        Expr r = null;
        UnaryOperator op;
        switch (kind()) {
            case PLUS: op = UnaryOperator.UAdd; break;
            case MINUS: op = UnaryOperator.USub; break;
            case TILDE: op = UnaryOperator.Invert; break;
            default: op = null; break;
        }
        if (op != null) {
            pos++;
            Expr a = factor();
            if (a != null) {
                r = fin(new Expr.UnaryOp(op, a), start);
            } else {
                reset(start);
            }
        }
        if (r == null) {
            r = power();
        }
        return memoPut(M_FACTOR, start, r);
    }

    private Expr power() {
        int start = mark();
        Expr a = awaitPrimary();
        if (a == null) {
            return null;
        }
        int m = mark();
        if (expect(DOUBLESTAR) != null) {
            Expr b = factor();
            if (b != null) {
                return fin(new Expr.BinOp(a, Operator.Pow, b), start);
            }
            reset(m);
        }
        return a;
    }

    private Expr awaitPrimary() {
        int start = mark();
        Object m = memoGet(M_AWAIT_PRIMARY);
        if (m != null) {
            return unmemo(m);
        }
        Expr r = null;
        if (expectWord("await") != null) {
            Expr a = primary();
            if (a != null) {
                r = fin(new Expr.Await(a), start);
            } else {
                reset(start);
            }
        }
        if (r == null) {
            r = primary();
        }
        return memoPut(M_AWAIT_PRIMARY, start, r);
    }

    final Expr primary() {
        int start = mark();
        Object memo = memoGet(M_PRIMARY);
        if (memo != null) {
            return unmemo(memo);
        }
        Expr a = atom();
        while (a != null) {
            int m = mark();
            Token t = cur();
            if (t.kind() == DOT) {
                pos++;
                Token n = expectName();
                if (n != null) {
                    a = fin(new Expr.Attribute(a, n.text(), ExprContext.Load), start);
                    continue;
                }
                reset(m);
                break;
            } else if (t.kind() == LPAR) {
                Expr g = genexp();
                if (g != null) {
                    a = fin(new Expr.Call(a, List.of(g), List.of()), start);
                    continue;
                }
                reset(m);
                pos++;
                Expr.Call args = arguments();
                if (expect(RPAR) != null) {
                    a = fin(new Expr.Call(a, args == null ? List.of() : args.args,
                            args == null ? List.of() : args.keywords), start);
                    continue;
                }
                reset(m);
                break;
            } else if (t.kind() == LSQB) {
                pos++;
                Expr s = slices();
                if (s != null && expect(RSQB) != null) {
                    a = fin(new Expr.Subscript(a, s, ExprContext.Load), start);
                    continue;
                }
                reset(m);
                break;
            } else {
                break;
            }
        }
        return memoPut(M_PRIMARY, start, a);
    }

    final Expr slices() {
        int start = mark();
        Expr a = slice();
        if (a != null && !at(COMMA)) {
            return a;
        }
        reset(start);
        List<Expr> elts = new ArrayList<>();
        while (true) {
            int m = mark();
            if (!elts.isEmpty() && expect(COMMA) == null) {
                break;
            }
            Expr e = slice();
            if (e == null) {
                e = starredExpression();
            }
            if (e == null) {
                reset(m);
                break;
            }
            elts.add(e);
        }
        if (elts.isEmpty()) {
            return null;
        }
        expect(COMMA);
        return fin(new Expr.Tuple(elts, ExprContext.Load), start);
    }

    private Expr slice() {
        int start = mark();
        Expr a = expression();
        if (expect(COLON) != null) {
            Expr b = expression();
            Expr c = null;
            int m = mark();
            if (expect(COLON) != null) {
                c = expression();
            } else {
                reset(m);
            }
            return fin(new Expr.Slice(a, b, c), start);
        }
        reset(start);
        return namedExpression();
    }

    final Expr atom() {
        int start = mark();
        Token t = cur();
        switch (t.kind()) {
            case NAME:
                switch (word(t)) {
                    case "True":
                        pos++;
                        return fin(new Expr.Constant(PyBool.TRUE, null), start);
                    case "False":
                        pos++;
                        return fin(new Expr.Constant(PyBool.FALSE, null), start);
                    case "None":
                        pos++;
                        return fin(new Expr.Constant(PyNone.NONE, null), start);
                    default:
                        if (isHardKeyword(pos)) {
                            return null;
                        }
                        pos++;
                        return nameNode(t, ExprContext.Load);
                }
            case STRING:
                return strings();
            case NUMBER:
                pos++;
                return fin(new Expr.Constant(NumberLiterals.parse(t.text()), null), start);
            case LPAR: {
                Expr r = tuple();
                if (r == null) {
                    r = group();
                }
                if (r == null) {
                    r = genexp();
                }
                return r;
            }
            case LSQB: {
                Expr r = list();
                if (r == null) {
                    r = listcomp();
                }
                return r;
            }
            case LBRACE: {
                Expr r = dict();
                if (r == null) {
                    r = set();
                }
                if (r == null) {
                    r = dictcomp();
                }
                if (r == null) {
                    r = setcomp();
                }
                return r;
            }
            case ELLIPSIS:
                pos++;
                return fin(new Expr.Constant(PyEllipsis.ELLIPSIS, null), start);
            default:
                return null;
        }
    }

    final Expr.Name nameNode(Token t, ExprContext ctx) {
        return new Expr.Name(t.text(), ctx).at(t.line(), t.col(), t.endLine(), t.endCol());
    }

    final Expr strings() {
        int start = mark();
        Object m = memoGet(M_STRINGS);
        if (m != null) {
            return unmemo(m);
        }
        List<Token> parts = new ArrayList<>();
        Token t;
        while ((t = expect(STRING)) != null) {
            parts.add(t);
        }
        Expr r = parts.isEmpty() ? null : StringConcat.concatenate(this, parts, start);
        return memoPut(M_STRINGS, start, r);
    }

    private Expr group() {
        int start = mark();
        if (expect(LPAR) == null) {
            return null;
        }
        Expr a = yieldExpr();
        if (a == null) {
            a = namedExpression();
        }
        if (a != null && expect(RPAR) != null) {
            return a;
        }
        reset(start);
        if (callInvalidRules) {
            invalidGroup();
        }
        return null;
    }

    private void invalidGroup() {
        int start = mark();
        if (expect(LPAR) != null) {
            Expr a = starredExpression();
            if (a != null && expect(RPAR) != null) {
                throw errorAtNode(a, "cannot use starred expression here");
            }
        }
        reset(start);
        if (expect(LPAR) != null) {
            Token a = expect(DOUBLESTAR);
            if (a != null && expression() != null && expect(RPAR) != null) {
                throw errorAtToken(a, "cannot use double starred expression here");
            }
        }
        reset(start);
    }

    final Expr tuple() {
        int start = mark();
        if (expect(LPAR) == null) {
            return null;
        }
        List<Expr> elts = new ArrayList<>();
        int m = mark();
        Expr y = starNamedExpression();
        if (y != null && expect(COMMA) != null) {
            elts.add(y);
            List<Expr> z = starNamedExpressions();
            if (z != null) {
                elts.addAll(z);
            }
        } else {
            reset(m);
        }
        if (expect(RPAR) == null) {
            reset(start);
            return null;
        }
        return fin(new Expr.Tuple(elts, ExprContext.Load), start);
    }

    final Expr list() {
        int start = mark();
        if (expect(LSQB) == null) {
            return null;
        }
        List<Expr> a = starNamedExpressions();
        if (expect(RSQB) == null) {
            reset(start);
            return null;
        }
        return fin(new Expr.List(a == null ? new ArrayList<>() : a, ExprContext.Load), start);
    }

    private Expr set() {
        int start = mark();
        if (expect(LBRACE) == null) {
            return null;
        }
        List<Expr> a = starNamedExpressions();
        if (a == null || expect(RBRACE) == null) {
            reset(start);
            return null;
        }
        return fin(new Expr.Set(a), start);
    }

    private Expr dict() {
        int start = mark();
        if (expect(LBRACE) == null) {
            return null;
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        int m = mark();
        if (!doubleStarredKvpairs(keys, values)) {
            reset(m);
        }
        if (expect(RBRACE) != null) {
            return fin(new Expr.Dict(keys, values), start);
        }
        // '{' invalid_double_starred_kvpairs '}': CPython guards only alternatives that are a
        // lone invalid_ rule, so this one runs in the first pass too
        reset(start);
        expect(LBRACE);
        invalidDoubleStarredKvpairs();
        reset(start);
        return null;
    }

    /** double_starred_kvpairs: ','.double_starred_kvpair+ [',']; false when none. */
    private boolean doubleStarredKvpairs(List<Expr> keys, List<Expr> values) {
        if (!doubleStarredKvpair(keys, values)) {
            return false;
        }
        while (true) {
            int m = mark();
            if (expect(COMMA) == null) {
                break;
            }
            if (!doubleStarredKvpair(keys, values)) {
                reset(m);
                break;
            }
        }
        expect(COMMA);
        return true;
    }

    private boolean doubleStarredKvpair(List<Expr> keys, List<Expr> values) {
        int start = mark();
        if (expect(DOUBLESTAR) != null) {
            Expr a = bitwiseOr();
            if (a != null) {
                keys.add(null);
                values.add(a);
                return true;
            }
            reset(start);
        }
        return kvpair(keys, values);
    }

    private boolean kvpair(List<Expr> keys, List<Expr> values) {
        int start = mark();
        Expr a = expression();
        if (a != null && expect(COLON) != null) {
            Expr b = expression();
            if (b != null) {
                keys.add(a);
                values.add(b);
                return true;
            }
        }
        reset(start);
        return false;
    }

    private void invalidDoubleStarredKvpairs() {
        int start = mark();
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        List<Expr> ks = new ArrayList<>(), vs = new ArrayList<>();
        if (doubleStarredKvpair(ks, vs)) {
            while (true) {
                int m = mark();
                if (expect(COMMA) == null) {
                    break;
                }
                if (!doubleStarredKvpair(ks, vs)) {
                    reset(m);
                    break;
                }
            }
            if (expect(COMMA) != null) {
                invalidKvpair();
            }
        }
        reset(start);
        invalidKvpairTail();
        reset(start);
    }

    private void invalidKvpair() {
        int start = mark();
        Expr a = expression();
        if (a != null && !at(COLON)) {
            // the caret sits on the last character of the key; the end is unknown (-1)
            throw errorAt(SyntaxErrorException.Kind.SYNTAX_ERROR, "':' expected after dictionary key",
                    a.lineno, a.endColOffset - 1, a.endLineno, -1);
        }
        reset(start);
        invalidKvpairTail();
        reset(start);
    }

    /** The two alternatives invalid_double_starred_kvpairs and invalid_kvpair share. */
    private void invalidKvpairTail() {
        int start = mark();
        if (expression() != null && expect(COLON) != null) {
            Token a = expect(STAR);
            if (a != null && bitwiseOr() != null) {
                throw errorStartingFrom(a.line(), a.col(), "cannot use a starred expression in a dictionary value");
            }
        }
        reset(start);
        if (expression() != null) {
            Token a = expect(COLON);
            if (a != null && (at(RBRACE) || at(COMMA))) {
                throw errorAtToken(a, "expression expected after dictionary key and ':'");
            }
        }
        reset(start);
    }

    // ---------------------------------------------------------------- comprehensions

    final List<Comprehension> forIfClauses() {
        List<Comprehension> out = null;
        while (true) {
            Comprehension c = forIfClause();
            if (c == null) {
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(c);
        }
        return out;
    }

    private Comprehension forIfClause() {
        int start = mark();
        int isAsync = 0;
        if (atWord("async") && peek(1).isKeyword("for")) {
            pos++;
            isAsync = 1;
        }
        if (expectWord("for") != null) {
            Expr a = starTargets();
            if (a != null && expectWord("in") != null) {
                // cut: past 'in' no other alternative is tried
                Expr b = disjunction();
                if (b == null) {
                    reset(start);
                    return null;
                }
                List<Expr> ifs = new ArrayList<>();
                while (true) {
                    int m = mark();
                    if (expectWord("if") == null) {
                        break;
                    }
                    Expr z = disjunction();
                    if (z == null) {
                        reset(m);
                        break;
                    }
                    ifs.add(z);
                }
                return new Comprehension(a, b, ifs, isAsync);
            }
        }
        reset(start);
        if (callInvalidRules) {
            invalidForTarget();
        }
        return null;
    }

    /** invalid_for_target: ASYNC? 'for' a=star_expressions. */
    final void invalidForTarget() {
        int start = mark();
        expectWord("async");
        if (expectWord("for") != null) {
            Expr a = starExpressions();
            if (a != null) {
                Expr bad = Targets.invalidTarget(a, Targets.FOR);
                if (bad != null) {
                    throw errorAtNode(bad, "cannot assign to " + Targets.exprName(bad));
                }
            }
        }
        reset(start);
    }

    private Expr listcomp() {
        int start = mark();
        if (expect(LSQB) != null) {
            Expr a = namedExpression();
            if (a != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null && expect(RSQB) != null) {
                    return fin(new Expr.ListComp(a, b), start);
                }
            }
        }
        reset(start);
        if (callInvalidRules) {
            invalidComprehension();
        }
        return null;
    }

    private Expr setcomp() {
        int start = mark();
        if (expect(LBRACE) != null) {
            Expr a = namedExpression();
            if (a != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null && expect(RBRACE) != null) {
                    return fin(new Expr.SetComp(a, b), start);
                }
            }
        }
        reset(start);
        if (callInvalidRules) {
            invalidComprehension();
        }
        return null;
    }

    final Expr genexp() {
        int start = mark();
        if (expect(LPAR) != null) {
            Expr a = assignmentExpression();
            if (a == null && !atWalrus()) {
                a = expression();
                if (a != null && at(COLONEQUAL)) {
                    a = null;
                }
            }
            if (a != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null && expect(RPAR) != null) {
                    return fin(new Expr.GeneratorExp(a, b), start);
                }
            }
        }
        reset(start);
        if (callInvalidRules) {
            invalidComprehension();
        }
        return null;
    }

    private Expr dictcomp() {
        int start = mark();
        if (expect(LBRACE) != null) {
            List<Expr> ks = new ArrayList<>(1), vs = new ArrayList<>(1);
            if (kvpair(ks, vs)) {
                List<Comprehension> b = forIfClauses();
                if (b != null && expect(RBRACE) != null) {
                    return fin(new Expr.DictComp(ks.get(0), vs.get(0), b), start);
                }
            }
        }
        reset(start);
        if (callInvalidRules) {
            // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
            if (expect(LBRACE) != null) {
                Token a = expect(DOUBLESTAR);
                if (a != null && bitwiseOr() != null && forIfClauses() != null && expect(RBRACE) != null) {
                    throw errorAtToken(a, "dict unpacking cannot be used in dict comprehension");
                }
            }
            reset(start);
        }
        return null;
    }

    private void invalidComprehension() {
        int start = mark();
        TokenKind open = kind();
        if (open == LSQB || open == LPAR || open == LBRACE) {
            pos++;
            Expr a = starredExpression();
            if (a != null && forIfClauses() != null) {
                throw errorAtNode(a, "iterable unpacking cannot be used in comprehension");
            }
        }
        reset(start);
        if (open == LSQB || open == LBRACE) {
            pos++;
            Expr a = starNamedExpression();
            if (a != null && expect(COMMA) != null) {
                List<Expr> b = starNamedExpressions();
                if (b != null && forIfClauses() != null) {
                    Expr last = b.get(b.size() - 1);
                    throw errorAtNodes(a, last, "did you forget parentheses around the comprehension target?");
                }
            }
            reset(start);
            pos++;
            a = starNamedExpression();
            if (a != null) {
                Token b = expect(COMMA);
                if (b != null && forIfClauses() != null) {
                    throw errorAt(SyntaxErrorException.Kind.SYNTAX_ERROR,
                            "did you forget parentheses around the comprehension target?",
                            a.lineno, a.colOffset, b.endLine(), b.endCol());
                }
            }
        }
        reset(start);
    }

    // ---------------------------------------------------------------- call arguments

    /** arguments (memo): args [','] &')' | invalid_arguments. A Call holding args and keywords. */
    final Expr.Call arguments() {
        int start = mark();
        Object m = memoGet(M_ARGUMENTS);
        if (m != null) {
            return unmemo(m);
        }
        Expr.Call a = args();
        if (a != null) {
            expect(COMMA);
            if (!at(RPAR)) {
                a = null;
            }
        }
        if (a == null) {
            reset(start);
            if (callInvalidRules) {
                invalidArguments();
                reset(start);
            }
        }
        return memoPut(M_ARGUMENTS, start, a);
    }

    private Expr.Call args() {
        int start = mark();
        List<Expr> positional = new ArrayList<>();
        while (true) {
            int m = mark();
            if (!positional.isEmpty() && expect(COMMA) == null) {
                break;
            }
            Expr e = starredExpression();
            if (e == null) {
                e = assignmentExpression();
                if (e == null && !atWalrus()) {
                    e = expression();
                    if (e != null && at(COLONEQUAL)) {
                        e = null;
                    }
                }
                if (e != null && at(EQUAL)) {
                    e = null;
                }
            }
            if (e == null) {
                reset(m);
                break;
            }
            positional.add(e);
        }
        List<Keyword> keywords = new ArrayList<>();
        if (!positional.isEmpty()) {
            int m = mark();
            if (expect(COMMA) != null) {
                if (!kwargs(positional, keywords)) {
                    reset(m);
                }
            }
        } else if (!kwargs(positional, keywords)) {
            reset(start);
            return null;
        }
        return fin(new Expr.Call(null, positional, keywords), start);
    }

    /**
     * kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ','.kwarg_or_starred+
     * | ','.kwarg_or_double_starred+. Starred items go to {@code positional}.
     */
    private boolean kwargs(List<Expr> positional, List<Keyword> keywords) {
        int start = mark();
        int p0 = positional.size();
        int k0 = keywords.size();
        if (kwargGather(positional, keywords, false)) {
            int m = mark();
            if (expect(COMMA) != null && kwargGather(positional, keywords, true)) {
                return true;
            }
            reset(m);
            return true;
        }
        truncate(positional, p0);
        truncate(keywords, k0);
        reset(start);
        return kwargGather(positional, keywords, true);
    }

    private static void truncate(List<?> l, int n) {
        while (l.size() > n) {
            l.remove(l.size() - 1);
        }
    }

    private boolean kwargGather(List<Expr> positional, List<Keyword> keywords, boolean doubleStarred) {
        if (!kwargItem(positional, keywords, doubleStarred)) {
            return false;
        }
        while (true) {
            int m = mark();
            if (expect(COMMA) == null) {
                break;
            }
            if (!kwargItem(positional, keywords, doubleStarred)) {
                reset(m);
                break;
            }
        }
        return true;
    }

    /** kwarg_or_starred / kwarg_or_double_starred. */
    private boolean kwargItem(List<Expr> positional, List<Keyword> keywords, boolean doubleStarred) {
        int start = mark();
        if (callInvalidRules) {
            invalidKwarg();
        }
        Token n = expectName();
        if (n != null && expect(EQUAL) != null) {
            Expr b = expression();
            if (b != null) {
                keywords.add(fin(new Keyword(n.text(), b), start));
                return true;
            }
        }
        reset(start);
        if (!doubleStarred) {
            Expr a = starredExpression();
            if (a != null) {
                positional.add(a);
                return true;
            }
            return false;
        }
        if (expect(DOUBLESTAR) != null) {
            Expr a = expression();
            if (a != null) {
                keywords.add(fin(new Keyword(null, a), start));
                return true;
            }
        }
        reset(start);
        return false;
    }

    private void invalidKwarg() {
        int start = mark();
        Token a = cur();
        if (a.isKeyword("True") || a.isKeyword("False") || a.isKeyword("None")) {
            pos++;
            Token b = expect(EQUAL);
            if (b != null) {
                throw errorFromTokens(a, b, "cannot assign to " + a.text());
            }
        }
        reset(start);
        Token n = expectName();
        if (n != null) {
            Token b = expect(EQUAL);
            if (b != null && expression() != null && forIfClauses() != null) {
                throw errorFromTokens(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        reset(start);
        boolean nameEq = expectName() != null && at(EQUAL);
        reset(start);
        if (!nameEq) {
            Expr e = expression();
            if (e != null) {
                Token b = expect(EQUAL);
                if (b != null) {
                    throw errorAt(SyntaxErrorException.Kind.SYNTAX_ERROR,
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            e.lineno, e.colOffset, b.endLine(), b.endCol());
                }
            }
        }
        reset(start);
    }

    final Expr starredExpression() {
        int start = mark();
        if (expect(STAR) == null) {
            return null;
        }
        Expr a = expression();
        if (a == null) {
            reset(start);
            return null;
        }
        return fin(new Expr.Starred(a, ExprContext.Load), start);
    }

    private void invalidArguments() {
        int start = mark();
        Expr.Call a = args();
        if (a != null && expect(COMMA) != null && at(STAR) && !a.keywords.isEmpty()) {
            // CPython 3.11.7 raises this only when keyword arguments came before, located at the
            // '*' (the grammar file's "a=args ',' '*'" located at the arguments is 3.11.0's)
            throw errorAtToken(cur(), "iterable argument unpacking follows keyword argument unpacking");
        }
        reset(start);
        Expr e = expression();
        if (e != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null && expect(COMMA) != null) {
                int m = mark();
                if (args() == null) {
                    reset(m);
                    if (expression() == null || forIfClauses() == null) {
                        reset(m);
                    }
                }
                throw errorAtNodes(e, lastComprehensionItem(b), "Generator expression must be parenthesized");
            }
        }
        reset(start);
        Token n = expectName();
        if (n != null) {
            Token b = expect(EQUAL);
            if (b != null && expression() != null && forIfClauses() != null) {
                throw errorFromTokens(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        reset(start);
        a = args();
        if (a != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null) {
                nonparenGenexpInCall(a, b);
            }
        }
        reset(start);
        if (args() != null && expect(COMMA) != null) {
            Expr x = expression();
            if (x != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null) {
                    throw errorAtNodes(x, lastComprehensionItem(b), "Generator expression must be parenthesized");
                }
            }
        }
        reset(start);
        a = args();
        if (a != null && expect(COMMA) != null && args() != null) {
            argumentsParsingError(a);
        }
        reset(start);
    }

    private static Expr lastComprehensionItem(List<Comprehension> b) {
        Comprehension c = b.get(b.size() - 1);
        return c.ifs.isEmpty() ? c.iter : c.ifs.get(c.ifs.size() - 1);
    }

    /** _PyPegen_nonparen_genexp_in_call: a bare generator after other arguments. */
    private void nonparenGenexpInCall(Expr.Call args, List<Comprehension> comps) {
        int len = args.args.size();
        if (len <= 1) {
            return;
        }
        Expr last = args.args.get(len - 1);
        throw errorAtNodes(last, lastComprehensionItem(comps), "Generator expression must be parenthesized");
    }

    /** _PyPegen_arguments_parsing_error: which order rule the call broke. */
    private void argumentsParsingError(Expr.Call a) {
        boolean keywordUnpacking = false;
        for (Keyword k : a.keywords) {
            if (k.arg == null) {
                keywordUnpacking = true;
            }
        }
        String msg = keywordUnpacking
                ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument";
        throw errorAtLast(msg);
    }

    // ---------------------------------------------------------------- lambda

    final Expr lambdef() {
        int start = mark();
        if (expectWord("lambda") == null) {
            return null;
        }
        org.ramjet.parser.ast.Arguments a = new ParameterRules(this, true).params();
        if (expect(COLON) != null) {
            Expr b = expression();
            if (b != null) {
                return fin(new Expr.Lambda(a == null ? ParameterRules.empty() : a, b), start);
            }
        }
        reset(start);
        return null;
    }

    // ---------------------------------------------------------------- targets

    final Expr starTargets() {
        int start = mark();
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        if (!at(COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (true) {
            int m = mark();
            if (expect(COMMA) == null) {
                break;
            }
            Expr c = starTarget();
            if (c == null) {
                reset(m);
                break;
            }
            elts.add(c);
        }
        expect(COMMA);
        return fin(new Expr.Tuple(elts, ExprContext.Store), start);
    }

    /** star_targets_list_seq / star_targets_tuple_seq body: ','.star_target+ [','] */
    private List<Expr> starTargetSeq(boolean tuple) {
        int start = mark();
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        List<Expr> out = new ArrayList<>();
        out.add(a);
        boolean comma = false;
        while (true) {
            int m = mark();
            if (expect(COMMA) == null) {
                break;
            }
            comma = true;
            Expr c = starTarget();
            if (c == null) {
                reset(m);
                break;
            }
            out.add(c);
        }
        if (expect(COMMA) != null) {
            comma = true;
        }
        if (tuple && !comma) {
            reset(start);
            return null;
        }
        return out;
    }

    final Expr starTarget() {
        int start = mark();
        Object m = memoGet(M_STAR_TARGET);
        if (m != null) {
            return unmemo(m);
        }
        Expr r = null;
        if (expect(STAR) != null) {
            Expr a = at(STAR) ? null : starTarget();
            if (a != null) {
                r = fin(new Expr.Starred(Targets.withContext(a, ExprContext.Store), ExprContext.Store), start);
            } else {
                reset(start);
            }
        }
        if (r == null) {
            r = targetWithStarAtom();
        }
        return memoPut(M_STAR_TARGET, start, r);
    }

    private Expr targetWithStarAtom() {
        int start = mark();
        Object m = memoGet(M_TARGET_WITH_STAR_ATOM);
        if (m != null) {
            return unmemo(m);
        }
        Expr r = subscriptAttributeTarget(ExprContext.Store);
        if (r == null) {
            r = starAtom();
        }
        return memoPut(M_TARGET_WITH_STAR_ATOM, start, r);
    }

    /** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, in context ctx. */
    final Expr subscriptAttributeTarget(ExprContext ctx) {
        int start = mark();
        Expr a = tPrimary();
        if (a == null) {
            return null;
        }
        int m = mark();
        if (expect(DOT) != null) {
            Token b = expectName();
            if (b != null && !tLookahead()) {
                return fin(new Expr.Attribute(a, b.text(), ctx), start);
            }
        }
        reset(m);
        if (expect(LSQB) != null) {
            Expr b = slices();
            if (b != null && expect(RSQB) != null && !tLookahead()) {
                return fin(new Expr.Subscript(a, b, ctx), start);
            }
        }
        reset(start);
        return null;
    }

    private Expr starAtom() {
        int start = mark();
        Token n = expectName();
        if (n != null) {
            return nameNode(n, ExprContext.Store);
        }
        if (expect(LPAR) != null) {
            Expr a = targetWithStarAtom();
            if (a != null && expect(RPAR) != null) {
                return Targets.withContext(a, ExprContext.Store);
            }
            reset(start + 1);
            List<Expr> elts = starTargetSeq(true);
            if (expect(RPAR) != null) {
                return fin(new Expr.Tuple(elts == null ? new ArrayList<>() : elts, ExprContext.Store), start);
            }
            reset(start);
            return null;
        }
        if (expect(LSQB) != null) {
            List<Expr> elts = starTargetSeq(false);
            if (expect(RSQB) != null) {
                return fin(new Expr.List(elts == null ? new ArrayList<>() : elts, ExprContext.Store), start);
            }
            reset(start);
        }
        return null;
    }

    final Expr singleTarget() {
        int start = mark();
        Expr a = subscriptAttributeTarget(ExprContext.Store);
        if (a != null) {
            return a;
        }
        Token n = expectName();
        if (n != null) {
            return nameNode(n, ExprContext.Store);
        }
        if (expect(LPAR) != null) {
            a = singleTarget();
            if (a != null && expect(RPAR) != null) {
                return a;
            }
        }
        reset(start);
        return null;
    }

    final boolean tLookahead() {
        TokenKind k = kind();
        return k == LPAR || k == LSQB || k == DOT;
    }

    final Expr tPrimary() {
        int start = mark();
        Object memo = memoGet(M_T_PRIMARY);
        if (memo != null) {
            return unmemo(memo);
        }
        Expr a = atom();
        if (a == null || !tLookahead()) {
            reset(start);
            return memoPut(M_T_PRIMARY, start, null);
        }
        while (true) {
            int m = mark();
            if (expect(DOT) != null) {
                Token b = expectName();
                if (b != null && tLookahead()) {
                    a = fin(new Expr.Attribute(a, b.text(), ExprContext.Load), start);
                    continue;
                }
            }
            reset(m);
            if (expect(LSQB) != null) {
                Expr b = slices();
                if (b != null && expect(RSQB) != null && tLookahead()) {
                    a = fin(new Expr.Subscript(a, b, ExprContext.Load), start);
                    continue;
                }
            }
            reset(m);
            if (at(LPAR)) {
                Expr g = genexp();
                if (g != null && tLookahead()) {
                    a = fin(new Expr.Call(a, List.of(g), List.of()), start);
                    continue;
                }
                reset(m);
                pos++;
                Expr.Call args = arguments();
                if (expect(RPAR) != null && tLookahead()) {
                    a = fin(new Expr.Call(a, args == null ? List.of() : args.args,
                            args == null ? List.of() : args.keywords), start);
                    continue;
                }
            }
            reset(m);
            break;
        }
        return memoPut(M_T_PRIMARY, start, a);
    }

    final List<Expr> delTargets() {
        Expr a = delTarget();
        if (a == null) {
            return null;
        }
        List<Expr> out = new ArrayList<>();
        out.add(a);
        while (true) {
            int m = mark();
            if (expect(COMMA) == null) {
                break;
            }
            Expr c = delTarget();
            if (c == null) {
                reset(m);
                break;
            }
            out.add(c);
        }
        expect(COMMA);
        return out;
    }

    private Expr delTarget() {
        int start = mark();
        Object m = memoGet(M_DEL_TARGET);
        if (m != null) {
            return unmemo(m);
        }
        Expr r = subscriptAttributeTarget(ExprContext.Del);
        if (r == null) {
            r = delTAtom();
        }
        return memoPut(M_DEL_TARGET, start, r);
    }

    private Expr delTAtom() {
        int start = mark();
        Token n = expectName();
        if (n != null) {
            return nameNode(n, ExprContext.Del);
        }
        if (expect(LPAR) != null) {
            Expr a = delTarget();
            if (a != null && expect(RPAR) != null) {
                return Targets.withContext(a, ExprContext.Del);
            }
            reset(start + 1);
            List<Expr> a2 = delTargets();
            if (expect(RPAR) != null) {
                return fin(new Expr.Tuple(a2 == null ? new ArrayList<>() : a2, ExprContext.Del), start);
            }
            reset(start);
            return null;
        }
        if (expect(LSQB) != null) {
            List<Expr> a2 = delTargets();
            if (expect(RSQB) != null) {
                return fin(new Expr.List(a2 == null ? new ArrayList<>() : a2, ExprContext.Del), start);
            }
            reset(start);
        }
        return null;
    }
}
