package org.ramjet.parser;

import static org.ramjet.parser.lexer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.ramjet.parser.ast.Alias;
import org.ramjet.parser.ast.Arguments;
import org.ramjet.parser.ast.ExceptHandler;
import org.ramjet.parser.ast.Expr;
import org.ramjet.parser.ast.ExprContext;
import org.ramjet.parser.ast.MatchCase;
import org.ramjet.parser.ast.Operator;
import org.ramjet.parser.ast.Pattern;
import org.ramjet.parser.ast.Stmt;
import org.ramjet.parser.ast.WithItem;
import org.ramjet.parser.lexer.SourceText;
import org.ramjet.parser.lexer.Token;

/** The statement rules of the 3.11 grammar, with their invalid_* rules. */
abstract class StatementRules extends PatternRules {
    private static final SyntaxErrorException.Kind INDENT_ERR = SyntaxErrorException.Kind.INDENTATION_ERROR;

    StatementRules(SourceText source, TokenSource tokens) {
        super(source, tokens);
    }

    /** statements: statement+ (null when none). */
    final List<Stmt> statements() {
        List<Stmt> out = null;
        while (true) {
            int m = mark();
            if (!statement(out == null ? (out = new ArrayList<>()) : out)) {
                reset(m);
                break;
            }
        }
        return out == null || out.isEmpty() ? null : out;
    }

    /** statement: compound_stmt | simple_stmts; appends to {@code out}. */
    private boolean statement(List<Stmt> out) {
        Stmt c = compoundStmt();
        if (c != null) {
            out.add(c);
            return true;
        }
        List<Stmt> s = simpleStmts();
        if (s != null) {
            out.addAll(s);
            return true;
        }
        return false;
    }

    final List<Stmt> simpleStmts() {
        int start = mark();
        Stmt a = simpleStmt();
        if (a != null && !at(SEMI) && expect(NEWLINE) != null) {
            List<Stmt> one = new ArrayList<>(1);
            one.add(a);
            return one;
        }
        reset(start);
        List<Stmt> out = new ArrayList<>();
        while (true) {
            int m = mark();
            if (!out.isEmpty() && expect(SEMI) == null) {
                break;
            }
            Stmt s = simpleStmt();
            if (s == null) {
                reset(m);
                break;
            }
            out.add(s);
        }
        if (out.isEmpty()) {
            return null;
        }
        expect(SEMI);
        if (expect(NEWLINE) == null) {
            reset(start);
            return null;
        }
        return out;
    }

    private Stmt simpleStmt() {
        int start = mark();
        Object m = memoGet(M_SIMPLE_STMT);
        if (m != null) {
            return unmemo(m);
        }
        return memoPut(M_SIMPLE_STMT, start, simpleStmtBody(start));
    }

    private Stmt simpleStmtBody(int start) {
        Token t = cur();
        String word = word(t);
        switch (word) {
            // statements that start with a keyword no expression or target can start with
            case "return": return returnStmt();
            case "import": case "from": return importStmt();
            case "raise": return raiseStmt();
            case "pass": pos++; return fin(new Stmt.Pass(), start);
            case "del": return delStmt();
            case "yield": {
                if (callInvalidRules) {
                    // assignment comes first in simple_stmt: its invalid_assignment knows `yield = x`
                    assignment();
                    reset(start);
                }
                Expr y = yieldExpr();
                return y == null ? null : fin(new Stmt.Expr(y), start);
            }
            case "assert": return assertStmt();
            case "break": pos++; return fin(new Stmt.Break(), start);
            case "continue": pos++; return fin(new Stmt.Continue(), start);
            case "global": case "nonlocal": return globalStmt(word.equals("global"));
            default: break;
        }
        Stmt a = assignment();
        if (a != null) {
            return a;
        }
        reset(start);
        Expr e = starExpressions();
        if (e != null) {
            return fin(new Stmt.Expr(e), start);
        }
        reset(start);
        return null;
    }

    // ---------------------------------------------------------------- assignment

