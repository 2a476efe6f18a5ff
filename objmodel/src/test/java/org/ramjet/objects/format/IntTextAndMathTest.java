package org.ramjet.objects.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** int parsing, str/bin/oct/hex, arithmetic helpers, bytes conversion and hashes against CPython. */
class IntTextAndMathTest {

    @Test
    void intParsingMatchesCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("int_parse.jsonl.gz")) {
            String s = (String) row.get(0);
            int base = ((Long) row.get(1)).intValue();
            m.check("int(" + StringRepr.truncateCodePoints(StringRepr.repr(s), 60) + ", " + base + ")",
                    Fixtures.expected(row.get(2)), Fixtures.outcome(() -> IntText.parse(s, base).toString()));
        }
        for (List<Object> row : Fixtures.rows("int_parse_bytes.jsonl")) {
            byte[] b = FloatTextTest.hexBytes((String) row.get(0));
            int base = ((Long) row.get(1)).intValue();
            m.check("int(" + StringRepr.bytesRepr(b) + ", " + base + ")", Fixtures.expected(row.get(2)),
                    Fixtures.outcome(() -> IntText.parseBytes(b, base).toString()));
        }
        m.assertNone();
    }

    @Test
    void parsedValuesUseLongWhenTheyFit() {
        assertEquals(Long.class, IntText.parse("9223372036854775807", 10).getClass());
        assertEquals(BigInteger.class, IntText.parse("9223372036854775808", 10).getClass());
        assertEquals(Long.class, IntText.parse("-9223372036854775808", 10).getClass());
    }

    @Test
    void hashesMatchCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        Object identity = new Object();
        for (List<Object> row : Fixtures.rows("hash.jsonl.gz")) {
            String kind = (String) row.get(0);
            String actual;
            if (kind.equals("int")) {
                BigInteger v = Fixtures.big(row.get(1));
                actual = Long.toString(NumericHash.hash(v));
                if (v.bitLength() < 64) {
                    m.check("hash(long " + v + ")", row.get(2), Long.toString(NumericHash.hash(v.longValue())));
                }
            } else if (kind.equals("float")) {
                actual = Long.toString(NumericHash.hash(Fixtures.dbl(row.get(1)), identity));
            } else {
                @SuppressWarnings("unchecked")
                List<Object> parts = (List<Object>) row.get(1);
                actual = Long.toString(NumericHash.hash(Fixtures.dbl(parts.get(0)), Fixtures.dbl(parts.get(1)), identity));
            }
            m.check("hash(" + kind + " " + row.get(1) + ")", row.get(2), actual);
        }
        m.assertNone();
    }

    @Test
    void nanHashesByIdentity() {
        Object a = new Object();
        Object b = new Object();
        assertEquals(NumericHash.hash(Double.NaN, a), NumericHash.hash(Double.NaN, a));
        // distinct objects almost surely differ; equal would still be legal, so only check stability
        NumericHash.hash(Double.NaN, b);
    }

    @Test
    void integerOperationsMatchCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("int_ops.jsonl.gz")) {
            String op = (String) row.get(0);
            @SuppressWarnings("unchecked")
            List<Object> args = (List<Object>) row.get(1);
            String what = op + " " + shortText(args);
            m.check(what, Fixtures.expected(row.get(2)), Fixtures.outcome(() -> run(op, args)));
            String small = runSmall(op, args);
            if (small != null) {
                m.check(what + " (long)", Fixtures.expected(row.get(2)), small);
            }
        }
        m.assertNone();
    }

    private static String shortText(Object args) {
        String s = String.valueOf(args);
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    @SuppressWarnings("unchecked")
    private static BigInteger bigArg(List<Object> args, int i) {
        return new BigInteger((String) ((Map<String, Object>) args.get(i)).get("int"));
    }

    @SuppressWarnings("unchecked")
    private static Object rawArg(List<Object> args, int i) {
        Object a = args.get(i);
        if (a instanceof Map) {
            Map<String, Object> map = (Map<String, Object>) a;
            if (map.containsKey("int")) {
                return new BigInteger((String) map.get("int"));
            }
            if (map.containsKey("float")) {
                return Fixtures.dbl(map.get("float"));
            }
            if (map.containsKey("bool")) {
                return map.get("bool");
            }
            if (map.containsKey("bytes")) {
                return FloatTextTest.hexBytes((String) map.get("bytes"));
            }
        }
        return a;
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xff));
        }
        return sb.toString();
    }

    private static Object run(String op, List<Object> args) {
        switch (op) {
            case "floordiv":
                return IntMath.floorDiv(bigArg(args, 0), bigArg(args, 1));
            case "mod":
                return IntMath.floorMod(bigArg(args, 0), bigArg(args, 1));
            case "divmod": {
                BigInteger[] qr = IntMath.divmod(bigArg(args, 0), bigArg(args, 1));
                return "[" + qr[0] + ", " + qr[1] + "]";
            }
            case "truediv":
                return Fixtures.bits(IntMath.trueDivide(bigArg(args, 0), bigArg(args, 1)));
            case "pow":
                return IntMath.powMod(bigArg(args, 0), bigArg(args, 1), bigArg(args, 2));
            case "float":
                return Fixtures.bits(IntMath.toDouble(bigArg(args, 0)));
            case "bit_length":
                return IntMath.bitLength(bigArg(args, 0));
            case "bit_count":
                return IntMath.bitCount(bigArg(args, 0));
            case "str":
                return IntText.toString(bigArg(args, 0));
            case "bin":
                return IntText.toBase(bigArg(args, 0), 2);
            case "oct":
                return IntText.toBase(bigArg(args, 0), 8);
            case "hex":
                return IntText.toBase(bigArg(args, 0), 16);
            case "hex_len":
                return IntText.toBase(bigArg(args, 0), 16).length();
            case "hash":
                return NumericHash.hash(bigArg(args, 0));
            case "round":
                return IntMath.round(bigArg(args, 0), bigArg(args, 1).longValue());
            case "to_bytes":
                return hex(IntBytes.toBytes(bigArg(args, 0), bigArg(args, 1).longValue(),
                        IntBytes.isLittleEndian((String) args.get(2)), (Boolean) rawArg(args, 3)));
            case "from_bytes":
                return IntBytes.fromBytes((byte[]) rawArg(args, 0), IntBytes.isLittleEndian((String) args.get(1)),
                        (Boolean) rawArg(args, 2)).toString();
            case "cmp": {
                int c = IntMath.compare((Double) rawArg(args, 0), bigArg(args, 1));
                return c == IntMath.UNORDERED ? "unordered" : c;
            }
            default:
                throw new AssertionError("unknown op " + op);
        }
    }

    /** The long-typed variants, where they exist and the operands fit. */
    private static String runSmall(String op, List<Object> args) {
        for (int i = 0; i < args.size(); i++) {
            Object a = rawArg(args, i);
            if (a instanceof BigInteger && ((BigInteger) a).bitLength() >= 64) {
                return null;
            }
        }
        switch (op) {
            case "floordiv":
                return Fixtures.outcome(() -> {
                    try {
                        return IntMath.floorDiv(bigArg(args, 0).longValue(), bigArg(args, 1).longValue());
                    } catch (ArithmeticException overflow) {
                        return IntMath.floorDiv(bigArg(args, 0), bigArg(args, 1));
                    }
                });
            case "mod":
                return Fixtures.outcome(() -> IntMath.floorMod(bigArg(args, 0).longValue(), bigArg(args, 1).longValue()));
            case "divmod":
                return Fixtures.outcome(() -> {
                    try {
                        long[] qr = IntMath.divmod(bigArg(args, 0).longValue(), bigArg(args, 1).longValue());
                        return "[" + qr[0] + ", " + qr[1] + "]";
                    } catch (ArithmeticException overflow) {
                        BigInteger[] qr = IntMath.divmod(bigArg(args, 0), bigArg(args, 1));
                        return "[" + qr[0] + ", " + qr[1] + "]";
                    }
                });
            case "truediv":
                return Fixtures.outcome(() -> Fixtures.bits(IntMath.trueDivide(bigArg(args, 0).longValue(),
                        bigArg(args, 1).longValue())));
            case "pow":
                return Fixtures.outcome(() -> IntMath.powMod(bigArg(args, 0).longValue(), bigArg(args, 1).longValue(),
                        bigArg(args, 2).longValue()));
            case "bit_length":
                return Fixtures.outcome(() -> IntMath.bitLength(bigArg(args, 0).longValue()));
            case "bit_count":
                return Fixtures.outcome(() -> IntMath.bitCount(bigArg(args, 0).longValue()));
            case "str":
                return Fixtures.outcome(() -> IntText.toString(bigArg(args, 0).longValue()));
            case "bin":
                return Fixtures.outcome(() -> IntText.toBase(bigArg(args, 0).longValue(), 2));
            case "hex":
                return Fixtures.outcome(() -> IntText.toBase(bigArg(args, 0).longValue(), 16));
            case "cmp":
                return Fixtures.outcome(() -> {
                    int c = IntMath.compare((Double) rawArg(args, 0), bigArg(args, 1).longValue());
                    return c == IntMath.UNORDERED ? "unordered" : c;
                });
            default:
                return null;
        }
    }
}
