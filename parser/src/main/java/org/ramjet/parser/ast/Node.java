// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;

/**
 * A node with a source range, as the {@code ast} module's {@code lineno}, {@code col_offset},
 * {@code end_lineno} and {@code end_col_offset}: lines are 1-based, columns are 0-based UTF-8
 * byte offsets into the line (CPython's convention). The parser sets them once.
 */
public abstract class Node {
    public int lineno;
    public int colOffset;
    public int endLineno;
    public int endColOffset;

    /** Sets the source range and returns this node. */
    @SuppressWarnings("unchecked")
    public <N extends Node> N at(int lineno, int colOffset, int endLineno, int endColOffset) {
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        return (N) this;
    }

    /** Copies the source range of {@code start} .. {@code end} and returns this node. */
    public <N extends Node> N span(Node start, Node end) {
        return at(start.lineno, start.colOffset, end.endLineno, end.endColOffset);
    }
}