    private Stmt assignment() {
        int start = mark();
        // NAME ':' expression ['=' annotated_rhs]
        Token n = expectName();
        if (n != null && expect(COLON) != null) {
            Expr b = expression();
            if (b != null) {
                Expr c = optionalAssignedValue();
                return fin(new Stmt.AnnAssign(nameNode(n, ExprContext.Store), b, c, 1), start);
            }
        }
        reset(start);
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        Expr target = null;
        if (expect(LPAR) != null) {
            target = singleTarget();
            if (target == null || expect(RPAR) == null) {
                target = null;
                reset(start);
            }
        }
        if (target == null) {
            target = subscriptAttributeTarget(ExprContext.Store);
        }
        if (target != null && expect(COLON) != null) {
            Expr b = expression();
            if (b != null) {
                Expr c = optionalAssignedValue();
                return fin(new Stmt.AnnAssign(target, b, c, 0), start);
            }
        }
        reset(start);
        // (star_targets '=')+ (yield_expr | star_expressions) !'='
        List<Expr> targets = null;
        while (true) {
            int m = mark();
            Expr z = starTargets();
            if (z == null || expect(EQUAL) == null) {
                reset(m);
                break;
            }
            if (targets == null) {
                targets = new ArrayList<>();
            }
            targets.add(z);
        }
        if (targets != null) {
            Expr b = annotatedRhs();
            if (b != null && !at(EQUAL)) {
                return fin(new Stmt.Assign(targets, b, null), start);
            }
        }
        reset(start);
        // single_target augassign ~ (yield_expr | star_expressions)
        Expr t = singleTarget();
        if (t != null) {
            Operator op = augassign();
            if (op != null) {
                Expr c = annotatedRhs();
                if (c != null) {
                    return fin(new Stmt.AugAssign(t, op, c), start);
                }
                reset(start);
                return null; // the cut: nothing else is tried
            }
        }
        reset(start);
        if (callInvalidRules) {
            invalidAssignment();
            reset(start);
        }
        return null;
    }

    private Expr optionalAssignedValue() {
        int m = mark();
        if (expect(EQUAL) != null) {
            Expr d = annotatedRhs();
            if (d != null) {
                return d;
            }
        }
        reset(m);
        return null;
    }

    final Expr annotatedRhs() {
        Expr y = yieldExpr();
        return y != null ? y : starExpressions();
    }

    private Operator augassign() {
        Operator op;
        switch (kind()) {
            case PLUSEQUAL: op = Operator.Add; break;
            case MINEQUAL: op = Operator.Sub; break;
            case STAREQUAL: op = Operator.Mult; break;
            case ATEQUAL: op = Operator.MatMult; break;
            case SLASHEQUAL: op = Operator.Div; break;
            case PERCENTEQUAL: op = Operator.Mod; break;
            case AMPEREQUAL: op = Operator.BitAnd; break;
            case VBAREQUAL: op = Operator.BitOr; break;
            case CIRCUMFLEXEQUAL: op = Operator.BitXor; break;
            case LEFTSHIFTEQUAL: op = Operator.LShift; break;
            case RIGHTSHIFTEQUAL: op = Operator.RShift; break;
            case DOUBLESTAREQUAL: op = Operator.Pow; break;
            case DOUBLESLASHEQUAL: op = Operator.FloorDiv; break;
            default: return null;
        }
        pos++;
        return op;
    }

    private void invalidAssignment() {
        int start = mark();
        Expr a = invalidAnnAssignTarget();
        if (a != null && expect(COLON) != null && expression() != null) {
            throw errorAtNode(a, "only single target (not " + Targets.exprName(a) + ") can be annotated");
        }
        reset(start);
        a = starNamedExpression();
        if (a != null && expect(COMMA) != null) {
            while (starNamedExpressions() != null) {
                // star_named_expressions*
            }
            if (expect(COLON) != null && expression() != null) {
                throw errorAtNode(a, "only single target (not tuple) can be annotated");
            }
        }
        reset(start);
        a = expression();
        if (a != null && expect(COLON) != null && expression() != null) {
            throw errorAtNode(a, "illegal target for annotation");
        }
        reset(start);
        skipStarTargetsAssignments();
        a = starExpressions();
        if (a != null && expect(EQUAL) != null) {
            Expr bad = Targets.invalidTarget(a, Targets.STAR);
            if (bad != null) {
                throw errorAtNode(bad, "cannot assign to " + Targets.exprName(bad));
            }
        }
        reset(start);
        skipStarTargetsAssignments();
        a = yieldExpr();
        if (a != null && expect(EQUAL) != null) {
            throw errorAtNode(a, "assignment to yield expression not possible");
        }
        reset(start);
        a = starExpressions();
        if (a != null && augassign() != null && annotatedRhs() != null) {
            throw errorAtNode(a, "'" + Targets.exprName(a) + "' is an illegal expression for augmented assignment");
        }
        reset(start);
    }

    /** (star_targets '=')* */
    private void skipStarTargetsAssignments() {
        while (true) {
            int m = mark();
            if (starTargets() == null || expect(EQUAL) == null) {
                reset(m);
                return;
            }
        }
    }

    private Expr invalidAnnAssignTarget() {
        int start = mark();
        Expr a = list();
        if (a != null) {
            return a;
        }
        a = tuple();
        if (a != null) {
            return a;
        }
        if (expect(LPAR) != null) {
            a = invalidAnnAssignTarget();
            if (a != null && expect(RPAR) != null) {
                return a;
            }
        }
        reset(start);
        return null;
    }

    // ---------------------------------------------------------------- simple statements

