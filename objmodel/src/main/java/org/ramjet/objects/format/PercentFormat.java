package org.ramjet.objects.format;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The {@code %} operator of {@code str} and {@code bytes} (printf-style formatting), as CPython
 * 3.11 does it, including the order in which it consumes arguments and detects errors:
 * {@code '%5.2f %s %r %d %x %o %e %g %c %%' % args}, {@code %(name)s} with a mapping,
 * {@code *} width and precision, flags {@code - + space # 0}, and the length modifiers
 * {@code h l L}, which are ignored.
 *
 * <p>{@code args} is the right operand: a tuple supplies one item per conversion, a mapping
 * (that is not a tuple or string) supplies {@code %(key)} values, anything else is the single
 * value. Python objects are reached through the {@link FormatHost}.
 */
public final class PercentFormat {
    private PercentFormat() {
    }

    /** {@code fmt % args} for a {@code str}. */
    public static String format(String fmt, Object args, FormatHost host) {
        return new Engine(fmt, false, args, host).run();
    }

    /** {@code fmt % args} for {@code bytes} (and {@code bytearray}). */
    public static byte[] formatBytes(byte[] fmt, Object args, FormatHost host) {
        String text = new String(fmt, StandardCharsets.ISO_8859_1);
        return new Engine(text, true, args, host).run().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** One run over a format string; bytes are handled as Latin-1 text. */
    private static final class Engine {
        private final String fmt;
        private final boolean bytesMode;
        private final FormatHost host;
        private final StringBuilder out;
        private final Object dict;
        private Object args;
        private Object[] tuple;
        private int argLen;
        private int argIdx;

        // the conversion being parsed
        private int pos;
        private boolean exhausted;
        private int ch;
        private int flags;
        private long width;
        private int prec;

        Engine(String fmt, boolean bytesMode, Object args, FormatHost host) {
            this.fmt = fmt;
            this.bytesMode = bytesMode;
            this.host = host;
            this.out = new StringBuilder(fmt.length() + 16);
            this.args = args;
            this.tuple = host.tupleItems(args);
            if (tuple != null) {
                argLen = tuple.length;
                argIdx = 0;
            } else {
                argLen = -1;
                argIdx = -2;
            }
            boolean mapping = tuple == null && host.isMapping(args) && host.strValue(args) == null
                    && !(bytesMode && host.bytesValue(args) != null);
            this.dict = mapping ? args : null;
        }

        String run() {
            int n = fmt.length();
            while (pos < n) {
                int pct = fmt.indexOf('%', pos);
                if (pct < 0) {
                    out.append(fmt, pos, n);
                    break;
                }
                out.append(fmt, pos, pct);
                pos = pct + 1;
                conversion();
            }
            if (argIdx < argLen && dict == null) {
                throw FormatError.typeError("not all arguments converted during "
                        + (bytesMode ? "bytes" : "string") + " formatting");
            }
            return out.toString();
        }

        private Object nextArg() {
            if (argIdx < argLen) {
                int i = argIdx++;
                return argLen < 0 ? args : tuple[i];
            }
            throw FormatError.typeError("not enough arguments for format string");
        }

        /** Reads the next code point into {@code ch}; false (and exhausted) at the end. */
        private boolean read() {
            if (pos < fmt.length()) {
                ch = fmt.codePointAt(pos);
                pos += Character.charCount(ch);
                return true;
            }
            exhausted = true;
            return false;
        }

        private int peek() {
            return pos < fmt.length() ? fmt.codePointAt(pos) : 0;
        }

        private void conversion() {
            ch = peek();
            if (ch == '%') {
                out.append('%');
                pos++;
                return;
            }
            flags = 0;
            width = -1;
            prec = -1;
            exhausted = false;
            if (ch == '(') {
                mappingKey();
            }
            parseFlagsWidthPrecision();
            Object v = nextArg();
            String piece;
            boolean numeric = false;
            switch (ch) {
                case 's':
                case 'r':
                case 'a':
                case 'b':
                    if (ch == 'b' && !bytesMode) {
                        throw unsupported();
                    }
                    piece = text(v);
                    break;
                case 'i':
                case 'd':
                case 'u':
                case 'o':
                case 'x':
                case 'X':
                    piece = integer(v);
                    numeric = true;
                    break;
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G':
                    piece = floating(v);
                    numeric = true;
                    break;
                case 'c':
                    piece = character(v);
                    break;
                default:
                    throw unsupported();
            }
            emit(piece, numeric);
        }

        private void mappingKey() {
            if (dict == null) {
                throw FormatError.typeError("format requires a mapping");
            }
            pos++;
            int keyStart = pos;
            int depth = 1;
            while (depth > 0 && read()) {
                if (ch == ')') {
                    depth--;
                } else if (ch == '(') {
                    depth++;
                }
            }
            if (exhausted || depth > 0) {
                throw FormatError.valueError("incomplete format key");
            }
            String key = fmt.substring(keyStart, pos - 1);
            Object keyObject = bytesMode ? key.getBytes(StandardCharsets.ISO_8859_1) : key;
            args = host.getItem(dict, keyObject);
            tuple = null;
            argLen = -1;
            argIdx = -2;
        }

        private void parseFlagsWidthPrecision() {
            flagLoop:
            while (read()) {
                switch (ch) {
                    case '-': flags |= F_LJUST; continue;
                    case '+': flags |= F_SIGN; continue;
                    case ' ': flags |= F_BLANK; continue;
                    case '#': flags |= F_ALT; continue;
                    case '0': flags |= F_ZERO; continue;
                    default: break flagLoop;
                }
            }
            if (ch == '*') {
                Number w = starArgument();
                if (w instanceof BigInteger) {
                    throw FormatError.overflowError("Python int too large to convert to C ssize_t");
                }
                width = w.longValue();
                if (width < 0) {
                    flags |= F_LJUST;
                    width = width == Long.MIN_VALUE ? Long.MAX_VALUE : -width;
                }
                read();
            } else if (ch >= '0' && ch <= '9') {
                width = ch - '0';
                while (read()) {
                    if (ch < '0' || ch > '9') {
                        break;
                    }
                    int d = ch - '0';
                    if (width > (Long.MAX_VALUE - d) / 10) {
                        throw FormatError.valueError("width too big");
                    }
                    width = width * 10 + d;
                }
            }
            if (ch == '.') {
                prec = 0;
                read();
                if (ch == '*') {
                    Number p = starArgument();
                    if (p instanceof BigInteger || p.longValue() > Integer.MAX_VALUE
                            || p.longValue() < Integer.MIN_VALUE) {
                        throw FormatError.overflowError("Python int too large to convert to C int");
                    }
                    prec = Math.max(0, p.intValue());
                    read();
                } else if (ch >= '0' && ch <= '9') {
                    prec = ch - '0';
                    while (read()) {
                        if (ch < '0' || ch > '9') {
                            break;
                        }
                        int d = ch - '0';
                        if (prec > (Integer.MAX_VALUE - d) / 10) {
                            throw FormatError.valueError("precision too big");
                        }
                        prec = prec * 10 + d;
                    }
                }
            }
            if (!exhausted && (ch == 'h' || ch == 'l' || ch == 'L')) {
                read();
            }
            if (exhausted) {
                throw FormatError.valueError("incomplete format");
            }
        }

        private Number starArgument() {
            Number n = host.intValue(nextArg());
            if (n == null) {
                throw FormatError.typeError("* wants int");
            }
            return n;
        }

        private FormatError unsupported() {
            if (bytesMode && ch >= 0x80) {
                // CPython reads the byte as a signed char and then cannot print it
                return FormatError.overflowError("character argument not in range(0x110000)");
            }
            int index = fmt.codePointCount(0, pos) - 1;
            char shown = bytesMode || (ch >= 31 && ch <= 126) ? (char) ch : '?';
            return FormatError.valueError("unsupported format character '" + new String(Character.toChars(
                    bytesMode ? ch : shown)) + "' (0x" + Integer.toHexString(ch) + ") at index " + index);
        }

        /** %s %r %a (and %b for bytes). */
        private String text(Object v) {
            if (!bytesMode) {
                switch (ch) {
                    case 's': return host.str(v);
                    case 'r': return host.repr(v);
                    default: return StringRepr.escapeNonAscii(host.repr(v));
                }
            }
            if (ch == 'r' || ch == 'a') {
                return StringRepr.escapeNonAscii(host.repr(v));
            }
            byte[] b = host.toBytes(v);
            if (b == null) {
                String type = host.typeName(v);
                throw FormatError.typeError("%b requires a bytes-like object, or an object that implements "
                        + "__bytes__, not '" + (type.length() > 100 ? type.substring(0, 100) : type) + "'");
            }
            return new String(b, StandardCharsets.ISO_8859_1);
        }

        /** %d %i %u %o %x %X. */
        private String integer(Object v) {
            Number n = host.intValue(v);
            boolean indexOnly = ch == 'o' || ch == 'x' || ch == 'X';
            if (n == null) {
                n = indexOnly ? host.index(v) : host.toInt(v);
                if (n == null) {
                    int shown = bytesMode && ch == 'i' ? 'd' : ch;
                    throw FormatError.typeError("%" + (char) shown + " format: "
                            + (indexOnly ? "an integer" : "a real number") + " is required, not " + host.typeName(v));
                }
            }
            return formatLong(n, (flags & F_ALT) != 0, prec, ch);
        }

        /** %e %f %g and capitals. */
        private String floating(Object v) {
            double x;
            if (bytesMode) {
                try {
                    x = host.toDouble(v);
                } catch (RuntimeException e) {
                    throw FormatError.typeError("float argument required, not " + host.typeName(v));
                }
            } else {
                x = host.toDouble(v);
            }
            int p = prec < 0 ? 6 : prec;
            return DoubleToString.format(x, (char) ch, p, (flags & F_ALT) != 0 ? DoubleToString.ALT : 0);
        }

        /** %c. */
        private String character(Object v) {
            if (bytesMode) {
                byte[] b = host.bytesValue(v);
                if (b != null && b.length == 1) {
                    return String.valueOf((char) (b[0] & 0xff));
                }
                Number n = host.index(v);
                if (n == null) {
                    throw FormatError.typeError("%c requires an integer in range(256) or a single byte");
                }
                if (n instanceof BigInteger || n.longValue() < 0 || n.longValue() > 255) {
                    throw FormatError.overflowError("%c arg not in range(256)");
                }
                return String.valueOf((char) n.intValue());
            }
            String s = host.strValue(v);
            if (s != null) {
                if (s.codePointCount(0, s.length()) == 1) {
                    return s;
                }
                throw FormatError.typeError("%c requires int or char");
            }
            Number n = host.index(v);
            if (n == null) {
                throw FormatError.typeError("%c requires int or char");
            }
            if (n instanceof BigInteger || n.longValue() < 0 || n.longValue() > 0x10ffff) {
                throw FormatError.overflowError("%c arg not in range(0x110000)");
            }
            return new String(Character.toChars(n.intValue()));
        }

        /** Pads, signs and prefixes one converted piece into the output. */
        private void emit(String piece, boolean numeric) {
            boolean sign = numeric;
            int fill = sign && (flags & F_ZERO) != 0 ? '0' : ' ';
            long len = piece.codePointCount(0, piece.length());
            if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) == 0) {
                out.append(piece);
                return;
            }
            int[] cps = piece.codePoints().toArray();
            if ((ch == 's' || ch == 'r' || ch == 'a' || ch == 'b') && prec >= 0 && len > prec) {
                len = prec;
            }
            int index = 0;
            int signChar = 0;
            if (sign) {
                int first = cps.length > 0 ? cps[0] : 0;
                if (first == '-' || first == '+') {
                    signChar = first;
                    len--;
                    index++;
                } else if ((flags & F_SIGN) != 0) {
                    signChar = '+';
                } else if ((flags & F_BLANK) != 0) {
                    signChar = ' ';
                } else {
                    sign = false;
                }
            }
            long w = Math.max(width, len);
            if (w + out.length() > DoubleToString.MAX_LENGTH) {
                throw FormatError.memoryError();
            }
            boolean altPrefix = (flags & F_ALT) != 0 && (ch == 'o' || ch == 'x' || ch == 'X');
            if (sign) {
                if (fill != ' ') {
                    out.appendCodePoint(signChar);
                }
                if (w > len) {
                    w--;
                }
            }
            if (altPrefix) {
                if (fill != ' ') {
                    out.appendCodePoint(cps[index]).appendCodePoint(cps[index + 1]);
                    index += 2;
                }
                w = Math.max(0, w - 2);
                len -= 2;
            }
            if (w > len && (flags & F_LJUST) == 0) {
                NumberLayout.fill(out, fill, w - len);
                w = len;
            }
            if (fill == ' ') {
                if (sign) {
                    out.appendCodePoint(signChar);
                }
                if (altPrefix) {
                    out.appendCodePoint(cps[index]).appendCodePoint(cps[index + 1]);
                    index += 2;
                }
            }
            for (int i = 0; i < len; i++) {
                out.appendCodePoint(cps[index + i]);
            }
            if (w > len) {
                NumberLayout.fill(out, ' ', w - len);
            }
        }
    }

    /**
     * The digits of an integer for {@code %d %o %x %X}: sign, {@code 0o/0x} prefix when
     * {@code alt}, zeros up to {@code prec} digits, digits; {@code 'X'} upper-cases it all.
     */
    static String formatLong(Number n, boolean alt, int prec, int type) {
        if (prec > Integer.MAX_VALUE - 3) {
            throw FormatError.overflowError("precision too large");
        }
        int base = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        boolean negative;
        String digits;
        if (n instanceof BigInteger) {
            BigInteger b = (BigInteger) n;
            negative = b.signum() < 0;
            digits = IntText.absDigits(b, base);
        } else {
            long l = n.longValue();
            negative = l < 0;
            digits = IntText.absDigits(l, base);
        }
        if ((long) prec + 4 > DoubleToString.MAX_LENGTH) {
            throw FormatError.memoryError();
        }
        StringBuilder sb = new StringBuilder(Math.max(prec, digits.length()) + 3);
        if (negative) {
            sb.append('-');
        }
        if (alt && base != 10) {
            sb.append(IntText.prefix(base));
        }
        for (int i = digits.length(); i < prec; i++) {
            sb.append('0');
        }
        sb.append(digits);
        String s = sb.toString();
        return type == 'X' ? s.toUpperCase() : s;
    }
}
