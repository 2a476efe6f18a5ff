package org.ramjet.parser.scope;

import org.ramjet.parser.SyntaxErrorException;
import org.ramjet.parser.ast.Node;
import org.ramjet.parser.lexer.SourceText;

/**
 * Where compile-time errors of scope analysis and code generation point: the file name and,
 * when known, the source (for the error's text line). Offsets are the AST's UTF-8 byte columns
 * plus one, exactly what CPython 3.11 puts in {@code SyntaxError.offset} for errors raised by its
 * symbol table and compiler (unlike parser errors, these are not converted to characters).
 */
public final class ErrorContext {
    public final String filename;
    public final SourceText source;

    public ErrorContext(String filename, SourceText source) {
        this.filename = filename;
        this.source = source;
    }

    public SyntaxErrorException error(String msg, Node at) {
        return error(msg, at.lineno, at.colOffset, at.endLineno, at.endColOffset);
    }

    /** An error at one point with no end (CPython reports {@code __future__} errors so: one caret). */
    public SyntaxErrorException errorAtStart(String msg, Node at) {
        String text = source != null && at.lineno >= 1 && at.lineno <= source.lineCount() ? source.line(at.lineno) : null;
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename,
                at.lineno, at.colOffset + 1, at.lineno, 0, text);
    }

    /** An error spanning byte columns {@code col .. endCol} (0-based, as in the AST). */
    public SyntaxErrorException error(String msg, int line, int col, int endLine, int endCol) {
        String text = source != null && line >= 1 && line <= source.lineCount() ? source.line(line) : null;
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename,
                line, col + 1, endLine, endCol + 1, text);
    }
}
