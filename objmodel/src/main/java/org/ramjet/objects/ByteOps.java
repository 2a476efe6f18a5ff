package org.ramjet.objects;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The algorithms of the bytes-like methods on {@code (byte[], length)} ranges (find, count,
 * split, strip, replace, join, hex, case mapping), so that {@code bytearray} and {@code bytes}
 * can share them. Whitespace and case are ASCII-only, as in CPython.
 */
final class ByteOps {
    private ByteOps() {}

    /** The bytes of a bytes-like argument, or of a single int 0..255 when {@code intAllowed}. */
    static byte[] needle(PyObject x, boolean intAllowed) {
        if (intAllowed && Ints.isInt(x)) {
            long v = Ints.asLong(Numbers.index(x));
            if (v < 0 || v > 255) {
                throw PyErrors.valueError("byte must be in range(0, 256)");
            }
            return new byte[] {(byte) v};
        }
        if (!(x instanceof PyBytes || x instanceof PyByteArray
                || x instanceof PyValueInstance && ((PyValueInstance) x).value instanceof PyBytes)) {
            if (intAllowed) {
                throw PyErrors.typeError("argument should be integer or bytes-like object, not '%s'", x.type().getName());
            }
            throw PyErrors.typeError("a bytes-like object is required, not '%s'", x.type().getName());
        }
        return Bytes.asBytes(x);
    }

    static int find(byte[] h, int from, int to, byte[] n) {
        outer:
        for (int i = from; i + n.length <= to; i++) {
            for (int j = 0; j < n.length; j++) {
                if (h[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int rfind(byte[] h, int from, int to, byte[] n) {
        outer:
        for (int i = to - n.length; i >= from; i--) {
            for (int j = 0; j < n.length; j++) {
                if (h[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int count(byte[] h, int from, int to, byte[] n) {
        if (n.length == 0) {
            return Math.max(to - from, 0) + 1;
        }
        int c = 0;
        for (int i = find(h, from, to, n); i >= 0; i = find(h, i + n.length, to, n)) {
            c++;
        }
        return c;
    }

    /** start/end arguments clamped like slice bounds; [start, end). */
    static int[] range(PyObject start, PyObject end, int len) {
        long s = start == null || start == PyNone.NONE ? 0 : Sequences.sliceIndex(start);
        long e = end == null || end == PyNone.NONE ? len : Sequences.sliceIndex(end);
        if (s < 0) {
            s = Math.max(0, s + len);
        }
        if (e < 0) {
            e = Math.max(0, e + len);
        }
        return new int[] {(int) Math.min(s, len), (int) Math.min(e, len)};
    }

    static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
    }

    static byte[] strip(byte[] d, int len, PyObject chars, boolean left, boolean right) {
        byte[] set = chars == null || chars == PyNone.NONE ? null : Bytes.asBytes(chars);
        int s = 0, e = len;
        while (left && s < e && matches(d[s], set)) {
            s++;
        }
        while (right && e > s && matches(d[e - 1], set)) {
            e--;
        }
        return java.util.Arrays.copyOfRange(d, s, e);
    }

    private static boolean matches(byte b, byte[] set) {
        if (set == null) {
            return isSpace(b);
        }
        for (byte x : set) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    static List<byte[]> split(byte[] d, int len, PyObject sepArg, long maxsplit) {
        List<byte[]> out = new ArrayList<>();
        if (sepArg == null || sepArg == PyNone.NONE) {
            int i = 0;
            while (true) {
                while (i < len && isSpace(d[i])) {
                    i++;
                }
                if (i >= len) {
                    break;
                }
                if (maxsplit >= 0 && out.size() >= maxsplit) {
                    int e = len;
                    while (e > i && isSpace(d[e - 1])) {
                        e--;
                    }
                    out.add(java.util.Arrays.copyOfRange(d, i, e));
                    break;
                }
                int j = i;
                while (j < len && !isSpace(d[j])) {
                    j++;
                }
                out.add(java.util.Arrays.copyOfRange(d, i, j));
                i = j;
            }
            return out;
        }
        byte[] sep = Bytes.asBytes(sepArg);
        if (sep.length == 0) {
            throw PyErrors.valueError("empty separator");
        }
        int i = 0;
        while (maxsplit < 0 || out.size() < maxsplit) {
            int j = find(d, i, len, sep);
            if (j < 0) {
                break;
            }
            out.add(java.util.Arrays.copyOfRange(d, i, j));
            i = j + sep.length;
        }
        out.add(java.util.Arrays.copyOfRange(d, i, len));
        return out;
    }

    static byte[] replace(byte[] d, int len, byte[] old, byte[] rep, long count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(len);
        if (old.length == 0) {
            long n = 0;
            for (int i = 0; i <= len; i++) {
                if (count < 0 || n < count) {
                    out.write(rep, 0, rep.length);
                    n++;
                }
                if (i < len) {
                    out.write(d[i]);
                }
            }
            return out.toByteArray();
        }
        int i = 0;
        long n = 0;
        while (count < 0 || n < count) {
            int j = find(d, i, len, old);
            if (j < 0) {
                break;
            }
            out.write(d, i, j - i);
            out.write(rep, 0, rep.length);
            i = j + old.length;
            n++;
        }
        out.write(d, i, len - i);
        return out.toByteArray();
    }

    static byte[] join(byte[] sep, int sepLen, PyObject iterable) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject[] items = Iteration.toArray(iterable);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.write(sep, 0, sepLen);
            }
            PyObject x = items[i];
            if (!(x instanceof PyBytes || x instanceof PyByteArray
                    || x instanceof PyValueInstance && ((PyValueInstance) x).value instanceof PyBytes)) {
                throw PyErrors.typeError("sequence item %d: expected a bytes-like object, %s found", i, x.type().getName());
            }
            byte[] b = Bytes.asBytes(x);
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }

    static String hex(byte[] d, int len) {
        StringBuilder sb = new StringBuilder(len * 2);
        for (int i = 0; i < len; i++) {
            sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
        }
        return sb.toString();
    }

    static byte[] fromhex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            if (i + 1 >= n) {
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            int lo = Character.digit(s.charAt(i + 1), 16);
            if (lo < 0 || s.charAt(i + 1) > 127) {
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    static byte[] mapCase(byte[] d, int len, boolean upper) {
        byte[] out = java.util.Arrays.copyOf(d, len);
        for (int i = 0; i < len; i++) {
            byte b = out[i];
            if (upper && b >= 'a' && b <= 'z') {
                out[i] = (byte) (b - 32);
            } else if (!upper && b >= 'A' && b <= 'Z') {
                out[i] = (byte) (b + 32);
            }
        }
        return out;
    }
}
