package org.ramjet.parser.compiler;

import java.math.BigDecimal;
import org.ramjet.bytecode.PyCode;
import org.ramjet.objects.*;

/**
 * Python's {@code repr()} of the constant types a code object can hold, for the disassembler
 * and compile-time error messages (the runtime has its own, complete implementations).
 */
public final class Reprs {
    private Reprs() {}

    public static String repr(PyObject v) {
        if (v instanceof PyStr) {
            return str(((PyStr) v).value);
        } else if (v instanceof PyBytes) {
            return bytes(((PyBytes) v).toByteArray());
        } else if (v instanceof PyFloat) {
            return floatRepr(((PyFloat) v).value);
        } else if (v instanceof PyComplex) {
            return complex((PyComplex) v);
        } else if (v instanceof PyTuple) {
            PyTuple t = (PyTuple) v;
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(t.get(i)));
            }
            if (t.size() == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        } else if (v instanceof PyCode) {
            PyCode c = (PyCode) v;
            return "<code object " + c.name + " at 0x" + Integer.toHexString(System.identityHashCode(c))
                    + ", file \"" + c.filename + "\", line " + c.firstLineno + ">";
        }
        return v.toString();
    }

    public static String str(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    public static String bytes(byte[] b) {
        boolean single = false, dbl = false;
        for (byte x : b) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** {@code repr(float)}: the shortest round-tripping digits, in CPython's layout. */
    public static String floatRepr(double d) {
        return formatFloat(d, true);
    }

    private static String formatFloat(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            String z = addDotZero ? "0.0" : "0";
            return (Double.doubleToRawLongBits(d) < 0 ? "-" : "") + z;
        }
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exp));
            if (e.length() < 2) {
                sb.append('0');
            }
            sb.append(e);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < decpt; i++) {
                sb.append('0');
            }
            if (addDotZero) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    private static String complex(PyComplex c) {
        String imag = formatFloat(c.imag, false);
        if (c.real == 0.0 && Double.doubleToRawLongBits(c.real) == 0) {
            return imag + "j";
        }
        String real = formatFloat(c.real, false);
        boolean neg = imag.startsWith("-");
        return "(" + real + (neg ? "" : "+") + imag + "j)";
    }
}
