package org.ramjet.objects;

/**
 * Python {@code str}: a sequence of code points, kept as a Java string (UTF-16). Length,
 * indexing and slicing count code points, also past the BMP; strings without surrogates (the
 * common case, found once and cached) index chars directly.
 */
public final class PyStr extends PyObject {
    public static final PyStr EMPTY = new PyStr("");

    public final String value;
    /** Cached hash; 0 means not computed yet. */
    private long hash;
    /** Cached code point count; -1 until computed. */
    private int cpLength = -1;

    private PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String value) {
        return value.isEmpty() ? EMPTY : new PyStr(value);
    }

    @Override
    public PyType type() {
        return StrType.TYPE;
    }

    /** The hash of a Java string as a str key (so dicts look up Java strings without allocating). */
    public static long hashOf(String s) {
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    public long hash() {
        long h = hash;
        if (h == 0) {
            h = hash = hashOf(value);
        }
        return h;
    }

    /** Number of code points: Python's {@code len}. */
    public int length() {
        int n = cpLength;
        if (n < 0) {
            n = cpLength = value.codePointCount(0, value.length());
        }
        return n;
    }

    /** True when every code point is one char (no surrogate pairs): char index = code point index. */
    public boolean isBmp() {
        return length() == value.length();
    }

    /** The char offset of code point index {@code i} (0 <= i <= length). */
    public int offsetOf(int i) {
        return isBmp() ? i : value.offsetByCodePoints(0, i);
    }

    /** The code point at index {@code i}. */
    public int codePointAt(int i) {
        return isBmp() ? value.charAt(i) : value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** Code points {@code [start, end)} as a Java string. */
    public String substring(int start, int end) {
        if (isBmp()) {
            return value.substring(start, end);
        }
        int s = value.offsetByCodePoints(0, start);
        int e = value.offsetByCodePoints(s, end - start);
        return value.substring(s, e);
    }

    @Override
    public String toString() {
        return value;
    }
}
