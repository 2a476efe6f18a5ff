package org.ramjet.interp.traceback;

import org.ramjet.parser.Parser;
import org.ramjet.parser.ast.Expr;
import org.ramjet.parser.ast.Mod;
import org.ramjet.parser.ast.Stmt;
import org.ramjet.parser.lexer.SourceText;

/**
 * The caret anchors' parser: Ramjet's own parser on the source segment, as CPython's traceback
 * code parses the segment with its own. A segment that is not one expression statement has no
 * anchors.
 */
public final class ParsedSegments implements CaretLine.SegmentParser {
    public static final ParsedSegments INSTANCE = new ParsedSegments();

    private ParsedSegments() {}

    @Override
    public Expr parseExpressionStatement(String segment) {
        Mod.Module module;
        try {
            module = Parser.parseFile(SourceText.fromString("<segment>", segment));
        } catch (RuntimeException syntaxError) {
            return null;
        }
        if (module.body.size() != 1 || !(module.body.get(0) instanceof Stmt.Expr)) {
            return null;
        }
        return ((Stmt.Expr) module.body.get(0)).value;
    }
}
