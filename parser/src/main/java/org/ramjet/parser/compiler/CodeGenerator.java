package org.ramjet.parser.compiler;

import static org.ramjet.bytecode.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ramjet.bytecode.BinaryOp;
import org.ramjet.bytecode.CodeFlags;
import org.ramjet.bytecode.CompareOp;
import org.ramjet.bytecode.Opcode;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.*;
import org.ramjet.parser.SyntaxErrorException;
import org.ramjet.parser.ast.*;
import org.ramjet.parser.scope.ErrorContext;
import org.ramjet.parser.scope.Mangler;
import org.ramjet.parser.scope.Scope;
import org.ramjet.parser.scope.SymbolFlags;
import org.ramjet.parser.scope.SymbolScope;
import org.ramjet.parser.scope.SymbolTable;

/**
 * The code generator: walks the AST of one module and emits, for each scope, the instructions
 * of {@link Opcode} into a {@link CodeUnit}, in the shape of CPython 3.11's compiler (see the
 * table's javadoc for where Ramjet's instruction set differs). Statements and expressions are
 * visitor methods; exception handling follows CPython's zero-cost design: handlers are pushed
 * and popped lexically while emitting, and the {@link Assembler} derives the exception table.
 */
final class CodeGenerator implements Visitor<Void> {
    /** Past this many items CPython builds collections and calls incrementally. */
    static final int STACK_USE_GUIDELINE = 30;

    final SymbolTable symbols;
    final ErrorContext errors;
    final String filename;
    final int optimize;
    final int futureFlags;
    final boolean futureAnnotations;
    final ConstantFolder folder;
    boolean interactive;
    private final PatternCompiler patterns;

    CodeUnit u;
    private final ArrayDeque<CodeUnit> stack = new ArrayDeque<>();

    CodeGenerator(SymbolTable symbols, ErrorContext errors, int optimize, int futureFlags) {
        this.symbols = symbols;
        this.errors = errors;
        this.filename = errors.filename;
        this.optimize = optimize;
        this.futureFlags = futureFlags;
        this.futureAnnotations = (futureFlags & CodeFlags.FUTURE_ANNOTATIONS) != 0;
        this.folder = new ConstantFolder(optimize);
        this.patterns = new PatternCompiler(this);
    }

    SyntaxErrorException error(String msg) {
        return errors.error(msg, u.line, u.col, u.endLine, u.endCol);
    }

    // =====================================================================================
    // scopes and code units
    // =====================================================================================

    void enterScope(CodeUnit.Kind kind, String name, Object node, int firstLineno, String privateName) {
        Scope scope = symbols.scopeOf(node);
        String qualname = qualname(kind, name);
        if (u != null) {
            stack.push(u);
        }
        CodeUnit nu = new CodeUnit(kind, scope, name, qualname, firstLineno, privateName);
        for (String p : scope.params()) {
            nu.addVarname(p);
        }
        if (kind == CodeUnit.Kind.CLASS) {
            if (scope.needsClassClosure()) {
                nu.cellvars.put("__class__", 0);
            }
        } else {
            for (String c : scope.sortedNames(SymbolScope.CELL, false)) {
                CodeUnit.indexIn(nu.cellvars, c);
            }
        }
        for (String f : scope.sortedNames(SymbolScope.FREE, true)) {
            CodeUnit.indexIn(nu.freevars, f);
        }
        u = nu;
        u.setLoc(firstLineno, 0, firstLineno, 0);
    }

    PyCode exitScope(boolean addNone) {
        if (!u.lastIsTerminator() || u.labelBoundAtEnd()) {
            u.unsetLoc();
            if (addNone) {
                loadConst(PyNone.NONE);
            }
            u.emit(RETURN_VALUE);
        }
        PyCode code = new Assembler(u).assemble(filename, computeFlags());
        u = stack.isEmpty() ? null : stack.pop();
        return code;
    }

    private String qualname(CodeUnit.Kind kind, String name) {
        if (u == null || u.kind == CodeUnit.Kind.MODULE) {
            return name;
        }
        CodeUnit parent = u;
        if (kind == CodeUnit.Kind.FUNCTION || kind == CodeUnit.Kind.ASYNC_FUNCTION || kind == CodeUnit.Kind.CLASS) {
            String mangled = Mangler.mangle(parent.privateName, name);
            if (parent.scope.scopeOf(mangled) == SymbolScope.GLOBAL_EXPLICIT) {
                return name;
            }
        }
        if (parent.kind == CodeUnit.Kind.FUNCTION || parent.kind == CodeUnit.Kind.ASYNC_FUNCTION
                || parent.kind == CodeUnit.Kind.LAMBDA) {
            return parent.qualname + ".<locals>." + name;
        }
        return parent.qualname + "." + name;
    }

    private int computeFlags() {
        Scope s = u.scope;
        int flags = 0;
        if (s.type == Scope.Type.FUNCTION) {
            flags |= CodeFlags.NEWLOCALS | CodeFlags.OPTIMIZED;
            if (s.isNested()) {
                flags |= CodeFlags.NESTED;
            }
            if (s.isGenerator() && !s.isCoroutine()) {
                flags |= CodeFlags.GENERATOR;
            }
            if (!s.isGenerator() && s.isCoroutine()) {
                flags |= CodeFlags.COROUTINE;
            }
            if (s.isGenerator() && s.isCoroutine()) {
                flags |= CodeFlags.ASYNC_GENERATOR;
            }
            if (s.hasVarargs()) {
                flags |= CodeFlags.VARARGS;
            }
            if (s.hasVarkeywords()) {
                flags |= CodeFlags.VARKEYWORDS;
            }
        }
        return flags | futureFlags;
    }

    // =====================================================================================
    // small emission helpers
    // =====================================================================================

    void loadConst(PyObject value) {
        u.emit(LOAD_CONST, u.addConst(value));
    }

    void emit(Opcode op) {
        u.emit(op);
    }

    void emit(Opcode op, int arg) {
        u.emit(op, arg);
    }

    String mangle(String name) {
        return Mangler.mangle(u.privateName, name);
    }

    void emitName(Opcode op, String name) {
        u.emit(op, u.addName(mangle(name)));
    }

    /** Loads, stores or deletes a variable with the instruction its scope calls for. */
    void nameOp(String name, ExprContext ctx) {
        if (name.equals("__debug__") && ctx != ExprContext.Load) {
            throw error(ctx == ExprContext.Store ? "cannot assign to __debug__" : "cannot delete __debug__");
        }
        String mangled = mangle(name);
        SymbolScope scope = u.scope.scopeOf(mangled);
        boolean function = u.scope.type == Scope.Type.FUNCTION;
        if (scope == SymbolScope.FREE || scope == SymbolScope.CELL) {
            int idx = scope == SymbolScope.CELL ? u.cellvars.get(mangled)
                    : u.cellvars.size() + u.freevars.get(mangled);
            Opcode op = ctx == ExprContext.Load
                    ? (u.scope.type == Scope.Type.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF)
                    : ctx == ExprContext.Store ? STORE_DEREF : DELETE_DEREF;
            u.emit(op, idx);
            return;
        }
        if (scope == SymbolScope.LOCAL && function) {
            int idx = u.addVarname(mangled);
            u.emit(ctx == ExprContext.Load ? LOAD_FAST : ctx == ExprContext.Store ? STORE_FAST : DELETE_FAST, idx);
            return;
        }
        if (scope == SymbolScope.GLOBAL_EXPLICIT || (scope == SymbolScope.GLOBAL_IMPLICIT && function)) {
            int idx = u.addName(mangled);
            u.emit(ctx == ExprContext.Load ? LOAD_GLOBAL : ctx == ExprContext.Store ? STORE_GLOBAL : DELETE_GLOBAL, idx);
            return;
        }
        int idx = u.addName(mangled);
        u.emit(ctx == ExprContext.Load ? LOAD_NAME : ctx == ExprContext.Store ? STORE_NAME : DELETE_NAME, idx);
    }

    /** Visits an expression with its own position, restoring the enclosing one afterwards. */
    void expr(Expr e) {
        int l = u.line, c = u.col, el = u.endLine, ec = u.endCol;
        u.setLoc(e);
        e.accept(this);
        u.setLoc(l, c, el, ec);
    }

    void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    void stmt(Stmt s) {
        u.setLoc(s);
        s.accept(this);
    }

    void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    /** CPython moves the start of an attribute access to the attribute's line in multi-line chains. */
    void locationOfAttr(Expr.Attribute attr) {
        if (u.line != attr.endLineno) {
            u.line = attr.endLineno;
            int len = attr.attr.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (len <= attr.endColOffset) {
                u.col = attr.endColOffset - len;
            } else {
                u.col = -1;
                u.endCol = -1;
            }
            u.endLine = Math.max(u.line, u.endLine);
            if (u.line == u.endLine) {
                u.endCol = Math.max(u.col, u.endCol);
            }
        }
    }

