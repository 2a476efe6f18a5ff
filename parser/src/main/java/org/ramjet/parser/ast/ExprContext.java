// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;

/** Whether a name, attribute, subscript, starred, list or tuple is read, assigned or deleted. */
public enum ExprContext {
    Load,
    Store,
    Del
}
