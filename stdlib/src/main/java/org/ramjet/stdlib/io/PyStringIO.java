package org.ramjet.stdlib.io;

import org.ramjet.objects.PyErrors;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.objects.PyType;

/**
 * {@code io.StringIO}: an in-memory text file. Positions are offsets in the text. The newline
 * argument works as CPython's: {@code None} translates line endings to {@code '\n'} on
 * write, {@code '\r'}/{@code '\r\n'} translate {@code '\n'} to themselves, {@code ''} and the
 * default {@code '\n'} keep the text as written.
 */
public final class PyStringIO extends IoBase {
    final StringBuilder buf = new StringBuilder();
    int pos;
    String newline = "\n";

    public PyStringIO(PyType type) {
        super(type);
    }

    void init(String initial, String newline) {
        this.newline = newline;
        buf.setLength(0);
        pos = 0;
        if (initial != null && !initial.isEmpty()) {
            write(initial);
            pos = 0;
        }
    }

    /** StringIO's own message has no final period. */
    void checkOpen() {
        if (closed) {
            throw PyErrors.valueError("I/O operation on closed file");
        }
    }

    @Override
    public boolean readable() {
        checkOpen();
        return true;
    }

    @Override
    public boolean writable() {
        checkOpen();
        return true;
    }

    @Override
    public boolean seekable() {
        checkOpen();
        return true;
    }

    @Override
    public void close() {
        closed = true;
    }

    public String getValue() {
        checkOpen();
        return buf.toString();
    }

    public int write(String s) {
        checkOpen();
        int n = s.codePointCount(0, s.length());
        String t = s;
        if (newline == null) {
            t = t.replace("\r\n", "\n").replace('\r', '\n');
        } else if (newline.equals("\r") || newline.equals("\r\n")) {
            t = t.replace("\n", newline);
        }
        if (t.isEmpty()) {
            return n;
        }
        while (buf.length() < pos) {
            buf.append('\0');
        }
        int end = Math.min(buf.length(), pos + t.length());
        buf.replace(pos, end, t);
        pos += t.length();
        return n;
    }

    public String read(long size) {
        checkOpen();
        if (pos >= buf.length()) {
            return "";
        }
        int end = size < 0 ? buf.length() : (int) Math.min(buf.length(), pos + size);
        String s = buf.substring(pos, end);
        pos = end;
        return s;
    }

    @Override
    public PyObject readline(long limit) {
        return PyStr.of(readLine(limit));
    }

    public String readLine(long limit) {
        checkOpen();
        int n = buf.length();
        if (pos >= n) {
            return "";
        }
        int max = limit < 0 ? n : (int) Math.min(n, pos + limit);
        int i = pos;
        int end = -1;
        while (i < max) {
            char c = buf.charAt(i);
            if (newline == null || newline.equals("\n")) {
                if (c == '\n') {
                    end = i + 1;
                    break;
                }
            } else if (newline.isEmpty()) {
                if (c == '\n') {
                    end = i + 1;
                    break;
                }
                if (c == '\r') {
                    end = i + 1 < n && buf.charAt(i + 1) == '\n' && i + 1 < max ? i + 2 : i + 1;
                    break;
                }
            } else if (newline.equals("\r")) {
                if (c == '\r') {
                    end = i + 1;
                    break;
                }
            } else if (c == '\r' && i + 1 < max && buf.charAt(i + 1) == '\n') {
                end = i + 2;
                break;
            }
            i++;
        }
        if (end < 0) {
            end = max;
        }
        String s = buf.substring(pos, end);
        pos = end;
        return s;
    }

    public long seek(long p, int whence) {
        checkOpen();
        switch (whence) {
            case 0:
                if (p < 0) {
                    throw PyErrors.valueError("Negative seek position %d", p);
                }
                pos = (int) Math.min(p, Integer.MAX_VALUE);
                return pos;
            case 1:
                if (p != 0) {
                    throw org.ramjet.objects.PyErrors.of(org.ramjet.objects.PyExc.OSError, "Can't do nonzero cur-relative seeks");
                }
                return pos;
            case 2:
                if (p != 0) {
                    throw org.ramjet.objects.PyErrors.of(org.ramjet.objects.PyExc.OSError, "Can't do nonzero end-relative seeks");
                }
                pos = buf.length();
                return pos;
            default:
                throw PyErrors.valueError("Invalid whence (%d, should be 0, 1 or 2)", whence);
        }
    }

    public long truncate(long size) {
        checkOpen();
        if (size < 0) {
            throw PyErrors.valueError("Negative size value %d", size);
        }
        if (size < buf.length()) {
            buf.setLength((int) size);
        }
        return size;
    }
}
