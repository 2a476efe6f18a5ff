// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;

/**
 * One method per constructor of the {@code mod}, {@code stmt}, {@code expr} and {@code pattern}
 * sums. The statement {@code Expr} is {@code visitExprStmt}.
 */
public interface Visitor<R> {
    R visitModule(Mod.Module node);
    R visitInteractive(Mod.Interactive node);
    R visitExpression(Mod.Expression node);
    R visitFunctionType(Mod.FunctionType node);
    R visitFunctionDef(Stmt.FunctionDef node);
    R visitAsyncFunctionDef(Stmt.AsyncFunctionDef node);
    R visitClassDef(Stmt.ClassDef node);
    R visitReturn(Stmt.Return node);
    R visitDelete(Stmt.Delete node);
    R visitAssign(Stmt.Assign node);
    R visitAugAssign(Stmt.AugAssign node);
    R visitAnnAssign(Stmt.AnnAssign node);
    R visitFor(Stmt.For node);
    R visitAsyncFor(Stmt.AsyncFor node);
    R visitWhile(Stmt.While node);
    R visitIf(Stmt.If node);
    R visitWith(Stmt.With node);
    R visitAsyncWith(Stmt.AsyncWith node);
    R visitMatch(Stmt.Match node);
    R visitRaise(Stmt.Raise node);
    R visitTry(Stmt.Try node);
    R visitTryStar(Stmt.TryStar node);
    R visitAssert(Stmt.Assert node);
    R visitImport(Stmt.Import node);
    R visitImportFrom(Stmt.ImportFrom node);
    R visitGlobal(Stmt.Global node);
    R visitNonlocal(Stmt.Nonlocal node);
    R visitExprStmt(Stmt.Expr node);
    R visitPass(Stmt.Pass node);
    R visitBreak(Stmt.Break node);
    R visitContinue(Stmt.Continue node);
    R visitBoolOp(Expr.BoolOp node);
    R visitNamedExpr(Expr.NamedExpr node);
    R visitBinOp(Expr.BinOp node);
    R visitUnaryOp(Expr.UnaryOp node);
    R visitLambda(Expr.Lambda node);
    R visitIfExp(Expr.IfExp node);
    R visitDict(Expr.Dict node);
    R visitSet(Expr.Set node);
    R visitListComp(Expr.ListComp node);
    R visitSetComp(Expr.SetComp node);
    R visitDictComp(Expr.DictComp node);
    R visitGeneratorExp(Expr.GeneratorExp node);
    R visitAwait(Expr.Await node);
    R visitYield(Expr.Yield node);
    R visitYieldFrom(Expr.YieldFrom node);
    R visitCompare(Expr.Compare node);
    R visitCall(Expr.Call node);
    R visitFormattedValue(Expr.FormattedValue node);
    R visitJoinedStr(Expr.JoinedStr node);
    R visitConstant(Expr.Constant node);
    R visitAttribute(Expr.Attribute node);
    R visitSubscript(Expr.Subscript node);
    R visitStarred(Expr.Starred node);
    R visitName(Expr.Name node);
    R visitList(Expr.List node);
    R visitTuple(Expr.Tuple node);
    R visitSlice(Expr.Slice node);
    R visitMatchValue(Pattern.MatchValue node);
    R visitMatchSingleton(Pattern.MatchSingleton node);
    R visitMatchSequence(Pattern.MatchSequence node);
    R visitMatchMapping(Pattern.MatchMapping node);
    R visitMatchClass(Pattern.MatchClass node);
    R visitMatchStar(Pattern.MatchStar node);
    R visitMatchAs(Pattern.MatchAs node);
    R visitMatchOr(Pattern.MatchOr node);
}
