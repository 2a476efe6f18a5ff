package org.ramjet.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameter list of a builtin, parsed from CPython's {@code __text_signature__} notation:
 * {@code "($self, index=-1, /)"}, {@code "($self, /, *, key=None, reverse=False)"},
 * {@code "(obj, /)"}, {@code "(*args)"}. Defaults are only documentation: an omitted optional
 * parameter reaches the Java function as {@code null}.
 *
 * <p>{@link #bind} fills a fixed-size array from a vectorcall and raises the TypeError CPython
 * raises for the builtin's calling convention ({@code takes no arguments},
 * {@code takes exactly one argument}, {@code expected at most N arguments}, ...).
 */
public final class Signature {
    final String text;
    /** All named parameters in order (positional ones first, then keyword-only). */
    final String[] names;
    final int posonly;
    /** Parameters that may be given by position (posonly included). */
    final int positional;
    /** Positional parameters without a default. */
    final int requiredPositional;
    final boolean[] hasDefault;
    final boolean varargs;
    final boolean varkw;

    private Signature(String text, String[] names, int posonly, int positional, boolean[] hasDefault,
                      boolean varargs, boolean varkw) {
        this.text = text;
        this.names = names;
        this.posonly = posonly;
        this.positional = positional;
        this.hasDefault = hasDefault;
        this.varargs = varargs;
        this.varkw = varkw;
        int req = 0;
        for (int i = 0; i < positional; i++) {
            if (!hasDefault[i]) {
                req = i + 1;
            }
        }
        this.requiredPositional = req;
    }

    /** Parses a text signature; {@code $self}/{@code $type}/{@code $module} is dropped. */
    public static Signature parse(String text) {
        String body = text.trim();
        if (!body.startsWith("(") || !body.endsWith(")")) {
            throw new IllegalArgumentException("bad text signature: " + text);
        }
        body = body.substring(1, body.length() - 1);
        List<String> names = new ArrayList<>();
        List<Boolean> defaults = new ArrayList<>();
        int posonly = 0;
        int positional = -1;
        boolean varargs = false, varkw = false;
        for (String raw : splitParams(body)) {
            String p = raw.trim();
            if (p.isEmpty() || p.startsWith("$")) {
                continue;
            }
            if (p.equals("/")) {
                posonly = names.size();
            } else if (p.equals("*")) {
                positional = names.size();
            } else if (p.startsWith("**")) {
                varkw = true;
            } else if (p.startsWith("*")) {
                varargs = true;
                positional = names.size();
            } else {
                int eq = p.indexOf('=');
                names.add(eq < 0 ? p : p.substring(0, eq).trim());
                defaults.add(eq >= 0);
            }
        }
        if (positional < 0) {
            positional = names.size();
        }
        boolean[] hd = new boolean[defaults.size()];
        for (int i = 0; i < hd.length; i++) {
            hd[i] = defaults.get(i);
        }
        return new Signature(text, names.toArray(new String[0]), posonly, positional, hd, varargs, varkw);
    }

    private static List<String> splitParams(String body) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        boolean quote = false;
        char q = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote) {
                if (c == q) {
                    quote = false;
                }
            } else if (c == '\'' || c == '"') {
                quote = true;
                q = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(body.substring(start, i));
                start = i + 1;
            }
        }
        out.add(body.substring(start));
        return out;
    }

    /** Number of named parameters: the arity of the Java function. */
    public int arity() {
        return names.length;
    }

    /** True when every parameter is positional-only (no keywords accepted). */
    boolean positionalOnly() {
        return posonly == names.length && !varkw;
    }

    /**
     * Binds a call to the named parameters; missing optional ones stay null. {@code name} is the
     * bare function name, {@code qualname} the one used by "takes no keyword arguments" messages
     * ("list.append").
     */
    public PyObject[] bind(String name, String qualname, PyObject[] args, int off, int npos, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int n = names.length;
        if (positionalOnly()) {
            if (nkw > 0) {
                throw PyErrors.typeError("%s() takes no keyword arguments", qualname);
            }
            if (npos < requiredPositional || npos > n) {
                throw arityError(name, qualname, npos);
            }
            PyObject[] out = new PyObject[n];
            System.arraycopy(args, off, out, 0, npos);
            return out;
        }
        if (npos > positional) {
            if (positional == 0) {
                throw PyErrors.typeError("%s() takes no positional arguments", name);
            }
            throw PyErrors.typeError("%s() takes %s %d argument%s (%d given)", name,
                    requiredPositional == positional ? "exactly" : "at most", positional,
                    positional == 1 ? "" : "s", npos);
        }
        PyObject[] out = new PyObject[n];
        System.arraycopy(args, off, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int i = indexOf(kw);
            if (i < 0 || i < posonly) {
                if (n - posonly == 1 && nkw == 1 && i < 0) {
                    throw PyErrors.typeError("'%s' is an invalid keyword argument for %s()", kw, name);
                }
                if (i < 0 && nkw > n - posonly && n > posonly) {
                    throw PyErrors.typeError("%s() takes at most %d keyword argument%s (%d given)", name,
                            n - posonly, n - posonly == 1 ? "" : "s", nkw);
                }
                throw PyErrors.typeError("'%s' is an invalid keyword argument for %s()", kw, name);
            }
            if (out[i] != null) {
                throw PyErrors.typeError("argument for %s() given by name ('%s') and position (%d)",
                        name, kw, i + 1);
            }
            out[i] = args[off + npos + k];
        }
        for (int i = 0; i < n; i++) {
            if (out[i] == null && !hasDefault[i]) {
                if (i < positional) {
                    throw PyErrors.typeError("%s() missing required argument '%s' (pos %d)", name, names[i], i + 1);
                }
                throw PyErrors.typeError("%s() missing required keyword-only argument '%s'", name, names[i]);
            }
        }
        return out;
    }

    /** The error for a wrong number of positional arguments to a positional-only builtin. */
    PyException arityError(String name, String qualname, int npos) {
        int n = names.length;
        if (n == 0) {
            return PyErrors.typeError("%s() takes no arguments (%d given)", qualname, npos);
        }
        if (n == 1 && requiredPositional == 1) {
            return PyErrors.typeError("%s() takes exactly one argument (%d given)", qualname, npos);
        }
        if (requiredPositional == n) {
            return PyErrors.typeError("%s expected %d argument%s, got %d", name, n, n == 1 ? "" : "s", npos);
        }
        if (npos < requiredPositional) {
            return PyErrors.typeError("%s expected at least %d argument%s, got %d", name, requiredPositional,
                    requiredPositional == 1 ? "" : "s", npos);
        }
        return PyErrors.typeError("%s expected at most %d argument%s, got %d", name, n, n == 1 ? "" : "s", npos);
    }

    private int indexOf(String kw) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(kw)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return text;
    }
}
