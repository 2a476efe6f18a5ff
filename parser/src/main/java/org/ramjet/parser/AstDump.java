package org.ramjet.parser;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ramjet.objects.PyBigInt;
import org.ramjet.objects.PyBool;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyComplex;
import org.ramjet.objects.PyEllipsis;
import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyNone;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.PyStr;
import org.ramjet.parser.ast.Node;

/**
 * Text of an AST exactly as Python's {@code ast.dump(tree)} prints it (one line, field names,
 * absent optional fields left out), optionally with the position attributes as
 * {@code ast.dump(tree, include_attributes=True)}. Used to compare trees with CPython's and for
 * debugging. Fields are found by reflection in declaration order, which follows the ASDL.
 */
public final class AstDump {
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    private AstDump() {}

    public static String dump(Object node) {
        return dump(node, false);
    }

    public static String dump(Object node, boolean includeAttributes) {
        StringBuilder sb = new StringBuilder();
        format(node, includeAttributes, sb);
        return sb.toString();
    }

    /** Appends the text of {@code value}; returns whether it was "simple" in ast.dump's sense. */
    private static boolean format(Object value, boolean attrs, StringBuilder sb) {
        if (value == null) {
            sb.append("None");
            return true;
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            if (list.isEmpty()) {
                sb.append("[]");
                return true;
            }
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                format(list.get(i), attrs, sb);
            }
            sb.append(']');
            return false;
        }
        if (value instanceof Enum) {
            sb.append(((Enum<?>) value).name()).append("()");
            return true;
        }
        if (value instanceof String) {
            sb.append(strRepr((String) value));
            return true;
        }
        if (value instanceof Integer) {
            sb.append(value);
            return true;
        }
        if (value instanceof PyObject) {
            sb.append(repr((PyObject) value));
            return true;
        }
        return formatNode(value, attrs, sb);
    }

    private static boolean formatNode(Object node, boolean attrs, StringBuilder sb) {
        sb.append(pythonName(node.getClass()));
        sb.append('(');
        boolean first = true;
        for (Field f : fields(node.getClass())) {
            Object v;
            try {
                v = f.get(node);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (v == null) {
                continue; // an absent optional field
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(snake(f.getName())).append('=');
            format(v, attrs, sb);
        }
        if (attrs && node instanceof Node && !(node instanceof org.ramjet.parser.ast.Mod)) {
            Node n = (Node) node;
            String pos = "lineno=" + n.lineno + ", col_offset=" + n.colOffset
                    + ", end_lineno=" + n.endLineno + ", end_col_offset=" + n.endColOffset;
            sb.append(first ? "" : ", ").append(pos);
        }
        sb.append(')');
        return false;
    }

    private static List<Field> fields(Class<?> c) {
        return FIELDS.computeIfAbsent(c, k -> {
            List<Field> out = new ArrayList<>();
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    out.add(f);
                }
            }
            return out;
        });
    }

    private static String pythonName(Class<?> c) {
        switch (c.getSimpleName()) {
            case "Arguments": return "arguments";
            case "Arg": return "arg";
            case "Keyword": return "keyword";
            case "Alias": return "alias";
            case "Comprehension": return "comprehension";
            case "MatchCase": return "match_case";
            case "WithItem": return "withitem";
            default: return c.getSimpleName();
        }
    }

    private static String snake(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Python's repr of a constant's value. */
    static String repr(PyObject v) {
        if (v instanceof PyStr) {
            return strRepr(((PyStr) v).value);
        }
        if (v instanceof PyInt || v instanceof PyBigInt) {
            return v.toString();
        }
        if (v instanceof PyBool) {
            return ((PyBool) v).value ? "True" : "False";
        }
        if (v == PyNone.NONE) {
            return "None";
        }
        if (v == PyEllipsis.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof PyFloat) {
            return floatRepr(((PyFloat) v).value);
        }
        if (v instanceof PyComplex) {
            PyComplex c = (PyComplex) v;
            String imag = floatRepr(c.imag);
            if (imag.endsWith(".0")) {
                imag = imag.substring(0, imag.length() - 2);
            }
            if (c.real == 0 && 1 / c.real > 0) {
                return imag + "j";
            }
            String real = floatRepr(c.real);
            if (real.endsWith(".0")) {
                real = real.substring(0, real.length() - 2);
            }
            return "(" + real + (c.imag >= 0 || Double.isNaN(c.imag) ? "+" : "") + imag + "j)";
        }
        if (v instanceof PyBytes) {
            return bytesRepr(((PyBytes) v).toByteArray());
        }
        throw new IllegalArgumentException("no repr for " + v.getClass().getSimpleName());
    }

    /** float.__repr__: shortest round-trip digits, exponent form outside [1e-4, 1e16). */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal bd = new BigDecimal(shortestDigits(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        if (exp < 0) {
            return sign + "0." + "0".repeat(-exp - 1) + digits;
        }
        if (digits.length() <= exp + 1) {
            return sign + digits + "0".repeat(exp + 1 - digits.length()) + ".0";
        }
        return sign + digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
    }

    /** The shortest decimal that reads back as {@code d} (Double.toString is not always shortest). */
    private static String shortestDigits(double d) {
        for (int precision = 1; precision < 17; precision++) {
            String s = String.format("%." + (precision - 1) + "e", d);
            if (Double.parseDouble(s) == d) {
                return s;
            }
        }
        return String.format("%.16e", d);
    }

    static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
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
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE:
            case Character.PRIVATE_USE: case Character.UNASSIGNED: case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR: case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    static String bytesRepr(byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
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
}