    private Stmt returnStmt() {
        int start = mark();
        pos++;
        Expr a = starExpressions();
        return fin(new Stmt.Return(a), start);
    }

    private Stmt raiseStmt() {
        int start = mark();
        pos++;
        Expr a = expression();
        if (a != null) {
            int m = mark();
            Expr b = null;
            if (expectWord("from") != null) {
                b = expression();
                if (b == null) {
                    reset(m);
                }
            }
            return fin(new Stmt.Raise(a, b), start);
        }
        return fin(new Stmt.Raise(null, null), start);
    }

    private Stmt globalStmt(boolean global) {
        int start = mark();
        pos++;
        List<String> names = new ArrayList<>();
        while (true) {
            int m = mark();
            if (!names.isEmpty() && expect(COMMA) == null) {
                break;
            }
            Token n = expectName();
            if (n == null) {
                reset(m);
                break;
            }
            names.add(n.text());
        }
        if (names.isEmpty()) {
            reset(start);
            return null;
        }
        return fin(global ? new Stmt.Global(names) : new Stmt.Nonlocal(names), start);
    }

    private Stmt delStmt() {
        int start = mark();
        pos++;
        List<Expr> a = delTargets();
        if (a != null && (at(SEMI) || at(NEWLINE))) {
            return fin(new Stmt.Delete(a), start);
        }
        reset(start);
        if (callInvalidRules) {
            pos++;
            Expr e = starExpressions();
            if (e != null) {
                Expr bad = Targets.invalidTarget(e, Targets.DEL);
                if (bad != null) {
                    throw errorAtNode(bad, "cannot delete " + Targets.exprName(bad));
                }
            }
            reset(start);
        }
        return null;
    }

    private Stmt assertStmt() {
        int start = mark();
        pos++;
        Expr a = expression();
        if (a == null) {
            reset(start);
            return null;
        }
        int m = mark();
        Expr b = null;
        if (expect(COMMA) != null) {
            b = expression();
            if (b == null) {
                reset(m);
            }
        }
        return fin(new Stmt.Assert(a, b), start);
    }

    private Stmt importStmt() {
        int start = mark();
        if (expectWord("import") != null) {
            List<Alias> names = dottedAsNames();
            if (names != null) {
                return fin(new Stmt.Import(names), start);
            }
            reset(start);
            return null;
        }
        pos++; // 'from'
        int level = 0;
        while (true) {
            if (expect(DOT) != null) {
                level++;
            } else if (expect(ELLIPSIS) != null) {
                level += 3;
            } else {
                break;
            }
        }
        int afterDots = mark();
        String module = dottedName();
        if (module != null && expectWord("import") != null) {
            List<Alias> names = importFromTargets();
            if (names != null) {
                return fin(new Stmt.ImportFrom(module, names, level), start);
            }
        }
        reset(afterDots);
        if (level > 0 && expectWord("import") != null) {
            List<Alias> names = importFromTargets();
            if (names != null) {
                return fin(new Stmt.ImportFrom(null, names, level), start);
            }
        }
        reset(start);
        return null;
    }

    private List<Alias> importFromTargets() {
        int start = mark();
        if (expect(LPAR) != null) {
            List<Alias> a = importFromAsNames();
            if (a != null) {
                expect(COMMA);
                if (expect(RPAR) != null) {
                    return a;
                }
            }
            reset(start);
        }
        List<Alias> a = importFromAsNames();
        if (a != null && !at(COMMA)) {
            return a;
        }
        reset(start);
        if (expect(STAR) != null) {
            List<Alias> one = new ArrayList<>(1);
            one.add(fin(new Alias("*", null), start));
            return one;
        }
        if (callInvalidRules) {
            if (importFromAsNames() != null && expect(COMMA) != null && expect(NEWLINE) != null) {
                throw errorAtLast("trailing comma not allowed without surrounding parentheses");
            }
            reset(start);
        }
        return null;
    }

    private List<Alias> importFromAsNames() {
        List<Alias> out = null;
        while (true) {
            int m = mark();
            if (out != null && expect(COMMA) == null) {
                break;
            }
            int start = mark();
            Token n = expectName();
            if (n == null) {
                reset(m);
                break;
            }
            String as = asName();
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(fin(new Alias(n.text(), as), start));
        }
        return out;
    }

    /** ['as' NAME] */
    private String asName() {
        int m = mark();
        if (expectWord("as") != null) {
            Token z = expectName();
            if (z != null) {
                return z.text();
            }
        }
        reset(m);
        return null;
    }

    private List<Alias> dottedAsNames() {
        List<Alias> out = null;
        while (true) {
            int m = mark();
            if (out != null && expect(COMMA) == null) {
                break;
            }
            int start = mark();
            String name = dottedName();
            if (name == null) {
                reset(m);
                break;
            }
            String as = asName();
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(fin(new Alias(name, as), start));
        }
        return out;
    }

