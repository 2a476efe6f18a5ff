// The Python 3.11 abstract syntax, node for node and field for field as in the `ast` module
// (field names in camelCase). Generated once from the grammar description; edit freely.
package org.ramjet.parser.ast;

import org.ramjet.objects.PyObject;

/** The {@code pattern} sum of the grammar: one nested class per constructor. */
public abstract class Pattern extends Node {
    private Pattern() {}

    public abstract <R> R accept(Visitor<R> visitor);

    public static final class MatchValue extends Pattern {
        public final Expr value;

        public MatchValue(Expr value) {
            this.value = value;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMatchValue(this);
        }
    }

    public static final class MatchSingleton extends Pattern {
        public final PyObject value;

        public MatchSingleton(PyObject value) {
            this.value = value;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMatchSingleton(this);
        }
    }

    public static final class MatchSequence extends Pattern {
        public final java.util.List<Pattern> patterns;

        public MatchSequence(java.util.List<Pattern> patterns) {
            this.patterns = patterns;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMatchSequence(this);
        }
    }

    public static final class MatchMapping extends Pattern {
        public final java.util.List<Expr> keys;
        public final java.util.List<Pattern> patterns;
        public final String rest; // optional: null when absent

        public MatchMapping(java.util.List<Expr> keys, java.util.List<Pattern> patterns, String rest) {
            this.keys = keys;
            this.patterns = patterns;
            this.rest = rest;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMatchMapping(this);
        }
    }

    public static final class MatchClass extends Pattern {
        public final Expr cls;
        public final java.util.List<Pattern> patterns;
        public final java.util.List<String> kwdAttrs;
        public final java.util.List<Pattern> kwdPatterns;

        public MatchClass(Expr cls, java.util.List<Pattern> patterns, java.util.List<String> kwdAttrs, java.util.List<Pattern> kwdPatterns) {
            this.cls = cls;
            this.patterns = patterns;
            this.kwdAttrs = kwdAttrs;
            this.kwdPatterns = kwdPatterns;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMatchClass(this);
        }
    }

    public static final class MatchStar extends Pattern {
        public final String name; // optional: null when absent

        public MatchStar(String name) {
            this.name = name;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMatchStar(this);
        }
    }

    public static final class MatchAs extends Pattern {
        public final Pattern pattern; // optional: null when absent
        public final String name; // optional: null when absent

        public MatchAs(Pattern pattern, String name) {
            this.pattern = pattern;
            this.name = name;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMatchAs(this);
        }
    }

    public static final class MatchOr extends Pattern {
        public final java.util.List<Pattern> patterns;

        public MatchOr(java.util.List<Pattern> patterns) {
            this.patterns = patterns;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMatchOr(this);
        }
    }
}