    void pushFBlock(FBlock.Type type, int block, int exit, Object datum) {
        if (u.fblocks.size() >= 20) {
            throw error("too many statically nested blocks");
        }
        u.fblocks.add(new FBlock(type, block, exit, datum));
    }

    void popFBlock() {
        u.fblocks.remove(u.fblocks.size() - 1);
    }

    // =====================================================================================
    // modules
    // =====================================================================================

    PyCode compileModule(Mod mod) {
        if (mod instanceof Mod.Module) {
            enterScope(CodeUnit.Kind.MODULE, "<module>", mod, 1, null);
            body(((Mod.Module) mod).body);
            return exitScope(true);
        } else if (mod instanceof Mod.Interactive) {
            enterScope(CodeUnit.Kind.MODULE, "<module>", mod, 1, null);
            List<Stmt> body = ((Mod.Interactive) mod).body;
            if (!body.isEmpty()) {
                u.setLoc(body.get(0));
            }
            if (findAnnotations(body)) {
                emit(SETUP_ANNOTATIONS);
            }
            interactive = true;
            stmts(body);
            return exitScope(true);
        } else if (mod instanceof Mod.Expression) {
            enterScope(CodeUnit.Kind.MODULE, "<module>", mod, 1, null);
            Expr body = ((Mod.Expression) mod).body;
            expr(body);
            u.emit(RETURN_VALUE);
            return exitScope(false);
        }
        throw new IllegalArgumentException("cannot compile " + mod.getClass().getSimpleName());
    }

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr) {
            Expr v = ((Stmt.Expr) body.get(0)).value;
            if (v instanceof Expr.Constant && ((Expr.Constant) v).value instanceof PyStr) {
                return ((PyStr) ((Expr.Constant) v).value).value;
            }
        }
        return null;
    }

    /** Module and class bodies: {@code __annotations__} set-up, {@code __doc__}, then the statements. */
    private void body(List<Stmt> body) {
        if (u.kind == CodeUnit.Kind.MODULE && !body.isEmpty()) {
            u.setLoc(body.get(0));
        }
        if (findAnnotations(body)) {
            emit(SETUP_ANNOTATIONS);
        }
        int i = 0;
        if (optimize < 2 && docstring(body) != null) {
            i = 1;
            Stmt first = body.get(0);
            u.setLoc(first);
            expr(((Stmt.Expr) first).value);
            u.unsetLoc();
            nameOp("__doc__", ExprContext.Store);
        }
        for (; i < body.size(); i++) {
            stmt(body.get(i));
        }
    }

    static boolean findAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign) {
                return true;
            } else if (s instanceof Stmt.For) {
                if (findAnnotations(((Stmt.For) s).body) || findAnnotations(((Stmt.For) s).orelse)) {
                    return true;
                }
            } else if (s instanceof Stmt.AsyncFor) {
                if (findAnnotations(((Stmt.AsyncFor) s).body) || findAnnotations(((Stmt.AsyncFor) s).orelse)) {
                    return true;
                }
            } else if (s instanceof Stmt.While) {
                if (findAnnotations(((Stmt.While) s).body) || findAnnotations(((Stmt.While) s).orelse)) {
                    return true;
                }
            } else if (s instanceof Stmt.If) {
                if (findAnnotations(((Stmt.If) s).body) || findAnnotations(((Stmt.If) s).orelse)) {
                    return true;
                }
            } else if (s instanceof Stmt.With) {
                if (findAnnotations(((Stmt.With) s).body)) {
                    return true;
                }
            } else if (s instanceof Stmt.AsyncWith) {
                if (findAnnotations(((Stmt.AsyncWith) s).body)) {
                    return true;
                }
            } else if (s instanceof Stmt.Try) {
                Stmt.Try t = (Stmt.Try) s;
                if (findAnnotations(t.body) || findAnnotations(t.orelse) || findAnnotations(t.finalbody)
                        || handlersHaveAnnotations(t.handlers)) {
                    return true;
                }
            } else if (s instanceof Stmt.TryStar) {
                Stmt.TryStar t = (Stmt.TryStar) s;
                if (findAnnotations(t.body) || findAnnotations(t.orelse) || findAnnotations(t.finalbody)
                        || handlersHaveAnnotations(t.handlers)) {
                    return true;
                }
            } else if (s instanceof Stmt.Match) {
                for (MatchCase c : ((Stmt.Match) s).cases) {
                    if (findAnnotations(c.body)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean handlersHaveAnnotations(List<ExceptHandler> hs) {
        for (ExceptHandler h : hs) {
            if (findAnnotations(h.body)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Void visitModule(Mod.Module node) {
        throw new IllegalStateException("module inside module");
    }

    @Override
    public Void visitInteractive(Mod.Interactive node) {
        throw new IllegalStateException("module inside module");
    }

    @Override
    public Void visitExpression(Mod.Expression node) {
        throw new IllegalStateException("module inside module");
    }

    @Override
    public Void visitFunctionType(Mod.FunctionType node) {
        throw new IllegalStateException("function type cannot be compiled");
    }

    // =====================================================================================
    // functions, lambdas, classes
    // =====================================================================================

    /** Pushes the closure tuple (when the code has free variables), the code, and MAKE_FUNCTION. */
    void makeClosure(PyCode code, int flags) {
        if (code.freevars.length > 0) {
            for (String name : code.freevars) {
                SymbolScope scope = u.scope.scopeOf(name);
                boolean cell = scope == SymbolScope.CELL
                        || (u.kind == CodeUnit.Kind.CLASS && name.equals("__class__"));
                int idx;
                if (cell) {
                    idx = u.cellvars.get(name);
                } else {
                    Integer f = u.freevars.get(name);
                    if (f == null) {
                        throw new IllegalStateException("free variable " + name + " of " + code.name
                                + " not found in " + u.name);
                    }
                    idx = u.cellvars.size() + f;
                }
                emit(LOAD_CLOSURE, idx);
            }
            emit(BUILD_TUPLE, code.freevars.length);
            flags |= 0x08;
        }
        loadConst(code);
        emit(MAKE_FUNCTION, flags);
    }

    /** Pushes defaults and keyword-only defaults; returns the MAKE_FUNCTION flags they need. */
    private int defaultArguments(Arguments args) {
        int flags = 0;
        if (!args.defaults.isEmpty()) {
            exprs(args.defaults);
            emit(BUILD_TUPLE, args.defaults.size());
            flags |= 0x01;
        }
        List<PyObject> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs.size(); i++) {
            Expr d = i < args.kwDefaults.size() ? args.kwDefaults.get(i) : null;
            if (d != null) {
                keys.add(PyStr.of(mangle(args.kwonlyargs.get(i).arg)));
                expr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(PyTuple.of(keys.toArray(new PyObject[0])));
            emit(BUILD_CONST_KEY_MAP, keys.size());
            flags |= 0x02;
        }
        return flags;
    }

    private int argAnnotation(String id, Expr annotation) {
        if (annotation == null) {
            return 0;
        }
        loadConst(PyStr.of(mangle(id)));
        if (futureAnnotations) {
            loadConst(PyStr.of(Unparser.unparse(annotation)));
        } else if (annotation instanceof Expr.Starred) {
            expr(((Expr.Starred) annotation).value);
            emit(UNPACK_SEQUENCE, 1);
        } else {
            expr(annotation);
        }
        return 2;
    }

    private int annotations(Arguments args, Expr returns) {
        int n = 0;
        for (Arg a : args.args) {
            n += argAnnotation(a.arg, a.annotation);
        }
        for (Arg a : args.posonlyargs) {
            n += argAnnotation(a.arg, a.annotation);
        }
        if (args.vararg != null) {
            n += argAnnotation(args.vararg.arg, args.vararg.annotation);
        }
        for (Arg a : args.kwonlyargs) {
            n += argAnnotation(a.arg, a.annotation);
        }
        if (args.kwarg != null) {
            n += argAnnotation(args.kwarg.arg, args.kwarg.annotation);
        }
        n += argAnnotation("return", returns);
        if (n > 0) {
            emit(BUILD_TUPLE, n);
            return 0x04;
        }
        return 0;
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                          Expr returns, boolean async) {
        checkDebugArguments(args);
        exprs(decorators);
        int firstLineno = decorators.isEmpty() ? s.lineno : decorators.get(0).lineno;
        int flags = defaultArguments(args);
        flags |= annotations(args, returns);
        enterScope(async ? CodeUnit.Kind.ASYNC_FUNCTION : CodeUnit.Kind.FUNCTION, name, s, firstLineno, u.privateName);
        String doc = optimize < 2 ? docstring(body) : null;
        u.addConst(doc != null ? PyStr.of(doc) : PyNone.NONE);
        u.argcount = args.posonlyargs.size() + args.args.size();
        u.posonlyargcount = args.posonlyargs.size();
        u.kwonlyargcount = args.kwonlyargs.size();
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
            stmt(body.get(i));
        }
        PyCode code = exitScope(true);
        u.setLoc(s);
        makeClosure(code, flags);
        for (int i = 0; i < decorators.size(); i++) {
            emit(CALL, 0);
        }
        nameOp(name, ExprContext.Store);
    }

    /** A parameter named {@code __debug__} is an assignment to it: an error at the whole definition. */
    private void checkDebugArguments(Arguments args) {
        List<List<Arg>> groups = List.of(args.posonlyargs, args.args, args.kwonlyargs);
        for (List<Arg> group : groups) {
            for (Arg a : group) {
                if (a.arg.equals("__debug__")) {
                    throw error("cannot assign to __debug__");
                }
            }
        }
        for (Arg a : new Arg[] {args.vararg, args.kwarg}) {
            if (a != null && a.arg.equals("__debug__")) {
                throw error("cannot assign to __debug__");
            }
        }
    }

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
    public Void visitLambda(Expr.Lambda e) {
        checkDebugArguments(e.args);
        int flags = defaultArguments(e.args);
        int[] loc = u.saveLoc();
        enterScope(CodeUnit.Kind.LAMBDA, "<lambda>", e, e.lineno, u.privateName);
        u.addConst(PyNone.NONE);
        u.argcount = e.args.posonlyargs.size() + e.args.args.size();
        u.posonlyargcount = e.args.posonlyargs.size();
        u.kwonlyargcount = e.args.kwonlyargs.size();
        expr(e.body);
        u.setLoc(e.body);
        emit(RETURN_VALUE);
        PyCode code = exitScope(false);
        u.restoreLoc(loc);
        makeClosure(code, flags);
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        exprs(s.decoratorList);
        int firstLineno = s.decoratorList.isEmpty() ? s.lineno : s.decoratorList.get(0).lineno;
        enterScope(CodeUnit.Kind.CLASS, s.name, s, firstLineno, s.name);
        nameOp("__name__", ExprContext.Load);
        nameOp("__module__", ExprContext.Store);
        loadConst(PyStr.of(u.qualname));
        nameOp("__qualname__", ExprContext.Store);
        body(s.body);
        u.unsetLoc();
        if (u.scope.needsClassClosure()) {
            emit(LOAD_CLOSURE, u.cellvars.get("__class__"));
            emit(COPY, 1);
            nameOp("__classcell__", ExprContext.Store);
        } else {
            loadConst(PyNone.NONE);
        }
        emit(RETURN_VALUE);
        PyCode code = exitScope(true);
        u.setLoc(s);
        emit(PUSH_NULL);
        emit(LOAD_BUILD_CLASS);
        makeClosure(code, 0);
        loadConst(PyStr.of(s.name));
        callHelper(2, s.bases, s.keywords);
        for (int i = 0; i < s.decoratorList.size(); i++) {
            emit(CALL, 0);
        }
        nameOp(s.name, ExprContext.Store);
        return null;
    }

    // =====================================================================================
    // simple statements
    // =====================================================================================

    @Override
    public Void visitReturn(Stmt.Return s) {
        PyObject constant = s.value == null ? null : folder.fold(s.value);
        boolean preserveTos = s.value != null && constant == null;
        if (u.scope.type != Scope.Type.FUNCTION) {
            throw error("'return' outside function");
        }
        if (s.value != null && u.scope.isCoroutine() && u.scope.isGenerator()) {
            throw error("'return' with value in async generator");
        }
        if (preserveTos) {
            expr(s.value);
        } else if (s.value != null) {
            u.setLoc(s.value);
            emit(NOP);
        }
        if (s.value == null || s.value.lineno != s.lineno) {
            u.setLoc(s);
            emit(NOP);
        }
        int[] saved = u.saveHandlers();
        unwindFBlockStack(preserveTos, false);
        if (s.value == null) {
            loadConst(PyNone.NONE);
        } else if (!preserveTos) {
            loadConst(constant);
        }
        emit(RETURN_VALUE);
        u.restoreHandlers(saved);
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        exprs(s.targets);
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        if (s.targets.size() == 1 && swapAssign(s.targets.get(0), s.value)) {
            return null;
        }
        expr(s.value);
        for (int i = 0; i < s.targets.size(); i++) {
            if (i < s.targets.size() - 1) {
                emit(COPY, 1);
            }
            expr(s.targets.get(i));
        }
        return null;
    }

    /** {@code a, b = b, a}: CPython's peephole turns BUILD_TUPLE + UNPACK_SEQUENCE into SWAPs. */
    private boolean swapAssign(Expr target, Expr value) {
        List<Expr> targets = elts(target);
        if (targets == null || !(value instanceof Expr.Tuple) || folder.fold(value) != null) {
            return false;
        }
        List<Expr> values = ((Expr.Tuple) value).elts;
        int n = values.size();
        if (n != targets.size() || n < 1 || n > 3 || hasStarred(values) || hasStarred(targets)) {
            return false;
        }
        int[] loc = u.saveLoc();
        u.setLoc(value);
        exprs(values);
        if (n > 1) {
            emit(SWAP, n);
        }
        u.restoreLoc(loc);
        int l = u.line, c = u.col, el = u.endLine, ec = u.endCol;
        u.setLoc(target);
        for (Expr t : targets) {
            expr(t);
        }
        u.setLoc(l, c, el, ec);
        return true;
    }

    private static List<Expr> elts(Expr e) {
        if (e instanceof Expr.Tuple) {
            return ((Expr.Tuple) e).elts;
        } else if (e instanceof Expr.List) {
            return ((Expr.List) e).elts;
        }
        return null;
    }

    static boolean hasStarred(List<Expr> es) {
        for (Expr e : es) {
            if (e instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    private static BinaryOp binaryOp(Operator op) {
        switch (op) {
            case Add: return BinaryOp.ADD;
            case Sub: return BinaryOp.SUBTRACT;
            case Mult: return BinaryOp.MULTIPLY;
            case MatMult: return BinaryOp.MATRIX_MULTIPLY;
            case Div: return BinaryOp.TRUE_DIVIDE;
            case Mod: return BinaryOp.REMAINDER;
            case Pow: return BinaryOp.POWER;
            case LShift: return BinaryOp.LSHIFT;
            case RShift: return BinaryOp.RSHIFT;
            case BitOr: return BinaryOp.OR;
            case BitXor: return BinaryOp.XOR;
            case BitAnd: return BinaryOp.AND;
            case FloorDiv: return BinaryOp.FLOOR_DIVIDE;
            default: throw new IllegalArgumentException(op.toString());
        }
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        Expr e = s.target;
        int[] stmtLoc = u.saveLoc();
        u.setLoc(e);
        if (e instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) e;
            expr(a.value);
            emit(COPY, 1);
            locationOfAttr(a);
            emitName(LOAD_ATTR, a.attr);
        } else if (e instanceof Expr.Subscript) {
            Expr.Subscript sub = (Expr.Subscript) e;
            expr(sub.value);
            expr(sub.slice);
            emit(COPY, 2);
            emit(COPY, 2);
            emit(BINARY_SUBSCR);
        } else if (e instanceof Expr.Name) {
            nameOp(((Expr.Name) e).id, ExprContext.Load);
        } else {
            throw error("invalid node type for augmented assignment");
        }
        u.restoreLoc(stmtLoc);
        expr(s.value);
        emit(BINARY_OP, binaryOp(s.op).inplace().ordinal());
        u.setLoc(e);
        if (e instanceof Expr.Attribute) {
            locationOfAttr((Expr.Attribute) e);
            emit(SWAP, 2);
            emitName(STORE_ATTR, ((Expr.Attribute) e).attr);
        } else if (e instanceof Expr.Subscript) {
            emit(SWAP, 3);
            emit(SWAP, 2);
            emit(STORE_SUBSCR);
        } else {
            nameOp(((Expr.Name) e).id, ExprContext.Store);
        }
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        Expr targ = s.target;
        if (s.value != null) {
            expr(s.value);
            expr(targ);
        }
        boolean moduleOrClass = u.kind == CodeUnit.Kind.MODULE || u.kind == CodeUnit.Kind.CLASS;
        if (targ instanceof Expr.Name) {
            String id = ((Expr.Name) targ).id;
            if (id.equals("__debug__")) {
                throw error("cannot assign to __debug__");
            }
            if (s.simple != 0 && moduleOrClass) {
                if (futureAnnotations) {
                    loadConst(PyStr.of(Unparser.unparse(s.annotation)));
                } else {
                    expr(s.annotation);
                }
                nameOp("__annotations__", ExprContext.Load);
                loadConst(PyStr.of(mangle(id)));
                emit(STORE_SUBSCR);
            }
        } else if (targ instanceof Expr.Attribute) {
            if (s.value == null) {
                checkAnnExpr(((Expr.Attribute) targ).value);
            }
        } else if (targ instanceof Expr.Subscript) {
            if (s.value == null) {
                checkAnnExpr(((Expr.Subscript) targ).value);
                checkAnnSubscr(((Expr.Subscript) targ).slice);
            }
        } else {
            throw error("invalid node type for annotated assignment");
        }
        if (s.simple == 0 && !futureAnnotations && moduleOrClass) {
            expr(s.annotation);
            emit(POP_TOP);
        }
        return null;
    }

    private void checkAnnExpr(Expr e) {
        expr(e);
        emit(POP_TOP);
    }

    private void checkAnnSubscr(Expr e) {
        if (e instanceof Expr.Slice) {
            Expr.Slice sl = (Expr.Slice) e;
            if (sl.lower != null) {
                checkAnnExpr(sl.lower);
            }
            if (sl.upper != null) {
                checkAnnExpr(sl.upper);
            }
            if (sl.step != null) {
                checkAnnExpr(sl.step);
            }
        } else if (e instanceof Expr.Tuple) {
            for (Expr x : ((Expr.Tuple) e).elts) {
                checkAnnSubscr(x);
            }
        } else {
            checkAnnExpr(e);
        }
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        int n = 0;
        if (s.exc != null) {
            expr(s.exc);
            n++;
            if (s.cause != null) {
                expr(s.cause);
                n++;
            }
        }
        emit(RAISE_VARARGS, n);
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        if (optimize > 0) {
            return null;
        }
        int end = u.newLabel();
        jumpIf(s.test, end, true);
        emit(LOAD_ASSERTION_ERROR);
        if (s.msg != null) {
            expr(s.msg);
            emit(CALL, 0);
        }
        emit(RAISE_VARARGS, 1);
        u.bind(end);
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (Alias a : s.names) {
            u.setLoc(s);
            loadConst(PyInt.of(0));
            loadConst(PyNone.NONE);
            emit(IMPORT_NAME, u.addName(a.name));
            if (a.asname != null) {
                importAs(a.name, a.asname);
            } else {
                int dot = a.name.indexOf('.');
                nameOp(dot >= 0 ? a.name.substring(0, dot) : a.name, ExprContext.Store);
            }
        }
        return null;
    }

    private void importAs(String name, String asname) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            nameOp(asname, ExprContext.Store);
            return;
        }
        while (true) {
            int pos = dot + 1;
            dot = name.indexOf('.', pos);
            String attr = dot < 0 ? name.substring(pos) : name.substring(pos, dot);
            emit(IMPORT_FROM, u.addName(attr));
            if (dot < 0) {
                break;
            }
            emit(SWAP, 2);
            emit(POP_TOP);
        }
        nameOp(asname, ExprContext.Store);
        emit(POP_TOP);
    }

    int futureLineno = -1;

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        if ("__future__".equals(s.module) && s.lineno > futureLineno) {
            throw error("from __future__ imports must occur at the beginning of the file");
        }
        PyObject[] names = new PyObject[s.names.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(s.names.get(i).name);
        }
        loadConst(PyInt.of(s.level == null ? 0 : s.level));
        loadConst(PyTuple.of(names));
        emit(IMPORT_NAME, u.addName(s.module == null ? "" : s.module));
        for (Alias a : s.names) {
            if (a.name.equals("*")) {
                emit(IMPORT_STAR);
                return null;
            }
            emit(IMPORT_FROM, u.addName(a.name));
            nameOp(a.asname != null ? a.asname : a.name, ExprContext.Store);
        }
        emit(POP_TOP);
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        return null;
    }

    @Override
    public Void visitExprStmt(Stmt.Expr s) {
        if (interactive && stack.isEmpty()) {
            expr(s.value);
            emit(PRINT_EXPR);
            return null;
        }
        if (s.value instanceof Expr.Constant) {
            emit(NOP);
            return null;
        }
        expr(s.value);
        u.unsetLoc();
        emit(POP_TOP);
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        emit(NOP);
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        emit(NOP);
        int[] saved = u.saveHandlers();
        FBlock loop = unwindFBlockStack(false, true);
        if (loop == null) {
            u.setLoc(s);
            throw error("'break' outside loop");
        }
        unwindFBlock(loop, false);
        u.jump(loop.exit);
        u.restoreHandlers(saved);
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        emit(NOP);
        int[] saved = u.saveHandlers();
        FBlock loop = unwindFBlockStack(false, true);
        if (loop == null) {
            u.setLoc(s);
            throw error("'continue' not properly in loop");
        }
        u.jump(loop.block);
        u.restoreHandlers(saved);
        return null;
    }

    // =====================================================================================
    // unwinding for break, continue and return
    // =====================================================================================

    /**
     * Emits the clean-up of every frame block from the innermost outwards, stopping at the
     * innermost loop when {@code toLoop} (and returning it).
     */
    private FBlock unwindFBlockStack(boolean preserveTos, boolean toLoop) {
        if (u.fblocks.isEmpty()) {
            return null;
        }
        FBlock top = u.fblocks.get(u.fblocks.size() - 1);
        if (top.type == FBlock.Type.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (toLoop && (top.type == FBlock.Type.WHILE_LOOP || top.type == FBlock.Type.FOR_LOOP)) {
            return top;
        }
        u.fblocks.remove(u.fblocks.size() - 1);
        try {
            unwindFBlock(top, preserveTos);
            return unwindFBlockStack(preserveTos, toLoop);
        } finally {
            u.fblocks.add(top);
        }
    }

    @SuppressWarnings("unchecked")
    private void unwindFBlock(FBlock info, boolean preserveTos) {
        switch (info.type) {
            case WHILE_LOOP:
            case EXCEPTION_HANDLER:
            case EXCEPTION_GROUP_HANDLER:
            case ASYNC_COMPREHENSION_GENERATOR:
                return;
            case FOR_LOOP:
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                emit(POP_TOP);
                return;
            case TRY_EXCEPT:
                u.popBlock();
                return;
            case FINALLY_TRY:
                u.popBlock();
                if (preserveTos) {
                    pushFBlock(FBlock.Type.POP_VALUE, -1, -1, null);
                }
                stmts((List<Stmt>) info.datum);
                if (preserveTos) {
                    popFBlock();
                }
                u.unsetLoc();
                return;
            case FINALLY_END:
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                emit(POP_TOP);
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                u.popBlock();
                emit(POP_EXCEPT);
                return;
            case WITH:
            case ASYNC_WITH:
                u.setLoc((Stmt) info.datum);
                u.popBlock();
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                callExitWithNones();
                if (info.type == FBlock.Type.ASYNC_WITH) {
                    emit(GET_AWAITABLE, 2);
                    loadConst(PyNone.NONE);
                    yieldFrom();
                }
                emit(POP_TOP);
                u.unsetLoc();
                return;
            case HANDLER_CLEANUP:
                if (info.datum != null) {
                    u.popBlock();
                }
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                u.popBlock();
                emit(POP_EXCEPT);
                if (info.datum != null) {
                    loadConst(PyNone.NONE);
                    nameOp((String) info.datum, ExprContext.Store);
                    nameOp((String) info.datum, ExprContext.Del);
                }
                return;
            case POP_VALUE:
                if (preserveTos) {
                    emit(SWAP, 2);
                }
                emit(POP_TOP);
                return;
            default:
                throw new IllegalStateException(info.type.toString());
        }
    }

    private void callExitWithNones() {
        loadConst(PyNone.NONE);
        loadConst(PyNone.NONE);
        loadConst(PyNone.NONE);
        emit(CALL, 2);
    }

    /** The SEND loop of {@code yield from} and {@code await}: [receiver, value] -> [result]. */
    void yieldFrom() {
        int start = u.newLabel();
        int exit = u.newLabel();
        u.bind(start);
        u.emitJump(SEND, exit);
        emit(YIELD_VALUE);
        u.jump(start);
        u.bind(exit);
    }

    // =====================================================================================
    // conditions and loops
    // =====================================================================================

    /** Jumps to {@code target} when the truth of {@code e} equals {@code cond}; falls through otherwise. */
    void jumpIf(Expr e, int target, boolean cond) {
        PyObject constant = folder.fold(e);
        if (constant != null) {
            Boolean t = ConstantFolder.truth(constant);
            if (t != null) {
                int[] loc = u.saveLoc();
                u.setLoc(e);
                emit(NOP);
                if (t == cond) {
                    u.jump(target);
                }
                u.restoreLoc(loc);
                return;
            }
        }
        if (e instanceof Expr.UnaryOp && ((Expr.UnaryOp) e).op == UnaryOperator.Not) {
            jumpIf(((Expr.UnaryOp) e).operand, target, !cond);
            return;
        }
        if (e instanceof Expr.BoolOp) {
            Expr.BoolOp b = (Expr.BoolOp) e;
            boolean cond2 = b.op == BoolOperator.Or;
            int next2 = target;
            if (cond2 != cond) {
                next2 = u.newLabel();
            }
            int n = b.values.size() - 1;
            for (int i = 0; i < n; i++) {
                jumpIf(b.values.get(i), next2, cond2);
            }
            jumpIf(b.values.get(n), target, cond);
            if (next2 != target) {
                u.bind(next2);
            }
            return;
        }
        if (e instanceof Expr.IfExp) {
            Expr.IfExp ie = (Expr.IfExp) e;
            int end = u.newLabel();
            int next2 = u.newLabel();
            jumpIf(ie.test, next2, false);
            jumpIf(ie.body, target, cond);
            u.jump(end);
            u.bind(next2);
            jumpIf(ie.orelse, target, cond);
            u.bind(end);
            return;
        }
        if (e instanceof Expr.Compare && ((Expr.Compare) e).ops.size() > 1) {
            Expr.Compare c = (Expr.Compare) e;
            int[] loc = u.saveLoc();
            u.setLoc(e);
            int n = c.ops.size() - 1;
            int cleanup = u.newLabel();
            expr(c.left);
            for (int i = 0; i < n; i++) {
                expr(c.comparators.get(i));
                emit(SWAP, 2);
                emit(COPY, 2);
                compareOp(c.ops.get(i));
                u.emitJump(POP_JUMP_IF_FALSE, cleanup);
            }
            expr(c.comparators.get(n));
            compareOp(c.ops.get(n));
            u.emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
            int end = u.newLabel();
            u.jump(end);
            u.bind(cleanup);
            emit(POP_TOP);
            if (!cond) {
                u.jump(target);
            }
            u.bind(end);
            u.restoreLoc(loc);
            return;
        }
        expr(e);
        int[] loc = u.saveLoc();
        u.setLoc(e);
        u.emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
        u.restoreLoc(loc);
    }

    @Override
    public Void visitIf(Stmt.If s) {
        int end = u.newLabel();
        int next = s.orelse.isEmpty() ? end : u.newLabel();
        jumpIf(s.test, next, false);
        stmts(s.body);
        if (!s.orelse.isEmpty()) {
            u.unsetLoc();
            u.jump(end);
            u.bind(next);
            stmts(s.orelse);
        }
        u.bind(end);
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        int loop = u.newLabel();
        int end = u.newLabel();
        int anchor = u.newLabel();
        u.bind(loop);
        pushFBlock(FBlock.Type.WHILE_LOOP, loop, end, null);
        jumpIf(s.test, anchor, false);
        stmts(s.body);
        u.setLoc(s);
        u.jump(loop);
        popFBlock();
        u.bind(anchor);
        stmts(s.orelse);
        u.bind(end);
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        int start = u.newLabel();
        int cleanup = u.newLabel();
        int end = u.newLabel();
        pushFBlock(FBlock.Type.FOR_LOOP, start, end, null);
        iterable(s.iter);
        emit(GET_ITER);
        u.bind(start);
        u.emitJump(FOR_ITER, cleanup);
        expr(s.target);
        stmts(s.body);
        u.unsetLoc();
        u.jump(start);
        u.bind(cleanup);
        popFBlock();
        stmts(s.orelse);
        u.bind(end);
        return null;
    }

    /** The iterable of a for loop or membership test: a list of constants becomes a constant tuple. */
    void iterable(Expr e) {
        if (e instanceof Expr.List && ((Expr.List) e).ctx == ExprContext.Load) {
            List<Expr> es = ((Expr.List) e).elts;
            PyObject[] items = constants(es);
            if (items != null) {
                int[] loc = u.saveLoc();
                u.setLoc(e);
                loadConst(PyTuple.of(items));
                u.restoreLoc(loc);
                return;
            }
        }
        expr(e);
    }

    /** The folded values of {@code es} when all are constant, else null. */
    PyObject[] constants(List<Expr> es) {
        PyObject[] items = new PyObject[es.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = folder.fold(es.get(i));
            if (items[i] == null) {
                return null;
            }
        }
        return items;
    }

    @Override
    public Void visitAsyncFor(Stmt.AsyncFor s) {
        if (u.kind != CodeUnit.Kind.ASYNC_FUNCTION) {
            throw error("'async for' outside async function");
        }
        int start = u.newLabel();
        int except = u.newLabel();
        int end = u.newLabel();
        expr(s.iter);
        emit(GET_AITER);
        u.bind(start);
        pushFBlock(FBlock.Type.FOR_LOOP, start, end, null);
        u.setupFinally(except);
        emit(GET_ANEXT);
        loadConst(PyNone.NONE);
        yieldFrom();
        u.popBlock();
        expr(s.target);
        stmts(s.body);
        u.unsetLoc();
        u.jump(start);
        popFBlock();
        u.bind(except);
        u.setLoc(s.iter);
        emit(END_ASYNC_FOR);
        stmts(s.orelse);
        u.bind(end);
        return null;
    }

    // =====================================================================================
    // with
    // =====================================================================================

    @Override
    public Void visitWith(Stmt.With s) {
        with(s, 0);
        return null;
    }

    private void with(Stmt.With s, int pos) {
        WithItem item = s.items.get(pos);
        int finalLabel = u.newLabel();
        int exit = u.newLabel();
        int cleanup = u.newLabel();
        expr(item.contextExpr);
        emit(BEFORE_WITH);
        u.setupWith(finalLabel);
        pushFBlock(FBlock.Type.WITH, -1, -1, s);
        if (item.optionalVars != null) {
            expr(item.optionalVars);
        } else {
            emit(POP_TOP);
        }
        if (pos + 1 == s.items.size()) {
            stmts(s.body);
        } else {
            with(s, pos + 1);
        }
        u.unsetLoc();
        u.popBlock();
        popFBlock();
        u.setLoc(s);
        callExitWithNones();
        emit(POP_TOP);
        u.jump(exit);
        u.bind(finalLabel);
        u.setupCleanup(cleanup);
        emit(PUSH_EXC_INFO);
        emit(WITH_EXCEPT_START);
        withExceptFinish(cleanup);
        u.bind(exit);
    }

    private void withExceptFinish(int cleanup) {
        u.unsetLoc();
        int exit = u.newLabel();
        u.emitJump(POP_JUMP_IF_TRUE, exit);
        emit(RERAISE, 2);
        int[] inCleanup = u.saveHandlers();
        u.popBlock();
        u.bind(cleanup);
        popExceptAndReraise();
        u.restoreHandlers(inCleanup);
        u.bind(exit);
        emit(POP_TOP);
        u.popBlock();
        emit(POP_EXCEPT);
        emit(POP_TOP);
        emit(POP_TOP);
    }

    private void popExceptAndReraise() {
        emit(COPY, 3);
        emit(POP_EXCEPT);
        emit(RERAISE, 1);
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith s) {
        asyncWith(s, 0);
        return null;
    }

    private void asyncWith(Stmt.AsyncWith s, int pos) {
        if (u.kind != CodeUnit.Kind.ASYNC_FUNCTION) {
            throw error("'async with' outside async function");
        }
        WithItem item = s.items.get(pos);
        int finalLabel = u.newLabel();
        int exit = u.newLabel();
        int cleanup = u.newLabel();
        expr(item.contextExpr);
        emit(BEFORE_ASYNC_WITH);
        emit(GET_AWAITABLE, 1);
        loadConst(PyNone.NONE);
        yieldFrom();
        u.setupWith(finalLabel);
        pushFBlock(FBlock.Type.ASYNC_WITH, -1, -1, s);
        if (item.optionalVars != null) {
            expr(item.optionalVars);
        } else {
            emit(POP_TOP);
        }
        if (pos + 1 == s.items.size()) {
            stmts(s.body);
        } else {
            asyncWith(s, pos + 1);
        }
        popFBlock();
        u.unsetLoc();
        u.popBlock();
        u.setLoc(s);
        callExitWithNones();
        emit(GET_AWAITABLE, 2);
        loadConst(PyNone.NONE);
        yieldFrom();
        emit(POP_TOP);
        u.jump(exit);
        u.bind(finalLabel);
        u.setupCleanup(cleanup);
        emit(PUSH_EXC_INFO);
        emit(WITH_EXCEPT_START);
        emit(GET_AWAITABLE, 2);
        loadConst(PyNone.NONE);
        yieldFrom();
        withExceptFinish(cleanup);
        u.bind(exit);
    }

    // =====================================================================================
    // try
    // =====================================================================================

    @Override
    public Void visitTry(Stmt.Try s) {
        if (!s.finalbody.isEmpty()) {
            tryFinally(s.finalbody, () -> {
                if (!s.handlers.isEmpty()) {
                    tryExcept(s.body, s.handlers, s.orelse);
                } else {
                    stmts(s.body);
                }
            });
        } else {
            tryExcept(s.body, s.handlers, s.orelse);
        }
        return null;
    }

    @Override
    public Void visitTryStar(Stmt.TryStar s) {
        if (!s.finalbody.isEmpty()) {
            tryFinally(s.finalbody, () -> tryStarExcept(s));
        } else {
            tryStarExcept(s);
        }
        return null;
    }

    private void tryFinally(List<Stmt> finalbody, Runnable body) {
        int end = u.newLabel();
        int exit = u.newLabel();
        int cleanup = u.newLabel();
        u.setupFinally(end);
        pushFBlock(FBlock.Type.FINALLY_TRY, -1, -1, finalbody);
        body.run();
        u.unsetLoc();
        u.popBlock();
        popFBlock();
        stmts(finalbody);
        u.unsetLoc();
        u.jump(exit);
        u.bind(end);
        u.unsetLoc();
        u.setupCleanup(cleanup);
        emit(PUSH_EXC_INFO);
        pushFBlock(FBlock.Type.FINALLY_END, -1, -1, null);
        stmts(finalbody);
        popFBlock();
        u.unsetLoc();
        emit(RERAISE, 0);
        u.popBlock();
        u.bind(cleanup);
        popExceptAndReraise();
        u.bind(exit);
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        int except = u.newLabel();
        int orelseLabel = u.newLabel();
        int end = u.newLabel();
        int cleanup = u.newLabel();
        u.setupFinally(except);
        pushFBlock(FBlock.Type.TRY_EXCEPT, -1, -1, null);
        stmts(body);
        popFBlock();
        u.unsetLoc();
        u.popBlock();
        u.jump(orelseLabel);
        u.bind(except);
        u.setupCleanup(cleanup);
        int[] inHandler = u.saveHandlers();
        emit(PUSH_EXC_INFO);
        pushFBlock(FBlock.Type.EXCEPTION_HANDLER, -1, -1, null);
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            u.setLoc(h);
            if (h.type == null && i < handlers.size() - 1) {
                throw error("default 'except:' must be last");
            }
            int next = u.newLabel();
            if (h.type != null) {
                expr(h.type);
                emit(CHECK_EXC_MATCH);
                u.emitJump(POP_JUMP_IF_FALSE, next);
            }
            if (h.name != null) {
                int cleanupEnd = u.newLabel();
                nameOp(h.name, ExprContext.Store);
                u.setupCleanup(cleanupEnd);
                pushFBlock(FBlock.Type.HANDLER_CLEANUP, -1, -1, h.name);
                stmts(h.body);
                popFBlock();
                u.unsetLoc();
                u.popBlock();
                u.popBlock();
                emit(POP_EXCEPT);
                loadConst(PyNone.NONE);
                nameOp(h.name, ExprContext.Store);
                nameOp(h.name, ExprContext.Del);
                u.jump(end);
                // the pops above were for the normal exit only: the handler's cleanup still
                // covers the name-clearing path below
                u.restoreHandlers(inHandler);
                u.bind(cleanupEnd);
                u.unsetLoc();
                loadConst(PyNone.NONE);
                nameOp(h.name, ExprContext.Store);
                nameOp(h.name, ExprContext.Del);
                emit(RERAISE, 1);
            } else {
                emit(POP_TOP);
                pushFBlock(FBlock.Type.HANDLER_CLEANUP, -1, -1, null);
                stmts(h.body);
                popFBlock();
                u.unsetLoc();
                u.popBlock();
                emit(POP_EXCEPT);
                u.jump(end);
                u.restoreHandlers(inHandler);
            }
            u.bind(next);
        }
        u.unsetLoc();
        popFBlock();
        emit(RERAISE, 0);
        u.popBlock();
        u.bind(cleanup);
        popExceptAndReraise();
        u.bind(orelseLabel);
        stmts(orelse);
        u.bind(end);
    }

    private void tryStarExcept(Stmt.TryStar s) {
        int except = u.newLabel();
        int orelse = u.newLabel();
        int end = u.newLabel();
        int cleanup = u.newLabel();
        int reraiseStar = u.newLabel();
        u.setupFinally(except);
        pushFBlock(FBlock.Type.TRY_EXCEPT, -1, -1, null);
        stmts(s.body);
        popFBlock();
        u.unsetLoc();
        u.popBlock();
        u.jump(orelse);
        int n = s.handlers.size();
        u.bind(except);
        u.unsetLoc();
        u.setupCleanup(cleanup);
        emit(PUSH_EXC_INFO);
        pushFBlock(FBlock.Type.EXCEPTION_GROUP_HANDLER, -1, -1, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = s.handlers.get(i);
            u.setLoc(h);
            int exceptLabel = u.newLabel();
            int exceptWithError = u.newLabel();
            int noMatch = u.newLabel();
            if (i == 0) {
                emit(COPY, 1);
                emit(BUILD_LIST, 0);
                emit(SWAP, 2);
            }
            if (h.type != null) {
                expr(h.type);
                emit(CHECK_EG_MATCH);
                emit(COPY, 1);
                u.emitJump(POP_JUMP_IF_NONE, noMatch);
            }
            int cleanupEnd = u.newLabel();
            if (h.name != null) {
                nameOp(h.name, ExprContext.Store);
            } else {
                emit(POP_TOP);
            }
            u.setupCleanup(cleanupEnd);
            pushFBlock(FBlock.Type.HANDLER_CLEANUP, -1, -1, h.name);
            stmts(h.body);
            popFBlock();
            u.popBlock();
            if (h.name != null) {
                loadConst(PyNone.NONE);
                nameOp(h.name, ExprContext.Store);
                nameOp(h.name, ExprContext.Del);
            }
            u.jump(exceptLabel);
            u.bind(cleanupEnd);
            if (h.name != null) {
                loadConst(PyNone.NONE);
                nameOp(h.name, ExprContext.Store);
                nameOp(h.name, ExprContext.Del);
            }
            emit(LIST_APPEND, 3);
            emit(POP_TOP);
            u.jump(exceptWithError);
            u.bind(exceptLabel);
            emit(NOP);
            u.jump(exceptWithError);
            u.bind(noMatch);
            emit(POP_TOP);
            u.bind(exceptWithError);
            if (i == n - 1) {
                emit(LIST_APPEND, 1);
                u.jump(reraiseStar);
            }
        }
        u.unsetLoc();
        popFBlock();
        int reraise = u.newLabel();
        u.bind(reraiseStar);
        emit(PREP_RERAISE_STAR);
        emit(COPY, 1);
        u.emitJump(POP_JUMP_IF_NOT_NONE, reraise);
        emit(POP_TOP);
        int[] saved = u.saveHandlers();
        u.popBlock();
        emit(POP_EXCEPT);
        u.jump(end);
        u.restoreHandlers(saved);
        u.bind(reraise);
        u.popBlock();
        emit(SWAP, 2);
        emit(POP_EXCEPT);
        emit(RERAISE, 0);
        u.bind(cleanup);
        popExceptAndReraise();
        u.bind(orelse);
        stmts(s.orelse);
        u.bind(end);
    }

    // =====================================================================================
    // match (delegated)
    // =====================================================================================

    @Override
    public Void visitMatch(Stmt.Match s) {
        patterns.match(s);
        return null;
    }

    @Override
    public Void visitMatchValue(Pattern.MatchValue p) {
        throw new IllegalStateException("patterns are compiled by PatternCompiler");
    }

    @Override
    public Void visitMatchSingleton(Pattern.MatchSingleton p) {
        throw new IllegalStateException("patterns are compiled by PatternCompiler");
    }

    @Override
    public Void visitMatchSequence(Pattern.MatchSequence p) {
        throw new IllegalStateException("patterns are compiled by PatternCompiler");
    }

    @Override
    public Void visitMatchMapping(Pattern.MatchMapping p) {
        throw new IllegalStateException("patterns are compiled by PatternCompiler");
    }

    @Override
    public Void visitMatchClass(Pattern.MatchClass p) {
        throw new IllegalStateException("patterns are compiled by PatternCompiler");
    }

    @Override
    public Void visitMatchStar(Pattern.MatchStar p) {
        throw new IllegalStateException("patterns are compiled by PatternCompiler");
    }

    @Override
    public Void visitMatchAs(Pattern.MatchAs p) {
        throw new IllegalStateException("patterns are compiled by PatternCompiler");
    }

    @Override
    public Void visitMatchOr(Pattern.MatchOr p) {
        throw new IllegalStateException("patterns are compiled by PatternCompiler");
    }

    // =====================================================================================
    // expressions
    // =====================================================================================

    @Override
    public Void visitConstant(Expr.Constant e) {
        loadConst(e.value);
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        if (e.ctx == ExprContext.Load && e.id.equals("__debug__")) {
            loadConst(PyBool.of(optimize == 0));
            return null;
        }
        nameOp(e.id, e.ctx);
        return null;
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        int end = u.newLabel();
        Opcode jump = e.op == BoolOperator.And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
        int n = e.values.size() - 1;
        for (int i = 0; i < n; i++) {
            expr(e.values.get(i));
            u.emitJump(jump, end);
        }
        expr(e.values.get(n));
        u.bind(end);
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        expr(e.value);
        emit(COPY, 1);
        expr(e.target);
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        PyObject c = folder.fold(e);
        if (c != null) {
            loadConst(c);
            return null;
        }
        expr(e.left);
        expr(e.right);
        emit(BINARY_OP, binaryOp(e.op).ordinal());
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        PyObject c = folder.fold(e);
        if (c != null) {
            loadConst(c);
            return null;
        }
        expr(e.operand);
        switch (e.op) {
            case Invert: emit(UNARY_INVERT); break;
            case Not: emit(UNARY_NOT); break;
            case UAdd: emit(UNARY_POSITIVE); break;
            default: emit(UNARY_NEGATIVE); break;
        }
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        int end = u.newLabel();
        int next = u.newLabel();
        jumpIf(e.test, next, false);
        expr(e.body);
        u.jump(end);
        u.bind(next);
        expr(e.orelse);
        u.bind(end);
        return null;
    }

    void compareOp(CmpOp op) {
        switch (op) {
            case Is: emit(IS_OP, 0); break;
            case IsNot: emit(IS_OP, 1); break;
            case In: emit(CONTAINS_OP, 0); break;
            case NotIn: emit(CONTAINS_OP, 1); break;
            case Eq: emit(COMPARE_OP, CompareOp.EQ.ordinal()); break;
            case NotEq: emit(COMPARE_OP, CompareOp.NE.ordinal()); break;
            case Lt: emit(COMPARE_OP, CompareOp.LT.ordinal()); break;
            case LtE: emit(COMPARE_OP, CompareOp.LE.ordinal()); break;
            case Gt: emit(COMPARE_OP, CompareOp.GT.ordinal()); break;
            default: emit(COMPARE_OP, CompareOp.GE.ordinal()); break;
        }
    }

    /** The right operand of {@code in}: a constant list becomes a constant tuple, as CPython folds it. */
    private void comparator(CmpOp op, Expr e) {
        if (op == CmpOp.In || op == CmpOp.NotIn) {
            iterable(e);
        } else {
            expr(e);
        }
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        expr(e.left);
        int n = e.ops.size() - 1;
        if (n == 0) {
            comparator(e.ops.get(0), e.comparators.get(0));
            compareOp(e.ops.get(0));
            return null;
        }
        int cleanup = u.newLabel();
        for (int i = 0; i < n; i++) {
            comparator(e.ops.get(i), e.comparators.get(i));
            emit(SWAP, 2);
            emit(COPY, 2);
            compareOp(e.ops.get(i));
            u.emitJump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        comparator(e.ops.get(n), e.comparators.get(n));
        compareOp(e.ops.get(n));
        int end = u.newLabel();
        u.jump(end);
        u.bind(cleanup);
        emit(SWAP, 2);
        emit(POP_TOP);
        u.bind(end);
        return null;
    }

    // ---- collections ----

    /**
     * Builds a tuple, list or set from items that may be starred (CPython's {@code starunpack_helper});
     * {@code pushed} items are already on the stack and become the first elements.
     */
    void starUnpack(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && pushed == 0) {
            PyObject[] items = constants(elts);
            if (items != null) {
                PyTuple folded = PyTuple.of(items);
                if (tuple) {
                    loadConst(folded);
                } else {
                    emit(build, 0);
                    loadConst(folded);
                    emit(extend, 1);
                }
                return;
            }
        }
        boolean seenStar = hasStarred(elts);
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        if (!seenStar && !big) {
            exprs(elts);
            emit(tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            emit(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred) {
                if (!built) {
                    emit(build, i + pushed);
                    built = true;
                }
                expr(((Expr.Starred) elt).value);
                emit(extend, 1);
            } else {
                expr(elt);
                if (built) {
                    emit(add, 1);
                }
            }
        }
        if (tuple) {
            emit(LIST_TO_TUPLE);
        }
    }

    /** Stores the top of stack into the elements of a tuple or list target. */
    private void assignmentTargets(List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking assignment");
                }
                emit(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (elt instanceof Expr.Starred) {
                throw error("multiple starred expressions in assignment");
            }
        }
        if (!seenStar) {
            emit(UNPACK_SEQUENCE, n);
        }
        for (Expr elt : elts) {
            expr(elt instanceof Expr.Starred ? ((Expr.Starred) elt).value : elt);
        }
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        if (e.ctx == ExprContext.Store) {
            assignmentTargets(e.elts);
        } else if (e.ctx == ExprContext.Del) {
            exprs(e.elts);
        } else {
            PyObject c = folder.fold(e);
            if (c != null) {
                loadConst(c);
            } else {
                starUnpack(e.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
            }
        }
        return null;
    }

    @Override
    public Void visitList(Expr.List e) {
        if (e.ctx == ExprContext.Store) {
            assignmentTargets(e.elts);
        } else if (e.ctx == ExprContext.Del) {
            exprs(e.elts);
        } else {
            starUnpack(e.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
        }
        return null;
    }

    @Override
    public Void visitSet(Expr.Set e) {
        starUnpack(e.elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict e) {
        int n = e.values.size();
        int elements = 0;
        boolean haveDict = false;
        for (int i = 0; i < n; i++) {
            boolean unpacking = e.keys.get(i) == null;
            if (unpacking) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) {
                        emit(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    emit(BUILD_MAP, 0);
                    haveDict = true;
                }
                expr(e.values.get(i));
                emit(DICT_UPDATE, 1);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    subdict(e, i - elements, i + 1);
                    if (haveDict) {
                        emit(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                } else {
                    elements++;
                }
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) {
                emit(DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            emit(BUILD_MAP, 0);
        }
        return null;
    }

    private void subdict(Expr.Dict e, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            PyObject[] keys = constants(e.keys.subList(begin, end));
            if (keys != null) {
                for (int i = begin; i < end; i++) {
                    expr(e.values.get(i));
                }
                loadConst(PyTuple.of(keys));
                emit(BUILD_CONST_KEY_MAP, n);
                return;
            }
        }
        if (big) {
            emit(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            expr(e.keys.get(i));
            expr(e.values.get(i));
            if (big) {
                emit(MAP_ADD, 1);
            }
        }
        if (!big) {
            emit(BUILD_MAP, n);
        }
    }

    // ---- attribute, subscript, slice, starred ----

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        expr(e.value);
        locationOfAttr(e);
        switch (e.ctx) {
            case Load: emitName(LOAD_ATTR, e.attr); break;
            case Store: emitName(STORE_ATTR, e.attr); break;
            default: emitName(DELETE_ATTR, e.attr); break;
        }
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        expr(e.value);
        expr(e.slice);
        switch (e.ctx) {
            case Load: emit(BINARY_SUBSCR); break;
            case Store: emit(STORE_SUBSCR); break;
            default: emit(DELETE_SUBSCR); break;
        }
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        int n = 2;
        if (e.lower != null) {
            expr(e.lower);
        } else {
            loadConst(PyNone.NONE);
        }
        if (e.upper != null) {
            expr(e.upper);
        } else {
            loadConst(PyNone.NONE);
        }
        if (e.step != null) {
            n++;
            expr(e.step);
        }
        emit(BUILD_SLICE, n);
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        if (e.ctx == ExprContext.Store) {
            throw error("starred assignment target must be in a list or tuple");
        }
        throw error("can't use starred expression here");
    }

    // ---- calls ----

    @Override
    public Void visitCall(Expr.Call e) {
        validateKeywords(e.keywords);
        if (methodCall(e)) {
            return null;
        }
        int[] loc = u.saveLoc();
        u.setLoc(e.func);
        emit(PUSH_NULL);
        u.restoreLoc(loc);
        expr(e.func);
        callHelper(0, e.args, e.keywords);
        return null;
    }

    private void validateKeywords(List<Keyword> keywords) {
        if (keywords.size() < 2) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Keyword k : keywords) {
            if (k.arg != null && !seen.add(k.arg)) {
                u.setLoc(k);
                throw error("keyword argument repeated: " + k.arg);
            }
        }
    }

    private boolean methodCall(Expr.Call e) {
        if (!(e.func instanceof Expr.Attribute) || ((Expr.Attribute) e.func).ctx != ExprContext.Load) {
            return false;
        }
        int argsl = e.args.size();
        int kwdsl = e.keywords.size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) {
            return false;
        }
        if (hasStarred(e.args)) {
            return false;
        }
        for (Keyword k : e.keywords) {
            if (k.arg == null) {
                return false;
            }
        }
        Expr.Attribute meth = (Expr.Attribute) e.func;
        expr(meth.value);
        int[] loc = u.saveLoc();
        u.setLoc(meth); // CPython 3.11: LOAD_METHOD is located at the attribute, CALL at the call
        locationOfAttr(meth);
        emitName(LOAD_METHOD, meth.attr);
        u.restoreLoc(loc);
        exprs(e.args);
        if (kwdsl > 0) {
            for (Keyword k : e.keywords) {
                expr(k.value);
            }
            loadConst(keywordNames(e.keywords));
        }
        locationOfAttr(meth);
        emit(kwdsl > 0 ? CALL_KW : CALL, argsl + kwdsl);
        u.restoreLoc(loc);
        return true;
    }

    private PyTuple keywordNames(List<Keyword> keywords) {
        PyObject[] names = new PyObject[keywords.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(keywords.get(i).arg);
        }
        return PyTuple.of(names);
    }

    /**
     * The arguments and the call, with {@code n} positional arguments already pushed (the
     * function and name of a class statement): CALL / CALL_KW when no unpacking, else
     * CALL_FUNCTION_EX with a tuple and a dict built incrementally.
     */
    void callHelper(int n, List<Expr> args, List<Keyword> keywords) {
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean ex = n + nelts + nkwelts * 2 > STACK_USE_GUIDELINE || hasStarred(args);
        for (Keyword k : keywords) {
            if (k.arg == null) {
                ex = true;
            }
        }
        if (!ex) {
            exprs(args);
            if (nkwelts > 0) {
                for (Keyword k : keywords) {
                    expr(k.value);
                }
                loadConst(keywordNames(keywords));
                emit(CALL_KW, n + nelts + nkwelts);
            } else {
                emit(CALL, n + nelts);
            }
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred) {
            expr(((Expr.Starred) args.get(0)).value);
        } else {
            starUnpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) {
                            emit(DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        emit(BUILD_MAP, 0);
                        haveDict = true;
                    }
                    expr(kw.value);
                    emit(DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    emit(DICT_MERGE, 1);
                }
            }
        }
        emit(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    private void subkwargs(List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) {
                expr(keywords.get(i).value);
            }
            loadConst(keywordNames(keywords.subList(begin, end)));
            emit(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            emit(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            loadConst(PyStr.of(keywords.get(i).arg));
            expr(keywords.get(i).value);
            if (big) {
                emit(MAP_ADD, 1);
            }
        }
        if (!big) {
            emit(BUILD_MAP, n);
        }
    }

    // ---- f-strings ----

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        int n = e.values.size();
        if (n > STACK_USE_GUIDELINE) {
            loadConst(PyStr.of(""));
            emitName(LOAD_METHOD, "join");
            emit(BUILD_LIST, 0);
            for (Expr v : e.values) {
                expr(v);
                emit(LIST_APPEND, 1);
            }
            emit(CALL, 1);
        } else {
            exprs(e.values);
            if (n != 1) {
                emit(BUILD_STRING, n);
            }
        }
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        expr(e.value);
        int oparg;
        switch (e.conversion) {
            case 's': oparg = 1; break;
            case 'r': oparg = 2; break;
            case 'a': oparg = 3; break;
            default: oparg = 0; break;
        }
        if (e.formatSpec != null) {
            expr(e.formatSpec);
            oparg |= 4;
        }
        emit(FORMAT_VALUE, oparg);
        return null;
    }

    // ---- generators and coroutines ----

    @Override
    public Void visitYield(Expr.Yield e) {
        if (u.scope.type != Scope.Type.FUNCTION) {
            throw error("'yield' outside function");
        }
        if (e.value != null) {
            expr(e.value);
        } else {
            loadConst(PyNone.NONE);
        }
        yieldValue();
        return null;
    }

    void yieldValue() {
        if (u.scope.isGenerator() && u.scope.isCoroutine()) {
            emit(ASYNC_GEN_WRAP);
        }
        emit(YIELD_VALUE);
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        if (u.scope.type != Scope.Type.FUNCTION) {
            throw error("'yield' outside function");
        }
        if (u.kind == CodeUnit.Kind.ASYNC_FUNCTION) {
            throw error("'yield from' inside async function");
        }
        expr(e.value);
        emit(GET_YIELD_FROM_ITER);
        loadConst(PyNone.NONE);
        yieldFrom();
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        if (u.scope.type != Scope.Type.FUNCTION) {
            throw error("'await' outside function");
        }
        if (u.kind != CodeUnit.Kind.ASYNC_FUNCTION && u.kind != CodeUnit.Kind.COMPREHENSION) {
            throw error("'await' outside async function");
        }
        expr(e.value);
        emit(GET_AWAITABLE, 0);
        loadConst(PyNone.NONE);
        yieldFrom();
        return null;
    }

    // ---- comprehensions ----

    private enum CompType { GENEXP, LISTCOMP, SETCOMP, DICTCOMP }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        comprehension(e, CompType.LISTCOMP, "<listcomp>", e.generators, e.elt, null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        comprehension(e, CompType.SETCOMP, "<setcomp>", e.generators, e.elt, null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        comprehension(e, CompType.DICTCOMP, "<dictcomp>", e.generators, e.key, e.value);
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        comprehension(e, CompType.GENEXP, "<genexpr>", e.generators, e.elt, null);
        return null;
    }

    private void comprehension(Expr e, CompType type, String name, List<Comprehension> generators,
                               Expr elt, Expr val) {
        Comprehension outermost = generators.get(0);
        CodeUnit.Kind outerKind = u.kind;
        int[] loc = u.saveLoc();
        enterScope(CodeUnit.Kind.COMPREHENSION, name, e, e.lineno, u.privateName);
        u.setLoc(e);
        boolean asyncGenerator = u.scope.isCoroutine();
        if (asyncGenerator && type != CompType.GENEXP && outerKind != CodeUnit.Kind.ASYNC_FUNCTION
                && outerKind != CodeUnit.Kind.COMPREHENSION) {
            throw error("asynchronous comprehension outside of an asynchronous function");
        }
        if (type != CompType.GENEXP) {
            emit(type == CompType.LISTCOMP ? BUILD_LIST : type == CompType.SETCOMP ? BUILD_SET : BUILD_MAP, 0);
        }
        comprehensionGenerator(generators, 0, 0, elt, val, type);
        if (type != CompType.GENEXP) {
            u.setLoc(e);
            emit(RETURN_VALUE);
        }
        PyCode code = exitScope(true);
        u.restoreLoc(loc);
        makeClosure(code, 0);
        expr(outermost.iter);
        emit(outermost.isAsync != 0 ? GET_AITER : GET_ITER);
        emit(CALL, 0);
        if (asyncGenerator && type != CompType.GENEXP) {
            emit(GET_AWAITABLE, 0);
            loadConst(PyNone.NONE);
            yieldFrom();
        }
    }

    private void comprehensionGenerator(List<Comprehension> generators, int index, int depth, Expr elt,
                                        Expr val, CompType type) {
        if (generators.get(index).isAsync != 0) {
            asyncComprehensionGenerator(generators, index, depth, elt, val, type);
        } else {
            syncComprehensionGenerator(generators, index, depth, elt, val, type);
        }
    }

    private void syncComprehensionGenerator(List<Comprehension> generators, int index, int depth, Expr elt,
                                            Expr val, CompType type) {
        int start = u.newLabel();
        int ifCleanup = u.newLabel();
        int anchor = u.newLabel();
        boolean loop = true;
        Comprehension gen = generators.get(index);
        if (index == 0) {
            u.argcount = 1;
            emit(LOAD_FAST, 0);
        } else {
            List<Expr> es = elts(gen.iter);
            if (es != null && es.size() == 1 && !(es.get(0) instanceof Expr.Starred)) {
                expr(es.get(0));
                loop = false;
            } else {
                iterable(gen.iter);
                emit(GET_ITER);
            }
        }
        if (loop) {
            depth++;
            u.bind(start);
            u.emitJump(FOR_ITER, anchor);
        }
        expr(gen.target);
        for (Expr cond : gen.ifs) {
            jumpIf(cond, ifCleanup, false);
        }
        if (++index < generators.size()) {
            comprehensionGenerator(generators, index, depth, elt, val, type);
        } else {
            comprehensionElement(depth, elt, val, type);
        }
        u.bind(ifCleanup);
        if (loop) {
            u.jump(start);
            u.bind(anchor);
        }
    }

    private void comprehensionElement(int depth, Expr elt, Expr val, CompType type) {
        switch (type) {
            case GENEXP:
                expr(elt);
                yieldValue();
                emit(POP_TOP);
                break;
            case LISTCOMP:
                expr(elt);
                emit(LIST_APPEND, depth + 1);
                break;
            case SETCOMP:
                expr(elt);
                emit(SET_ADD, depth + 1);
                break;
            default:
                expr(elt);
                expr(val);
                emit(MAP_ADD, depth + 1);
                break;
        }
    }

    private void asyncComprehensionGenerator(List<Comprehension> generators, int index, int depth, Expr elt,
                                             Expr val, CompType type) {
        int start = u.newLabel();
        int except = u.newLabel();
        int ifCleanup = u.newLabel();
        Comprehension gen = generators.get(index);
        if (index == 0) {
            u.argcount = 1;
            emit(LOAD_FAST, 0);
        } else {
            expr(gen.iter);
            emit(GET_AITER);
        }
        u.bind(start);
        pushFBlock(FBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start, -1, null);
        u.setupFinally(except);
        emit(GET_ANEXT);
        loadConst(PyNone.NONE);
        yieldFrom();
        u.popBlock();
        expr(gen.target);
        for (Expr cond : gen.ifs) {
            jumpIf(cond, ifCleanup, false);
        }
        depth++;
        if (++index < generators.size()) {
            comprehensionGenerator(generators, index, depth, elt, val, type);
        } else {
            comprehensionElement(depth, elt, val, type);
        }
        u.bind(ifCleanup);
        u.jump(start);
        popFBlock();
        u.bind(except);
        emit(END_ASYNC_FOR);
    }
}
