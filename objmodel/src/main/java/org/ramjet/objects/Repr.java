package org.ramjet.objects;

import java.util.IdentityHashMap;

/**
 * {@code repr()} and {@code str()}, with the recursion guard containers use ({@code [[...]]}),
 * and CPython's "<... object at 0x...>" descriptions.
 */
public final class Repr {
    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> ACTIVE =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private Repr() {}

    /** {@code repr(o)} as a str object. */
    public static PyObject repr(PyObject o) {
        Slot.Unary r = o.type().repr;
        return r.apply(o);
    }

    /** {@code repr(o)} as a Java string. */
    public static String reprString(PyObject o) {
        if (o instanceof PyStr) {
            return StrType.repr(((PyStr) o).value);
        }
        if (o instanceof PyInt) {
            return Long.toString(((PyInt) o).value);
        }
        return Strs.value(repr(o));
    }

    /** {@code str(o)} as a str object. */
    public static PyObject str(PyObject o) {
        if (o instanceof PyStr) {
            return o;
        }
        Slot.Unary s = o.type().str;
        return s != null ? s.apply(o) : repr(o);
    }

    /** {@code str(o)} as a Java string. */
    public static String strString(PyObject o) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value;
        }
        if (o instanceof PyInt) {
            return Long.toString(((PyInt) o).value);
        }
        return Strs.value(str(o));
    }

    /** {@code ascii(o)}: repr with non-ASCII escaped. */
    public static String ascii(PyObject o) {
        String r = reprString(o);
        StringBuilder sb = new StringBuilder(r.length());
        for (int i = 0; i < r.length(); ) {
            int cp = r.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }

    /** The "address" in "at 0x..." texts: {@code hex(id(o))}, see {@link ObjectIds}. */
    public static String address(PyObject o) {
        return "0x" + Long.toHexString(ObjectIds.id(o));
    }

    /** "int object at 0x..." (for method-wrapper reprs and the like). */
    static String describe(PyObject o) {
        if (o instanceof PyType) {
            return "type object at " + address(o);
        }
        if (o instanceof PyModule) {
            return reprString(o);
        }
        return o.type().getName() + " object at " + address(o);
    }

    /** Default {@code object.__repr__}: {@code <__main__.Foo object at 0x...>}. */
    static String defaultRepr(PyObject o) {
        PyType t = o.type();
        String mod = t.moduleName();
        String name = mod == null || mod.equals("builtins") ? t.getQualname() : mod + "." + t.getQualname();
        return "<" + name + " object at " + address(o) + ">";
    }

    /** Enters a container's repr; false when it is already being printed (recursion). */
    public static boolean enter(PyObject o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    public static void leave(PyObject o) {
        ACTIVE.get().remove(o);
    }

    static String sequence(PyList l, String open, String close) {
        if (l.size == 0) {
            return open + close;
        }
        return sequence(l.items, l.size, l, open, close);
    }

    /** "[a, b, c]" with the recursion guard ("[...]"). */
    static String sequence(PyObject[] items, int n, PyObject owner, String open, String close) {
        if (n == 0) {
            return open + close;
        }
        if (!enter(owner)) {
            return open + "..." + close;
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(reprString(items[i]));
            }
            return sb.append(close).toString();
        } finally {
            leave(owner);
        }
    }

    static String dict(PyDict d) {
        if (d.size() == 0) {
            return "{}";
        }
        if (!enter(d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int p = d.nextPosition(0); p >= 0; p = d.nextPosition(p + 1)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(reprString(d.keyAt(p))).append(": ").append(reprString(d.valueAt(p)));
            }
            return sb.append('}').toString();
        } finally {
            leave(d);
        }
    }
}
