package org.ramjet.objects.format;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tiny stand-in object model for the %-formatting and str.format tests: Python values decoded
 * from the fixtures' tagged JSON, and a {@link FormatHost} over them that behaves like CPython
 * for the types the fixtures use (int, bool, float, complex, str, bytes, bytearray, None, tuple,
 * list, dict, and a few small classes defined in the fixture generator).
 */
final class TestObjects {
    private TestObjects() {
    }

    /** A Python exception raised by the test host (KeyError, AttributeError...). */
    static final class PyError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String type;

        PyError(String type, String message) {
            super(message, null, false, false);
            this.type = type;
        }
    }

    record Complex(double re, double im) {
    }

    static final class Bytes {
        final byte[] data;
        final boolean mutable;

        Bytes(byte[] data, boolean mutable) {
            this.data = data;
            this.mutable = mutable;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes && Arrays.equals(data, ((Bytes) o).data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }
    }

    record Tuple(Object[] items) {
    }

    record Obj(String kind, Map<String, Object> fields) {
    }

    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    // ---------------------------------------------------------------------------------------
    // decoding

    @SuppressWarnings("unchecked")
    static Object decode(Object json) {
        if (json == null) {
            return NONE;
        }
        if (json instanceof String) {
            return json;
        }
        Map<String, Object> m = (Map<String, Object>) json;
        if (m.containsKey("bool")) {
            return m.get("bool");
        }
        if (m.containsKey("int")) {
            BigInteger v = new BigInteger((String) m.get("int"));
            return v.bitLength() < 64 ? (Object) v.longValue() : v;
        }
        if (m.containsKey("float")) {
            return Fixtures.dbl(m.get("float"));
        }
        if (m.containsKey("complex")) {
            List<Object> parts = (List<Object>) m.get("complex");
            return new Complex(Fixtures.dbl(parts.get(0)), Fixtures.dbl(parts.get(1)));
        }
        if (m.containsKey("bytes")) {
            return new Bytes(FloatTextTest.hexBytes((String) m.get("bytes")), false);
        }
        if (m.containsKey("bytearray")) {
            return new Bytes(FloatTextTest.hexBytes((String) m.get("bytearray")), true);
        }
        if (m.containsKey("tuple")) {
            return new Tuple(((List<Object>) m.get("tuple")).stream().map(TestObjects::decode).toArray());
        }
        if (m.containsKey("list")) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<Object>) m.get("list")) {
                out.add(decode(o));
            }
            return out;
        }
        if (m.containsKey("dict")) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Object pair : (List<Object>) m.get("dict")) {
                List<Object> kv = (List<Object>) pair;
                out.put(decode(kv.get(0)), decode(kv.get(1)));
            }
            return out;
        }
        if (m.containsKey("obj")) {
            Map<String, Object> fields = new LinkedHashMap<>();
            String kind = (String) m.get("obj");
            for (Map.Entry<String, Object> e : m.entrySet()) {
                if (e.getKey().equals("obj")) {
                    continue;
                }
                Object v = e.getValue();
                if (kind.equals("FloatOnly")) {
                    v = Fixtures.dbl(v);
                } else if (kind.equals("Point")) {
                    v = decode(v);
                }
                fields.put(e.getKey(), v);
            }
            return new Obj(kind, fields);
        }
        throw new IllegalArgumentException("cannot decode " + json);
    }

    // ---------------------------------------------------------------------------------------
    // the host

    static final FormatHost HOST = new FormatHost() {
        @Override
        public String typeName(Object o) {
            return TestObjects.typeName(o);
        }

        @Override
        public String str(Object o) {
            if (o instanceof String) {
                return (String) o;
            }
            if (o instanceof Obj && ((Obj) o).kind.equals("Named")) {
                return "str-of-Named";
            }
            return repr(o);
        }

        @Override
        public String repr(Object o) {
            return TestObjects.repr(o);
        }

        @Override
        public String format(Object o, String spec) {
            if (o instanceof Boolean) {
                return spec.isEmpty() ? str(o) : IntFormat.format((Boolean) o ? 1 : 0, spec, "bool");
            }
            if (o instanceof Long) {
                return IntFormat.format((Long) o, spec, "int");
            }
            if (o instanceof BigInteger) {
                return IntFormat.format((BigInteger) o, spec, "int");
            }
            if (o instanceof Double) {
                return FloatFormat.format((Double) o, spec, "float");
            }
            if (o instanceof Complex) {
                return ComplexFormat.format(((Complex) o).re, ((Complex) o).im, spec, "complex");
            }
            if (o instanceof String) {
                return StrFormat.format((String) o, spec, "str");
            }
            if (!spec.isEmpty()) {
                throw new PyError("TypeError", "unsupported format string passed to " + typeName(o) + ".__format__");
            }
            return str(o);
        }

        @Override
        public Object[] tupleItems(Object o) {
            return o instanceof Tuple ? ((Tuple) o).items : null;
        }

        @Override
        public boolean isMapping(Object o) {
            return o instanceof Map || o instanceof List || o instanceof Tuple || o instanceof String
                    || o instanceof Bytes;
        }

        @Override
        public Object getItem(Object container, Object key) {
            Object k = key instanceof byte[] ? new Bytes((byte[]) key, false) : key;
            if (container instanceof Map) {
                Map<?, ?> m = (Map<?, ?>) container;
                if (!m.containsKey(k)) {
                    throw new PyError("KeyError", repr(k));
                }
                return m.get(k);
            }
            if (container instanceof List || container instanceof Tuple) {
                Object[] items = container instanceof Tuple ? ((Tuple) container).items : ((List<?>) container).toArray();
                String name = typeName(container);
                if (!(k instanceof Long)) {
                    throw new PyError("TypeError", name + " indices must be integers or slices, not " + typeName(k));
                }
                long i = (Long) k;
                if (i < 0) {
                    i += items.length;
                }
                if (i < 0 || i >= items.length) {
                    throw new PyError("IndexError", name + " index out of range");
                }
                return items[(int) i];
            }
            throw new PyError("TypeError", "'" + typeName(container) + "' object is not subscriptable");
        }

        @Override
        public Object getAttr(Object o, String name) {
            if (o instanceof Complex && name.equals("real")) {
                return ((Complex) o).re;
            }
            if (o instanceof Complex && name.equals("imag")) {
                return ((Complex) o).im;
            }
            if (o instanceof Double && name.equals("real")) {
                return o;
            }
            if (o instanceof Double && name.equals("imag")) {
                return 0.0;
            }
            if (o instanceof Obj && ((Obj) o).fields.containsKey(name) && ((Obj) o).kind.equals("Point")) {
                return ((Obj) o).fields.get(name);
            }
            throw new PyError("AttributeError", "'" + typeName(o) + "' object has no attribute '" + name + "'");
        }

        @Override
        public String strValue(Object o) {
            return o instanceof String ? (String) o : null;
        }

        @Override
        public byte[] bytesValue(Object o) {
            return o instanceof Bytes ? ((Bytes) o).data : null;
        }

        @Override
        public Number intValue(Object o) {
            if (o instanceof Boolean) {
                return (Boolean) o ? 1L : 0L;
            }
            return o instanceof Long || o instanceof BigInteger ? (Number) o : null;
        }

        @Override
        public Number toInt(Object o) {
            Number n = intValue(o);
            if (n != null) {
                return n;
            }
            if (o instanceof Double) {
                return FloatMath.toInteger((Double) o);
            }
            if (o instanceof Obj && (((Obj) o).kind.equals("IndexOnly") || ((Obj) o).kind.equals("IntOnly"))) {
                return (Long) ((Obj) o).fields.get("v");
            }
            return null;
        }

        @Override
        public Number index(Object o) {
            Number n = intValue(o);
            if (n != null) {
                return n;
            }
            if (o instanceof Obj && ((Obj) o).kind.equals("IndexOnly")) {
                return (Long) ((Obj) o).fields.get("v");
            }
            return null;
        }

        @Override
        public double toDouble(Object o) {
            if (o instanceof Double) {
                return (Double) o;
            }
            Number n = intValue(o);
            if (n != null) {
                return n instanceof BigInteger ? IntMath.toDouble((BigInteger) n) : n.longValue();
            }
            if (o instanceof Obj && ((Obj) o).kind.equals("FloatOnly")) {
                return (Double) ((Obj) o).fields.get("v");
            }
            if (o instanceof Obj && ((Obj) o).kind.equals("IndexOnly")) {
                return (Long) ((Obj) o).fields.get("v");
            }
            throw new PyError("TypeError", "must be real number, not " + typeName(o));
        }

        @Override
        public byte[] toBytes(Object o) {
            if (o instanceof Bytes) {
                return ((Bytes) o).data;
            }
            if (o instanceof Obj && ((Obj) o).kind.equals("BytesAble")) {
                return "bb".getBytes(StandardCharsets.ISO_8859_1);
            }
            return null;
        }
    };

    static String typeName(Object o) {
        if (o == NONE) {
            return "NoneType";
        }
        if (o instanceof Boolean) {
            return "bool";
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return "int";
        }
        if (o instanceof Double) {
            return "float";
        }
        if (o instanceof Complex) {
            return "complex";
        }
        if (o instanceof String) {
            return "str";
        }
        if (o instanceof Bytes) {
            return ((Bytes) o).mutable ? "bytearray" : "bytes";
        }
        if (o instanceof Tuple) {
            return "tuple";
        }
        if (o instanceof List) {
            return "list";
        }
        if (o instanceof Map) {
            return "dict";
        }
        if (o instanceof Obj) {
            return ((Obj) o).kind;
        }
        throw new IllegalArgumentException(String.valueOf(o));
    }

    static String repr(Object o) {
        if (o == NONE) {
            return "None";
        }
        if (o instanceof Boolean) {
            return (Boolean) o ? "True" : "False";
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return o.toString();
        }
        if (o instanceof Double) {
            return FloatRepr.repr((Double) o);
        }
        if (o instanceof Complex) {
            return ComplexFormat.repr(((Complex) o).re, ((Complex) o).im);
        }
        if (o instanceof String) {
            return StringRepr.repr((String) o);
        }
        if (o instanceof Bytes) {
            String r = StringRepr.bytesRepr(((Bytes) o).data);
            return ((Bytes) o).mutable ? "bytearray(" + r + ")" : r;
        }
        if (o instanceof Tuple) {
            Object[] items = ((Tuple) o).items;
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(repr(items[i]));
            }
            return sb.append(items.length == 1 ? ",)" : ")").toString();
        }
        if (o instanceof List) {
            StringBuilder sb = new StringBuilder("[");
            List<?> l = (List<?>) o;
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(repr(l.get(i)));
            }
            return sb.append(']').toString();
        }
        if (o instanceof Map) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                sb.append(first ? "" : ", ").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
                first = false;
            }
            return sb.append('}').toString();
        }
        Obj obj = (Obj) o;
        switch (obj.kind) {
            case "IndexOnly":
            case "IntOnly":
                return obj.kind + "(" + obj.fields.get("v") + ")";
            case "FloatOnly":
                return "FloatOnly(" + FloatRepr.repr((Double) obj.fields.get("v")) + ")";
            case "Named":
                return "Named(\u00e9)";
            case "Point":
                return "Point(" + repr(obj.fields.get("x")) + ", " + repr(obj.fields.get("y")) + ")";
            case "BytesAble":
                return "BytesAble()";
            default:
                return "<" + obj.kind + ">";
        }
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
