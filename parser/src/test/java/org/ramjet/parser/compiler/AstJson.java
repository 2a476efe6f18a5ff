package org.ramjet.parser.compiler;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramjet.objects.*;
import org.ramjet.parser.ast.*;

/**
 * Test helper: reads the JSON that {@code tools/ast-json} writes from CPython's {@code ast}
 * module and builds Ramjet's AST from it, so compiler tests can run on real programs
 * independently of Ramjet's own parser. Nodes are built through their one constructor, whose
 * parameters follow the {@code ast} module's field order.
 */
final class AstJson {
    private static final Map<String, Class<?>> CLASSES = new HashMap<>();

    static {
        for (Class<?> outer : new Class<?>[] {Stmt.class, Expr.class, Pattern.class, Mod.class}) {
            for (Class<?> c : outer.getDeclaredClasses()) {
                CLASSES.putIfAbsent(c.getSimpleName(), c);
            }
        }
        CLASSES.put("Expr", Stmt.Expr.class);
        CLASSES.put("arguments", Arguments.class);
        CLASSES.put("arg", Arg.class);
        CLASSES.put("keyword", Keyword.class);
        CLASSES.put("alias", Alias.class);
        CLASSES.put("comprehension", Comprehension.class);
        CLASSES.put("ExceptHandler", ExceptHandler.class);
        CLASSES.put("match_case", MatchCase.class);
        CLASSES.put("withitem", WithItem.class);
        CLASSES.put("TypeIgnore", TypeIgnore.class);
    }

    private AstJson() {}

    static Mod.Module readModule(Path json) throws Exception {
        Object tree = new JsonReader(Files.readString(json)).value();
        return (Mod.Module) node(tree, Mod.Module.class);
    }

    @SuppressWarnings("unchecked")
    private static Object node(Object json, Type type) throws Exception {
        if (json == null) {
            return null;
        }
        if (json instanceof Map) {
            Map<String, Object> m = (Map<String, Object>) json;
            if (m.containsKey("_enum")) {
                return Enum.valueOf((Class<? extends Enum>) type, (String) m.get("_enum"));
            }
            if (m.containsKey("_const")) {
                return constant(m);
            }
            Class<?> c = CLASSES.get((String) m.get("_type"));
            if (c == null) {
                throw new IllegalArgumentException("unknown node " + m.get("_type"));
            }
            Constructor<?> ctor = c.getConstructors()[0];
            List<Object> fields = (List<Object>) m.get("_fields");
            Type[] ptypes = ctor.getGenericParameterTypes();
            Object[] args = new Object[ptypes.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = node(fields.get(i), ptypes[i]);
            }
            Object n = ctor.newInstance(args);
            List<Object> pos = (List<Object>) m.get("_pos");
            if (pos != null && n instanceof Node) {
                ((Node) n).at(num(pos.get(0)), num(pos.get(1)), num(pos.get(2)), num(pos.get(3)));
            }
            return n;
        }
        if (json instanceof List) {
            Type elem = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (Object o : (List<Object>) json) {
                out.add(node(o, elem));
            }
            return out;
        }
        if (json instanceof Long) {
            return (int) (long) (Long) json;
        }
        return json;
    }

    private static int num(Object o) {
        return o == null ? -1 : (int) (long) (Long) o;
    }

    @SuppressWarnings("unchecked")
    private static PyObject constant(Map<String, Object> m) {
        Object v = m.get("v");
        switch ((String) m.get("_const")) {
            case "None": return PyNone.NONE;
            case "Ellipsis": return PyEllipsis.ELLIPSIS;
            case "bool": return PyBool.of((Boolean) v);
            case "int": return PyInt.of(new BigInteger((String) v));
            case "float": return PyFloat.of(Double.parseDouble(hex((String) v)));
            case "complex": {
                List<Object> parts = (List<Object>) v;
                return PyComplex.of(Double.parseDouble(hex((String) parts.get(0))),
                        Double.parseDouble(hex((String) parts.get(1))));
            }
            case "str": {
                StringBuilder sb = new StringBuilder();
                for (Object cp : (List<Object>) v) {
                    sb.appendCodePoint((int) (long) (Long) cp);
                }
                return PyStr.of(sb.toString());
            }
            case "bytes": {
                List<Object> bs = (List<Object>) v;
                byte[] b = new byte[bs.size()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (long) (Long) bs.get(i);
                }
                return PyBytes.of(b);
            }
            case "tuple": {
                List<Object> items = (List<Object>) v;
                PyObject[] out = new PyObject[items.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = constant((Map<String, Object>) items.get(i));
                }
                return PyTuple.of(out);
            }
            default: throw new IllegalArgumentException(m.toString());
        }
    }

    /** Python's float.hex() spelling to Java's ("inf", "nan" included). */
    private static String hex(String s) {
        switch (s) {
            case "inf": return "Infinity";
            case "-inf": return "-Infinity";
            case "nan": return "NaN";
            default: return s;
        }
    }

    /** A minimal JSON reader: objects keep key order; numbers are Longs. */
    private static final class JsonReader {
        private final String s;
        private int i;

        JsonReader(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                Map<String, Object> m = new LinkedHashMap<>();
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String k = (String) value();
                    skip();
                    i++; // ':'
                    m.put(k, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            } else if (c == '[') {
                i++;
                List<Object> l = new ArrayList<>();
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (s.charAt(i) != '"') {
                    char ch = s.charAt(i++);
                    if (ch == '\\') {
                        char e = s.charAt(i++);
                        switch (e) {
                            case 'n': sb.append('\n'); break;
                            case 't': sb.append('\t'); break;
                            case 'r': sb.append('\r'); break;
                            case 'b': sb.append('\b'); break;
                            case 'f': sb.append('\f'); break;
                            case 'u': sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                            default: sb.append(e);
                        }
                    } else {
                        sb.append(ch);
                    }
                }
                i++;
                return sb.toString();
            } else if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            } else if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            } else if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return Long.parseLong(s.substring(start, i));
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
