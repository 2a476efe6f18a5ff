package org.ramjet.parser;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ramjet.objects.PyObject;
import org.ramjet.objects.Repr;
import org.ramjet.objects.format.StringRepr;
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
            sb.append(StringRepr.repr((String) value));
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

    /** Python's repr of a constant's value: the object model's own repr. */
    static String repr(PyObject v) {
        return Repr.reprString(v);
    }
}