    private String dottedName() {
        Token n = expectName();
        if (n == null) {
            return null;
        }
        String name = n.text();
        while (true) {
            int m = mark();
            if (expect(DOT) == null) {
                break;
            }
            Token b = expectName();
            if (b == null) {
                reset(m);
                break;
            }
            name = name + "." + b.text();
        }
        return name;
    }

    // ---------------------------------------------------------------- compound statements

    final Stmt compoundStmt() {
        Token t = cur();
        if (t.kind() == AT) {
            int start = mark();
            Stmt f = functionDef();
            if (f != null) {
                return f;
            }
            reset(start);
            return classDef();
        }
        if (t.kind() != NAME) {
            return null;
        }
        switch (word(t)) {
            case "def": return functionDef();
            case "if": return ifStmt("if");
            case "class": return classDef();
            case "with": return withStmt();
            case "for": return forStmt();
            case "try": return tryStmt();
            case "while": return whileStmt();
            case "async": {
                int start = mark();
                Stmt s = functionDef();
                if (s == null) {
                    reset(start);
                    s = withStmt();
                }
                if (s == null) {
                    reset(start);
                    s = forStmt();
                }
                return s;
            }
            case "match": return matchStmt();
            default: return null;
        }
    }

    final List<Stmt> block() {
        int start = mark();
        Object m = memoGet(M_BLOCK);
        if (m != null) {
            return unmemo(m);
        }
        List<Stmt> r = null;
        if (expect(NEWLINE) != null && expect(INDENT) != null) {
            r = statements();
            if (r == null || expect(DEDENT) == null) {
                r = null;
            }
        }
        if (r == null) {
            reset(start);
            r = simpleStmts();
        }
        if (r == null) {
            reset(start);
            if (callInvalidRules) {
                if (expect(NEWLINE) != null && !at(INDENT)) {
                    throw errorAtLast(INDENT_ERR, "expected an indented block");
                }
                reset(start);
            }
        }
        return memoPut(M_BLOCK, start, r);
    }

