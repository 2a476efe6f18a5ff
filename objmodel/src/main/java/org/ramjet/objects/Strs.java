package org.ramjet.objects;

/** Helpers for any str object ({@link PyStr} or a subclass instance). */
public final class Strs {
    private Strs() {}

    /** Whether {@code o} is a str (including subclass instances). */
    public static boolean isStr(PyObject o) {
        return o instanceof PyStr || (o instanceof PyValueInstance && ((PyValueInstance) o).value instanceof PyStr);
    }

    /** The exact {@link PyStr} of a str object. */
    public static PyStr asPyStr(PyObject o) {
        if (o instanceof PyStr) {
            return (PyStr) o;
        }
        if (o instanceof PyValueInstance && ((PyValueInstance) o).value instanceof PyStr) {
            return (PyStr) ((PyValueInstance) o).value;
        }
        throw PyErrors.typeError("expected str instance, %s found", o.type().getName());
    }

    /** The Java string of a str object; TypeError otherwise. */
    public static String value(PyObject o) {
        return asPyStr(o).value;
    }

    /** Code point order (Java's compareTo orders UTF-16 units, which differs past U+D7FF). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
