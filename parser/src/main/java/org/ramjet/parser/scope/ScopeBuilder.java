package org.ramjet.parser.scope;

import static org.ramjet.parser.scope.SymbolFlags.*;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ramjet.parser.ast.*;

/**
 * First pass of the symbol table: walks the AST, opens a {@link Scope} per block and records how
 * each name is used (CPython's {@code symtable_visit_*}). Raises the errors that can be seen
 * while walking (misplaced global/nonlocal, duplicate parameters, walrus misuse in
 * comprehensions, {@code import *} in functions, {@code yield} in comprehensions).
 */
final class ScopeBuilder implements Visitor<Void> {
    private static final String GLOBAL_PARAM = "name '%s' is parameter and global";
    private static final String NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
    private static final String GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
    private static final String NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
    private static final String GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
    private static final String NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
    private static final String GLOBAL_ANNOT = "annotated name '%s' can't be global";
    private static final String NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";

    private final ErrorContext errors;
    private final boolean futureAnnotations;
    final Map<Object, Scope> scopeOf = new IdentityHashMap<>();
    private final java.util.ArrayList<Scope> stack = new java.util.ArrayList<>();
    Scope top;
    private Scope cur;
    private String privateName;

    ScopeBuilder(ErrorContext errors, boolean futureAnnotations) {
        this.errors = errors;
        this.futureAnnotations = futureAnnotations;
    }

    // ---- blocks ----

    private void enter(Scope.Type type, String name, Object node, int lineno) {
        Scope s = new Scope(type, name, node, lineno, cur);
        if (cur != null) {
            cur.children.add(s);
        } else {
            top = s;
        }
        scopeOf.put(node, s);
        stack.add(s);
        cur = s;
    }

    private void exit() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private int lookup(String name) {
        return cur.flagsOf(Mangler.mangle(privateName, name));
    }

    private void addDef(String name, int flag, Node at) {
        addDef(name, flag, cur, at);
    }

