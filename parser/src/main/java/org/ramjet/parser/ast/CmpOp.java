// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;

/** One operator of a (possibly chained) {@code Compare}. */
public enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn
}
