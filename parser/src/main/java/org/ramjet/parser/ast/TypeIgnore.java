// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;


/** The {@code type_ignore} node of the grammar. */
public final class TypeIgnore {
    public final int lineno;
    public final String tag;

    public TypeIgnore(int lineno, String tag) {
        this.lineno = lineno;
        this.tag = tag;
    }
}
