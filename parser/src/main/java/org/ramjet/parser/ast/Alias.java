// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;


/** The {@code alias} node of the grammar. */
public final class Alias extends Node {
    public final String name;
    public final String asname; // optional: null when absent

    public Alias(String name, String asname) {
        this.name = name;
        this.asname = asname;
    }
}