    private void addDef(String name, int flag, Scope ste, Node at) {
        String mangled = Mangler.mangle(privateName, name);
        Integer old = ste.symbols.get(mangled);
        int val = flag;
        if (old != null) {
            if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
                throw errors.error("duplicate argument '" + mangled + "' in function definition", at);
            }
            val |= old;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw errors.error("comprehension inner loop cannot rebind assignment expression target '"
                        + mangled + "'", at);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.params.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            Integer g = top.symbols.get(mangled);
            top.symbols.put(mangled, g == null ? flag : g | flag);
        }
    }

    // ---- module ----

    @Override
    public Void visitModule(Mod.Module node) {
        enter(Scope.Type.MODULE, "top", node, 0);
        stmts(node.body);
        return null;
    }

    @Override
    public Void visitInteractive(Mod.Interactive node) {
        enter(Scope.Type.MODULE, "top", node, 0);
        stmts(node.body);
        return null;
    }

    @Override
    public Void visitExpression(Mod.Expression node) {
        enter(Scope.Type.MODULE, "top", node, 0);
        expr(node.body);
        return null;
    }

    @Override
    public Void visitFunctionType(Mod.FunctionType node) {
        enter(Scope.Type.MODULE, "top", node, 0);
        exprs(node.argtypes);
        expr(node.returns);
        return null;
    }

    // ---- helpers ----

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            s.accept(this);
        }
    }

    private void expr(Expr e) {
        if (e != null) {
            e.accept(this);
        }
    }

    private void exprs(List<Expr> es) {
        if (es != null) {
            for (Expr e : es) {
                expr(e);
            }
        }
    }

    private void annotation(Expr e) {
        // Under "from __future__ import annotations" annotations are strings, never evaluated.
        if (e != null && !futureAnnotations) {
            expr(e);
        }
    }

    private void argAnnotations(List<Arg> args) {
        for (Arg a : args) {
            annotation(a.annotation);
        }
    }

    private void annotations(Arguments a, Expr returns) {
        argAnnotations(a.posonlyargs);
        argAnnotations(a.args);
        if (a.vararg != null) {
            annotation(a.vararg.annotation);
        }
        argAnnotations(a.kwonlyargs);
        if (a.kwarg != null) {
            annotation(a.kwarg.annotation);
        }
        annotation(returns);
    }

    private void params(Arguments a) {
        for (Arg p : a.posonlyargs) {
            addDef(p.arg, DEF_PARAM, p);
        }
        for (Arg p : a.args) {
            addDef(p.arg, DEF_PARAM, p);
        }
        for (Arg p : a.kwonlyargs) {
            addDef(p.arg, DEF_PARAM, p);
        }
        if (a.vararg != null) {
            addDef(a.vararg.arg, DEF_PARAM, a.vararg);
            cur.varargs = true;
        }
        if (a.kwarg != null) {
            addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
            cur.varkeywords = true;
        }
    }

    private void defaults(Arguments a) {
        exprs(a.defaults);
        exprs(a.kwDefaults);
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                          Expr returns, boolean async) {
        addDef(name, DEF_LOCAL, s);
        defaults(args);
        annotations(args, returns);
        exprs(decorators);
        enter(Scope.Type.FUNCTION, name, s, s.lineno);
        if (async) {
            cur.coroutine = true;
        }
        params(args);
        stmts(body);
        exit();
    }

    // ---- statements ----

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        function(s, s.name, s.args, s.body, s.decoratorList, s.returns, false);
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef s) {
        function(s, s.name, s.args, s.body, s.decoratorList, s.returns, true);
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        addDef(s.name, DEF_LOCAL, s);
        exprs(s.bases);
        for (Keyword k : s.keywords) {
            expr(k.value);
        }
        exprs(s.decoratorList);
        enter(Scope.Type.CLASS, s.name, s, s.lineno);
        String saved = privateName;
        privateName = s.name;
        stmts(s.body);
        privateName = saved;
        exit();
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        if (s.value != null) {
            expr(s.value);
            cur.returnsValue = true;
        }
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        exprs(s.targets);
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        exprs(s.targets);
        expr(s.value);
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        expr(s.target);
        expr(s.value);
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.target instanceof Expr.Name) {
            Expr.Name n = (Expr.Name) s.target;
            int cur0 = lookup(n.id);
            if ((cur0 & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && s.simple != 0) {
                String msg = (cur0 & DEF_GLOBAL) != 0 ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
                throw errors.error(String.format(msg, n.id), s);
            }
            if (s.simple != 0) {
                addDef(n.id, DEF_ANNOT | DEF_LOCAL, n);
            } else if (s.value != null) {
                addDef(n.id, DEF_LOCAL, n);
            }
        } else {
            expr(s.target);
        }
        annotation(s.annotation);
        expr(s.value);
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        expr(s.target);
        expr(s.iter);
        stmts(s.body);
        stmts(s.orelse);
        return null;
    }

    @Override
    public Void visitAsyncFor(Stmt.AsyncFor s) {
        expr(s.target);
        expr(s.iter);
        stmts(s.body);
        stmts(s.orelse);
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        expr(s.test);
        stmts(s.body);
        stmts(s.orelse);
        return null;
    }

    @Override
    public Void visitIf(Stmt.If s) {
        expr(s.test);
        stmts(s.body);
        stmts(s.orelse);
        return null;
    }

    private void withItems(List<WithItem> items) {
        for (WithItem w : items) {
            expr(w.contextExpr);
            expr(w.optionalVars);
        }
    }

    @Override
    public Void visitWith(Stmt.With s) {
        withItems(s.items);
        stmts(s.body);
        return null;
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith s) {
        withItems(s.items);
        stmts(s.body);
        return null;
    }

    @Override
    public Void visitMatch(Stmt.Match s) {
        expr(s.subject);
        for (MatchCase c : s.cases) {
            c.pattern.accept(this);
            expr(c.guard);
            stmts(c.body);
        }
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        expr(s.exc);
        expr(s.cause);
        return null;
    }

    private void handlers(List<ExceptHandler> hs) {
        for (ExceptHandler h : hs) {
            expr(h.type);
            if (h.name != null) {
                addDef(h.name, DEF_LOCAL, h);
            }
            stmts(h.body);
        }
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        stmts(s.body);
        stmts(s.orelse);
        handlers(s.handlers);
        stmts(s.finalbody);
        return null;
    }

    @Override
    public Void visitTryStar(Stmt.TryStar s) {
        stmts(s.body);
        stmts(s.orelse);
        handlers(s.handlers);
        stmts(s.finalbody);
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        expr(s.test);
        expr(s.msg);
        return null;
    }

    private void alias(Alias a) {
        String name = a.asname == null ? a.name : a.asname;
        if (name.equals("*")) {
            if (cur.type != Scope.Type.MODULE) {
                throw errors.error("import * only allowed at module level", a);
            }
            return;
        }
        int dot = name.indexOf('.');
        addDef(dot >= 0 ? name.substring(0, dot) : name, DEF_IMPORT, a);
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (Alias a : s.names) {
            alias(a);
        }
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        for (Alias a : s.names) {
            alias(a);
        }
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        for (String name : s.names) {
            int f = lookup(name);
            if ((f & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg = (f & DEF_PARAM) != 0 ? GLOBAL_PARAM
                        : (f & USE) != 0 ? GLOBAL_AFTER_USE
                        : (f & DEF_ANNOT) != 0 ? GLOBAL_ANNOT : GLOBAL_AFTER_ASSIGN;
                throw errors.error(String.format(msg, name), s);
            }
            addDef(name, DEF_GLOBAL, s);
            cur.directives.putIfAbsent(Mangler.mangle(privateName, name), s);
        }
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        for (String name : s.names) {
            int f = lookup(name);
            if ((f & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg = (f & DEF_PARAM) != 0 ? NONLOCAL_PARAM
                        : (f & USE) != 0 ? NONLOCAL_AFTER_USE
                        : (f & DEF_ANNOT) != 0 ? NONLOCAL_ANNOT : NONLOCAL_AFTER_ASSIGN;
                throw errors.error(String.format(msg, name), s);
            }
            addDef(name, DEF_NONLOCAL, s);
            cur.directives.putIfAbsent(Mangler.mangle(privateName, name), s);
        }
        return null;
    }

    @Override
    public Void visitExprStmt(Stmt.Expr s) {
        expr(s.value);
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        return null;
    }

    // ---- expressions ----

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        exprs(e.values);
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        if (cur.compIterExpr > 0) {
            throw errors.error("assignment expression cannot be used in a comprehension iterable expression", e);
        }
        if (cur.isComprehension()) {
            extendNamedExprScope((Expr.Name) e.target);
        }
        expr(e.value);
        expr(e.target);
        return null;
    }

    /** A walrus inside a comprehension binds in the nearest enclosing function or module. */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id;
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            if (ste.isComprehension()) {
                if ((ste.flagsOf(Mangler.mangle(privateName, name)) & DEF_COMP_ITER) != 0) {
                    throw errors.error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", target);
                }
                continue;
            }
            if (ste.type == Scope.Type.FUNCTION) {
                int inScope = ste.flagsOf(Mangler.mangle(privateName, name));
                addDef(name, (inScope & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target);
                cur.directives.putIfAbsent(Mangler.mangle(privateName, name), target);
                addDef(name, DEF_LOCAL, ste, target);
                return;
            }
            if (ste.type == Scope.Type.MODULE) {
                addDef(name, DEF_GLOBAL, target);
                cur.directives.putIfAbsent(Mangler.mangle(privateName, name), target);
                addDef(name, DEF_GLOBAL, ste, target);
                return;
            }
            throw errors.error("assignment expression within a comprehension cannot be used in a class body", target);
        }
        throw new IllegalStateException("no scope for walrus target " + name);
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        expr(e.left);
        expr(e.right);
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        expr(e.operand);
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        defaults(e.args);
        enter(Scope.Type.FUNCTION, "lambda", e, e.lineno);
        params(e.args);
        expr(e.body);
        exit();
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        expr(e.test);
        expr(e.body);
        expr(e.orelse);
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict e) {
        for (Expr k : e.keys) {
            expr(k);
        }
        exprs(e.values);
        return null;
    }

    @Override
    public Void visitSet(Expr.Set e) {
        exprs(e.elts);
        return null;
    }

    private void comprehension(Expr e, String name, Scope.Comprehension kind, List<Comprehension> generators,
                               Expr elt, Expr value) {
        boolean isGenerator = kind == Scope.Comprehension.GENERATOR;
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        expr(outermost.iter);
        cur.compIterExpr--;
        enter(Scope.Type.FUNCTION, name, e, e.lineno);
        cur.comprehension = kind;
        if (outermost.isAsync != 0) {
            cur.coroutine = true;
        }
        addDef(".0", DEF_PARAM, e);
        cur.compIterTarget = true;
        expr(outermost.target);
        cur.compIterTarget = false;
        exprs(outermost.ifs);
        for (int i = 1; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            cur.compIterTarget = true;
            expr(g.target);
            cur.compIterTarget = false;
            cur.compIterExpr++;
            expr(g.iter);
            cur.compIterExpr--;
            exprs(g.ifs);
            if (g.isAsync != 0) {
                cur.coroutine = true;
            }
        }
        expr(value);
        expr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exit();
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        comprehension(e, "listcomp", Scope.Comprehension.LIST, e.generators, e.elt, null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        comprehension(e, "setcomp", Scope.Comprehension.SET, e.generators, e.elt, null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        comprehension(e, "dictcomp", Scope.Comprehension.DICT, e.generators, e.key, e.value);
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        comprehension(e, "genexpr", Scope.Comprehension.GENERATOR, e.generators, e.elt, null);
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        expr(e.value);
        cur.coroutine = true;
        return null;
    }

    private void yieldInComprehension(Expr e) {
        if (cur.isComprehension()) {
            String what;
            switch (cur.comprehension) {
                case LIST: what = "list comprehension"; break;
                case SET: what = "set comprehension"; break;
                case DICT: what = "dict comprehension"; break;
                default: what = "generator expression"; break;
            }
            throw errors.error("'yield' inside " + what, e);
        }
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        expr(e.value);
        cur.generator = true;
        yieldInComprehension(e);
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        expr(e.value);
        cur.generator = true;
        yieldInComprehension(e);
        return null;
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        expr(e.left);
        exprs(e.comparators);
        return null;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        expr(e.func);
        exprs(e.args);
        for (Keyword k : e.keywords) {
            expr(k.value);
        }
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        expr(e.value);
        expr(e.formatSpec);
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        exprs(e.values);
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant e) {
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        expr(e.value);
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        expr(e.value);
        expr(e.slice);
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        expr(e.value);
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        addDef(e.id, e.ctx == ExprContext.Load ? USE : DEF_LOCAL, e);
        if (e.ctx == ExprContext.Load && cur.type == Scope.Type.FUNCTION && e.id.equals("super")) {
            addDef("__class__", USE, e);
        }
        return null;
    }

    @Override
    public Void visitList(Expr.List e) {
        exprs(e.elts);
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        exprs(e.elts);
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        expr(e.lower);
        expr(e.upper);
        expr(e.step);
        return null;
    }

    // ---- patterns ----

    @Override
    public Void visitMatchValue(Pattern.MatchValue p) {
        expr(p.value);
        return null;
    }

    @Override
    public Void visitMatchSingleton(Pattern.MatchSingleton p) {
        return null;
    }

    @Override
    public Void visitMatchSequence(Pattern.MatchSequence p) {
        for (Pattern q : p.patterns) {
            q.accept(this);
        }
        return null;
    }

    @Override
    public Void visitMatchMapping(Pattern.MatchMapping p) {
        exprs(p.keys);
        for (Pattern q : p.patterns) {
            q.accept(this);
        }
        if (p.rest != null) {
            addDef(p.rest, DEF_LOCAL, p);
        }
        return null;
    }

    @Override
    public Void visitMatchClass(Pattern.MatchClass p) {
        expr(p.cls);
        for (Pattern q : p.patterns) {
            q.accept(this);
        }
        for (Pattern q : p.kwdPatterns) {
            q.accept(this);
        }
        return null;
    }

    @Override
    public Void visitMatchStar(Pattern.MatchStar p) {
        if (p.name != null) {
            addDef(p.name, DEF_LOCAL, p);
        }
        return null;
    }

    @Override
    public Void visitMatchAs(Pattern.MatchAs p) {
        if (p.pattern != null) {
            p.pattern.accept(this);
        }
        if (p.name != null) {
            addDef(p.name, DEF_LOCAL, p);
        }
        return null;
    }

    @Override
    public Void visitMatchOr(Pattern.MatchOr p) {
        for (Pattern q : p.patterns) {
            q.accept(this);
        }
        return null;
    }
}
