package org.ramjet.parser.lexer;

/**
 * UTF-8 decoding that keeps invalid bytes (Python's "surrogateescape": byte 0xXX becomes the
 * lone surrogate U+DCXX), and CPython's UnicodeDecodeError messages for them.
 *
 * <p>Why: when CPython compiles bytes declared (or defaulted, for {@code compile(bytes)}) as
 * UTF-8, its tokenizer passes the raw bytes through; an invalid byte fails only where something
 * decodes it: a string literal ("(unicode error) 'utf-8' codec can't decode byte 0xff in
 * position 0: invalid start byte", the position counted inside the literal), an identifier, and
 * nothing at all in a comment. Keeping the bytes in the text lets {@link Tokenizer} and
 * {@link StringLiterals} fail at the same places with the same positions.
 */
final class Utf8 {
    private Utf8() {
    }

    /** Whether {@code c} stands for an undecodable byte. */
    static boolean isEscapedByte(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    /** Decodes {@code b[from..to)}, turning each byte of an invalid sequence into U+DC80..U+DCFF. */
    static String decode(byte[] b, int from, int to) {
        char[] out = new char[to - from];
        int n = 0;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                out[n++] = (char) c;
                i++;
                continue;
            }
            int len = validSequenceLength(b, i, to);
            if (len == 0) {
                out[n++] = (char) (0xDC00 + c);
                i++;
                continue;
            }
            int cp;
            if (len == 2) {
                cp = ((c & 0x1F) << 6) | (b[i + 1] & 0x3F);
            } else if (len == 3) {
                cp = ((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
            } else {
                cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
            }
            if (cp >= 0x10000) {
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
            } else {
                out[n++] = (char) cp;
            }
            i += len;
        }
        return new String(out, 0, n);
    }

    /** Length of the valid UTF-8 sequence starting at {@code b[i]} (a non-ASCII byte), or 0. */
    static int validSequenceLength(byte[] b, int i, int to) {
        int c = b[i] & 0xFF;
        int need = expectedContinuations(c);
        if (need < 0) {
            return 0;
        }
        for (int k = 0; k < need; k++) {
            if (i + 1 + k >= to || !validContinuation(c, k, b[i + 1 + k] & 0xFF)) {
                return 0;
            }
        }
        return need + 1;
    }

    /** Continuation bytes a lead byte announces, or -1 for a byte that cannot start a sequence. */
    static int expectedContinuations(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 2;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 3;
        }
        return -1;
    }

    static boolean validContinuation(int lead, int index, int c) {
        if (index == 0) {
            if (lead == 0xE0) {
                return c >= 0xA0 && c <= 0xBF;
            }
            if (lead == 0xED) {
                return c >= 0x80 && c <= 0x9F;
            }
            if (lead == 0xF0) {
                return c >= 0x90 && c <= 0xBF;
            }
            if (lead == 0xF4) {
                return c >= 0x80 && c <= 0x8F;
            }
        }
        return c >= 0x80 && c <= 0xBF;
    }

    /** Index of the first byte in {@code b[from..to)} that starts no valid UTF-8 sequence, or -1. */
    static int firstInvalid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            if ((b[i] & 0xFF) < 0x80) {
                i++;
                continue;
            }
            int len = validSequenceLength(b, i, to);
            if (len == 0) {
                return i;
            }
            i += len;
        }
        return -1;
    }

    /**
     * CPython's UnicodeDecodeError text (without the "(unicode error) " prefix) for decoding
     * {@code b[from..to)}, whose first invalid sequence starts at {@code bad}; positions count from
     * {@code from}, and a sequence cut by {@code to} is "unexpected end of data".
     */
    static String errorMessage(byte[] b, int from, int to, int bad) {
        int lead = b[bad] & 0xFF;
        int need = expectedContinuations(lead);
        if (need < 0) {
            return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte",
                    lead, bad - from);
        }
        int i = bad + 1;
        for (int k = 0; k < need; k++, i++) {
            if (i >= to) {
                return range(b, bad, i, from, "unexpected end of data");
            }
            if (!validContinuation(lead, k, b[i] & 0xFF)) {
                break;
            }
        }
        return range(b, bad, i, from, "invalid continuation byte");
    }

    private static String range(byte[] b, int start, int end, int origin, String reason) {
        if (end - start <= 1) {
            return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[start] & 0xFF,
                    start - origin, reason);
        }
        return String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", start - origin,
                end - 1 - origin, reason);
    }

    /**
     * The bytes {@code s[from..to)} came from: UTF-8, with escaped bytes restored. Used to
     * describe a decoding error exactly as CPython sees the original bytes.
     */
    static byte[] originalBytes(String s, int from, int to) {
        byte[] out = new byte[(to - from) * 3];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (isEscapedByte(c)) {
                out[n++] = (byte) (c - 0xDC00);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Whether {@code s[from..to)} holds an escaped byte (a lone surrogate, not half of a pair). */
    static boolean hasEscapedByte(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isEscapedByte(s.charAt(i)) && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The UnicodeDecodeError text CPython gives when decoding {@code s[from..to)} as UTF-8, or
     * null when it holds no escaped byte.
     */
    static String decodeError(String s, int from, int to) {
        if (!hasEscapedByte(s, from, to)) {
            return null;
        }
        byte[] b = originalBytes(s, from, to);
        int bad = firstInvalid(b, 0, b.length);
        return bad < 0 ? null : errorMessage(b, 0, b.length, bad);
    }

    /**
     * As {@link #decodeError} for the escape-processing path, which decodes each run of
     * non-ASCII bytes separately: positions count from the start of the failing run.
     */
    static String decodeErrorByRuns(String s, int from, int to) {
        if (!hasEscapedByte(s, from, to)) {
            return null;
        }
        int i = from;
        while (i < to) {
            if (s.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < to && s.charAt(runEnd) >= 0x80) {
                runEnd++;
            }
            String msg = decodeError(s, i, runEnd);
            if (msg != null) {
                return msg;
            }
            i = runEnd;
        }
        return null;
    }
}