    private List<Expr> decorators() {
        List<Expr> out = null;
        while (true) {
            int m = mark();
            if (expect(AT) == null) {
                break;
            }
            Expr f = namedExpression();
            if (f == null || expect(NEWLINE) == null) {
                reset(m);
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(f);
        }
        return out;
    }

    private Stmt classDef() {
        int start = mark();
        List<Expr> decorators = decorators();
        if (decorators != null) {
            Stmt.ClassDef c = classDefRaw(decorators);
            if (c != null) {
                return c;
            }
            reset(start);
        }
        return classDefRaw(new ArrayList<>());
    }

    private Stmt.ClassDef classDefRaw(List<Expr> decorators) {
        int start = mark();
        if (callInvalidRules) {
            invalidClassDefRaw();
            reset(start);
        }
        if (expectWord("class") == null) {
            return null;
        }
        Token n = expectName();
        if (n != null) {
            Expr.Call args = null;
            int m = mark();
            boolean ok = true;
            if (expect(LPAR) != null) {
                args = arguments();
                if (expect(RPAR) == null) {
                    reset(m);
                    ok = false;
                }
            }
            if (ok && expect(COLON) != null) {
                List<Stmt> body = block();
                if (body != null) {
                    return fin(new Stmt.ClassDef(n.text(), args == null ? new ArrayList<>() : args.args,
                            args == null ? new ArrayList<>() : args.keywords, body, decorators), start);
                }
            }
        }
        reset(start);
        return null;
    }

    private void invalidClassDefRaw() {
        int start = mark();
        Token a = expectWord("class");
        if (a != null && expectName() != null) {
            int m = mark();
            if (expect(LPAR) != null) {
                arguments();
                if (expect(RPAR) == null) {
                    reset(m);
                }
            }
            int afterHead = mark();
            if (expect(NEWLINE) != null) {
                throw errorAtLast("expected ':'");
            }
            reset(afterHead);
            if (expect(COLON) != null && expect(NEWLINE) != null && !at(INDENT)) {
                throw errorAtLast(INDENT_ERR, "expected an indented block after class definition on line " + a.line());
            }
        }
        reset(start);
    }

    private Stmt functionDef() {
        int start = mark();
        List<Expr> decorators = decorators();
        if (decorators != null) {
            Stmt f = functionDefRaw(decorators);
            if (f != null) {
                return f;
            }
            reset(start);
        }
        return functionDefRaw(new ArrayList<>());
    }

    private Stmt functionDefRaw(List<Expr> decorators) {
        int start = mark();
        if (callInvalidRules) {
            invalidDefRaw();
            reset(start);
        }
        boolean isAsync = false;
        if (atWord("async")) {
            pos++;
            isAsync = true;
        }
        if (expectWord("def") == null) {
            reset(start);
            return null;
        }
        Token n = expectName();
        if (n == null) {
            reset(start);
            return null;
        }
        forced(LPAR);
        Arguments params = new ParameterRules(this, false).params();
        if (expect(RPAR) == null) {
            reset(start);
            return null;
        }
        Expr returns = null;
        int m = mark();
        if (expect(RARROW) != null) {
            returns = expression();
            if (returns == null) {
                reset(m);
            }
        }
        forced(COLON);
        List<Stmt> body = block();
        if (body == null) {
            reset(start);
            return null;
        }
        if (params == null) {
            params = ParameterRules.empty();
        }
        Stmt f = isAsync
                ? new Stmt.AsyncFunctionDef(n.text(), params, body, decorators, returns, null)
                : new Stmt.FunctionDef(n.text(), params, body, decorators, returns, null);
        return fin(f, start);
    }

    private void invalidDefRaw() {
        int start = mark();
        expectWord("async");
        Token a = expectWord("def");
        if (a != null && expectName() != null && expect(LPAR) != null) {
            int m = mark();
            if (new ParameterRules(this, false).params() == null) {
                reset(m);
            }
            if (expect(RPAR) != null) {
                m = mark();
                if (expect(RARROW) == null || expression() == null) {
                    reset(m);
                }
                if (expect(COLON) != null && expect(NEWLINE) != null && !at(INDENT)) {
                    throw errorAtLast(INDENT_ERR, "expected an indented block after function definition on line " + a.line());
                }
            }
        }
        reset(start);
    }

    /** if_stmt and elif_stmt (word is "if" or "elif"). */
    private Stmt ifStmt(String word) {
        int start = mark();
        if (callInvalidRules) {
            invalidHeaderStmt(word, word + "' statement");
        }
        if (expectWord(word) == null) {
            return null;
        }
        Expr a = namedExpression();
        if (a != null && expect(COLON) != null) {
            List<Stmt> b = block();
            if (b != null) {
                int m = mark();
                if (atWord("elif")) {
                    Stmt c = ifStmt("elif");
                    if (c != null) {
                        List<Stmt> orelse = new ArrayList<>(1);
                        orelse.add(c);
                        return fin(new Stmt.If(a, b, orelse), start);
                    }
                    reset(m);
                }
                List<Stmt> c = elseBlock();
                return fin(new Stmt.If(a, b, c == null ? new ArrayList<>() : c), start);
            }
        }
        reset(start);
        return null;
    }

    /**
     * invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt: WORD named_expression NEWLINE
     * is "expected ':'"; WORD named_expression ':' NEWLINE !INDENT an indentation error.
     */
    private void invalidHeaderStmt(String word, String what) {
        int start = mark();
        if (expectWord(word) != null) {
            Expr e = namedExpression();
            if (e != null) {
                int m = mark();
                if (expect(NEWLINE) != null) {
                    throw errorAtLast("expected ':'");
                }
                reset(m);
                if (expect(COLON) != null && expect(NEWLINE) != null && !at(INDENT)) {
                    throw errorAtLast(INDENT_ERR, "expected an indented block after '" + what + " on line " + e.lineno);
                }
            }
        }
        reset(start);
    }

    private List<Stmt> elseBlock() {
        int start = mark();
        if (callInvalidRules) {
            Token a = expectWord("else");
            if (a != null && expect(COLON) != null && expect(NEWLINE) != null && !at(INDENT)) {
                throw errorAtLast(INDENT_ERR, "expected an indented block after 'else' statement on line " + a.line());
            }
            reset(start);
        }
        if (expectWord("else") == null) {
            return null;
        }
        forced(COLON);
        List<Stmt> b = block();
        if (b == null) {
            reset(start);
        }
        return b;
    }

    private Stmt whileStmt() {
        int start = mark();
        if (callInvalidRules) {
            invalidHeaderStmt("while", "while' statement");
        }
        pos++;
        Expr a = namedExpression();
        if (a != null && expect(COLON) != null) {
            List<Stmt> b = block();
            if (b != null) {
                List<Stmt> c = elseBlock();
                return fin(new Stmt.While(a, b, c == null ? new ArrayList<>() : c), start);
            }
        }
        reset(start);
        return null;
    }

    private Stmt forStmt() {
        int start = mark();
        if (callInvalidRules) {
            invalidForStmt();
        }
        boolean isAsync = false;
        if (atWord("async")) {
            pos++;
            isAsync = true;
        }
        if (expectWord("for") != null) {
            Expr t = starTargets();
            if (t != null && expectWord("in") != null) {
                // cut: failing from here fails the whole for_stmt
                Expr ex = starExpressions();
                if (ex != null && expect(COLON) != null) {
                    List<Stmt> b = block();
                    if (b != null) {
                        List<Stmt> el = elseBlock();
                        if (el == null) {
                            el = new ArrayList<>();
                        }
                        return fin(isAsync ? new Stmt.AsyncFor(t, ex, b, el, null) : new Stmt.For(t, ex, b, el, null), start);
                    }
                }
                reset(start);
                return null;
            }
        }
        reset(start);
        if (callInvalidRules) {
            invalidForTarget();
        }
        return null;
    }

    private void invalidForStmt() {
        int start = mark();
        expectWord("async");
        Token a = expectWord("for");
        if (a != null && starTargets() != null && expectWord("in") != null && starExpressions() != null) {
            int m = mark();
            if (expect(NEWLINE) != null) {
                throw errorAtLast("expected ':'");
            }
            reset(m);
            if (expect(COLON) != null && expect(NEWLINE) != null && !at(INDENT)) {
                throw errorAtLast(INDENT_ERR, "expected an indented block after 'for' statement on line " + a.line());
            }
        }
        reset(start);
    }

    private Stmt withStmt() {
        int start = mark();
        if (callInvalidRules) {
            invalidWithStmt(true);
        }
        boolean isAsync = false;
        if (atWord("async")) {
            pos++;
            isAsync = true;
        }
        if (expectWord("with") == null) {
            reset(start);
            return null;
        }
        int afterWith = mark();
        if (expect(LPAR) != null) {
            List<WithItem> items = withItems();
            if (items != null) {
                expect(COMMA);
                if (expect(RPAR) != null && expect(COLON) != null) {
                    List<Stmt> b = block();
                    if (b != null) {
                        return fin(isAsync ? new Stmt.AsyncWith(items, b, null) : new Stmt.With(items, b, null), start);
                    }
                }
            }
        }
        reset(afterWith);
        List<WithItem> items = withItems();
        if (items != null && expect(COLON) != null) {
            List<Stmt> b = block();
            if (b != null) {
                return fin(isAsync ? new Stmt.AsyncWith(items, b, null) : new Stmt.With(items, b, null), start);
            }
        }
        reset(start);
        if (callInvalidRules) {
            invalidWithStmt(false);
        }
        return null;
    }

    private List<WithItem> withItems() {
        List<WithItem> out = null;
        while (true) {
            int m = mark();
            if (out != null && expect(COMMA) == null) {
                break;
            }
            WithItem w = withItem();
            if (w == null) {
                reset(m);
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(w);
        }
        return out;
    }

    private WithItem withItem() {
        int start = mark();
        Expr e = expression();
        if (e == null) {
            return null;
        }
        int m = mark();
        if (expectWord("as") != null) {
            Expr t = starTarget();
            if (t != null && (at(COMMA) || at(RPAR) || at(COLON))) {
                return new WithItem(e, t);
            }
        }
        reset(start);
        if (callInvalidRules) {
            // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
            if (expression() != null && expectWord("as") != null) {
                Expr a = expression();
                if (a != null && (at(COMMA) || at(RPAR) || at(COLON))) {
                    Expr bad = Targets.invalidTarget(a, Targets.STAR);
                    if (bad != null) {
                        throw errorAtNode(bad, "cannot assign to " + Targets.exprName(bad));
                    }
                }
            }
            reset(start);
        }
        e = expression();
        return new WithItem(e, null);
    }

    /**
     * invalid_with_stmt_indent (indent=true) and invalid_with_stmt: the item list as
     * expressions with optional 'as' targets, bare or in parentheses.
     */
    private void invalidWithStmt(boolean indent) {
        int start = mark();
        for (int paren = 0; paren < 2; paren++) {
            reset(start);
            expectWord("async");
            Token a = expectWord("with");
            if (a == null) {
                continue;
            }
            boolean ok;
            if (paren == 1) {
                ok = expect(LPAR) != null && invalidWithItems(true);
                if (ok) {
                    expect(COMMA);
                    ok = expect(RPAR) != null;
                }
            } else {
                ok = invalidWithItems(false);
            }
            if (!ok) {
                continue;
            }
            if (indent) {
                if (expect(COLON) != null && expect(NEWLINE) != null && !at(INDENT)) {
                    throw errorAtLast(INDENT_ERR, "expected an indented block after 'with' statement on line " + a.line());
                }
            } else if (expect(NEWLINE) != null) {
                throw errorAtLast("expected ':'");
            }
        }
        reset(start);
    }

    /** ','.(expression ['as' star_target])+ (or expressions inside parentheses). */
    private boolean invalidWithItems(boolean parenthesized) {
        boolean any = false;
        while (true) {
            int m = mark();
            if (any && expect(COMMA) == null) {
                break;
            }
            Expr e = parenthesized ? expressions() : expression();
            if (e == null) {
                reset(m);
                break;
            }
            any = true;
            int k = mark();
            if (expectWord("as") == null || starTarget() == null) {
                reset(k);
            }
        }
        return any;
    }

    private Stmt tryStmt() {
        int start = mark();
        if (callInvalidRules) {
            invalidTryStmt();
        }
        pos++;
        forced(COLON);
        List<Stmt> body = block();
        if (body == null) {
            reset(start);
            return null;
        }
        int afterBody = mark();
        List<Stmt> fin = finallyBlock();
        if (fin != null) {
            return fin(new Stmt.Try(body, new ArrayList<>(), new ArrayList<>(), fin), start);
        }
        reset(afterBody);
        for (int star = 0; star < 2; star++) {
            reset(afterBody);
            List<ExceptHandler> handlers = null;
            while (true) {
                ExceptHandler h = star == 0 ? exceptBlock() : exceptStarBlock();
                if (h == null) {
                    break;
                }
                if (handlers == null) {
                    handlers = new ArrayList<>();
                }
                handlers.add(h);
            }
            if (handlers != null) {
                List<Stmt> el = elseBlock();
                List<Stmt> f = finallyBlock();
                List<Stmt> orelse = el == null ? new ArrayList<>() : el;
                List<Stmt> finalbody = f == null ? new ArrayList<>() : f;
                return fin(star == 0 ? new Stmt.Try(body, handlers, orelse, finalbody)
                        : new Stmt.TryStar(body, handlers, orelse, finalbody), start);
            }
        }
        reset(start);
        return null;
    }

    private void invalidTryStmt() {
        int start = mark();
        Token a = expectWord("try");
        if (a != null && expect(COLON) != null && expect(NEWLINE) != null && !at(INDENT)) {
            throw errorAtLast(INDENT_ERR, "expected an indented block after 'try' statement on line " + a.line());
        }
        reset(start);
        if (expectWord("try") != null && expect(COLON) != null && block() != null
                && !atWord("except") && !atWord("finally")) {
            throw errorAtLast("expected 'except' or 'finally' block");
        }
        reset(start);
        for (int star = 0; star < 2; star++) {
            reset(start);
            if (expectWord("try") == null || expect(COLON) == null) {
                break;
            }
            while (block() != null) {
                // block*
            }
            boolean any = false;
            while ((star == 0 ? exceptBlock() : exceptStarBlock()) != null) {
                any = true;
            }
            if (!any) {
                continue;
            }
            Token ex = expectWord("except");
            if (ex == null) {
                continue;
            }
            if (star == 0) {
                Token st = expect(STAR);
                if (st != null && expression() != null) {
                    optionalAsName();
                    if (expect(COLON) != null) {
                        throw errorFromTokens(ex, st, "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            } else {
                int m = mark();
                if (expression() != null) {
                    optionalAsName();
                } else {
                    reset(m);
                }
                if (expect(COLON) != null) {
                    throw errorAtToken(ex, "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
        }
        reset(start);
    }

    private void optionalAsName() {
        int m = mark();
        if (expectWord("as") == null || expectName() == null) {
            reset(m);
        }
    }

    private ExceptHandler exceptBlock() {
        int start = mark();
        if (callInvalidRules) {
            Token a = expectWord("except");
            if (a != null) {
                int m = mark();
                if (expression() != null) {
                    optionalAsName();
                    if (expect(COLON) != null && expect(NEWLINE) != null && !at(INDENT)) {
                        throw errorAtLast(INDENT_ERR, "expected an indented block after 'except' statement on line " + a.line());
                    }
                }
                reset(m);
                if (expect(COLON) != null && expect(NEWLINE) != null && !at(INDENT)) {
                    throw errorAtLast(INDENT_ERR, "expected an indented block after 'except' statement on line " + a.line());
                }
            }
            reset(start);
        }
        if (expectWord("except") == null) {
            return null;
        }
        int m = mark();
        Expr e = expression();
        if (e != null) {
            String name = asNameOpt();
            if (expect(COLON) != null) {
                List<Stmt> b = block();
                if (b != null) {
                    return fin(new ExceptHandler(e, name, b), start);
                }
            }
        }
        reset(m);
        if (expect(COLON) != null) {
            List<Stmt> b = block();
            if (b != null) {
                return fin(new ExceptHandler(null, null, b), start);
            }
        }
        reset(start);
        if (callInvalidRules) {
            invalidExceptStmt();
        }
        return null;
    }

    private String asNameOpt() {
        int m = mark();
        if (expectWord("as") != null) {
            Token z = expectName();
            if (z != null) {
                return z.text();
            }
        }
        reset(m);
        return null;
    }

    private ExceptHandler exceptStarBlock() {
        int start = mark();
        if (callInvalidRules) {
            Token a = expectWord("except");
            if (a != null && expect(STAR) != null && expression() != null) {
                optionalAsName();
                if (expect(COLON) != null && expect(NEWLINE) != null && !at(INDENT)) {
                    throw errorAtLast(INDENT_ERR, "expected an indented block after 'except*' statement on line " + a.line());
                }
            }
            reset(start);
        }
        if (expectWord("except") != null && expect(STAR) != null) {
            Expr e = expression();
            if (e != null) {
                String name = asNameOpt();
                if (expect(COLON) != null) {
                    List<Stmt> b = block();
                    if (b != null) {
                        return fin(new ExceptHandler(e, name, b), start);
                    }
                }
            }
        }
        reset(start);
        if (callInvalidRules) {
            invalidExceptStmt();
        }
        return null;
    }

    private void invalidExceptStmt() {
        int start = mark();
        if (expectWord("except") != null) {
            expect(STAR);
            Expr a = expression();
            if (a != null && expect(COMMA) != null && expressions() != null) {
                optionalAsName();
                if (expect(COLON) != null) {
                    throw errorStartingFrom(a.lineno, a.colOffset, "multiple exception types must be parenthesized");
                }
            }
        }
        reset(start);
        if (expectWord("except") != null) {
            expect(STAR);
            if (expression() != null) {
                optionalAsName();
                if (expect(NEWLINE) != null) {
                    throw errorAtLast("expected ':'");
                }
            }
        }
        reset(start);
        if (expectWord("except") != null && expect(NEWLINE) != null) {
            throw errorAtLast("expected ':'");
        }
        reset(start);
        if (expectWord("except") != null && expect(STAR) != null && (at(NEWLINE) || at(COLON))) {
            pos++;
            throw errorAtLast("expected one or more exception types");
        }
        reset(start);
    }

    private List<Stmt> finallyBlock() {
        int start = mark();
        if (callInvalidRules) {
            Token a = expectWord("finally");
            if (a != null && expect(COLON) != null && expect(NEWLINE) != null && !at(INDENT)) {
                throw errorAtLast(INDENT_ERR, "expected an indented block after 'finally' statement on line " + a.line());
            }
            reset(start);
        }
        if (expectWord("finally") == null) {
            return null;
        }
        forced(COLON);
        List<Stmt> b = block();
        if (b == null) {
            reset(start);
        }
        return b;
    }

    // ---------------------------------------------------------------- match

    private Stmt matchStmt() {
        int start = mark();
        pos++; // "match"
        Expr subject = subjectExpr();
        if (subject != null && expect(COLON) != null && expect(NEWLINE) != null && expect(INDENT) != null) {
            List<MatchCase> cases = new ArrayList<>();
            MatchCase c;
            while ((c = caseBlock()) != null) {
                cases.add(c);
            }
            if (!cases.isEmpty() && expect(DEDENT) != null) {
                return fin(new Stmt.Match(subject, cases), start);
            }
        }
        reset(start);
        if (callInvalidRules) {
            Token a = expectWord("match");
            subject = subjectExpr();
            if (subject != null) {
                int m = mark();
                if (expect(NEWLINE) != null) {
                    throw errorAtLast("expected ':'");
                }
                reset(m);
                if (expect(COLON) != null && expect(NEWLINE) != null && !at(INDENT)) {
                    throw errorAtLast(INDENT_ERR, "expected an indented block after 'match' statement on line " + a.line());
                }
            }
            reset(start);
        }
        return null;
    }

    private Expr subjectExpr() {
        int start = mark();
        Expr value = starNamedExpression();
        if (value != null && expect(COMMA) != null) {
            List<Expr> elts = new ArrayList<>();
            elts.add(value);
            List<Expr> rest = starNamedExpressions();
            if (rest != null) {
                elts.addAll(rest);
            }
            return fin(new Expr.Tuple(elts, ExprContext.Load), start);
        }
        reset(start);
        return namedExpression();
    }

    private MatchCase caseBlock() {
        int start = mark();
        if (callInvalidRules) {
            Token a = expectWord("case");
            if (a != null && patterns() != null) {
                int m = mark();
                if (guard() == null) {
                    reset(m);
                }
                m = mark();
                if (expect(NEWLINE) != null) {
                    throw errorAtLast("expected ':'");
                }
                reset(m);
                if (expect(COLON) != null && expect(NEWLINE) != null && !at(INDENT)) {
                    throw errorAtLast(INDENT_ERR, "expected an indented block after 'case' statement on line " + a.line());
                }
            }
            reset(start);
        }
        if (expectWord("case") == null) {
            return null;
        }
        Pattern p = patterns();
        if (p != null) {
            int m = mark();
            Expr g = guard();
            if (g == null) {
                reset(m);
            }
            if (expect(COLON) != null) {
                List<Stmt> body = block();
                if (body != null) {
                    return new MatchCase(p, g, body);
                }
            }
        }
        reset(start);
        return null;
    }

    private Expr guard() {
        if (expectWord("if") == null) {
            return null;
        }
        return namedExpression();
    }
}
