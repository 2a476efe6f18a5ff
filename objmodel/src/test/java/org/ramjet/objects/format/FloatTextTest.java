package org.ramjet.objects.format;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** round(), float.hex/fromhex, float(str) and the float operations against CPython. */
class FloatTextTest {

    @Test
    void roundMatchesCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("round.jsonl.gz")) {
            double x = Fixtures.dbl(row.get(0));
            Object nd = row.get(1);
            String actual = nd == null
                    ? Fixtures.outcome(() -> FloatRounding.round(x).toString())
                    : Fixtures.outcome(() -> Fixtures.bits(FloatRounding.round(x, (Long) nd)));
            m.check("round(" + x + ", " + nd + ")", Fixtures.expected(row.get(2)), actual);
        }
        m.assertNone();
    }

    @Test
    void hexMatchesCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("float_hex.jsonl")) {
            double x = Fixtures.dbl(row.get(0));
            m.check("hex " + x, row.get(1), FloatHex.toHex(x));
            m.check("fromhex(hex) " + x, row.get(0), Fixtures.bits(FloatHex.fromHex((String) row.get(1))));
        }
        m.assertNone();
    }

    @Test
    void fromHexMatchesCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("float_fromhex.jsonl")) {
            String s = (String) row.get(0);
            m.check("fromhex " + StringRepr.repr(s), Fixtures.expected(row.get(1)),
                    Fixtures.outcome(() -> canonical(FloatHex.fromHex(s))));
        }
        m.assertNone();
    }

    @Test
    void floatParsingMatchesCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("float_parse.jsonl.gz")) {
            String s = (String) row.get(0);
            m.check("float(" + StringRepr.repr(s) + ")", Fixtures.expected(row.get(1)),
                    Fixtures.outcome(() -> canonical(FloatParser.parse(s))));
        }
        for (List<Object> row : Fixtures.rows("float_parse_bytes.jsonl")) {
            byte[] b = hexBytes((String) row.get(0));
            m.check("float(" + StringRepr.bytesRepr(b) + ")", Fixtures.expected(row.get(1)),
                    Fixtures.outcome(() -> canonical(FloatParser.parseBytes(b))));
        }
        m.assertNone();
    }

    @Test
    void complexParsingMatchesCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("complex_parse.jsonl")) {
            String s = (String) row.get(0);
            m.check("complex(" + StringRepr.repr(s) + ")", Fixtures.expected(row.get(1)), Fixtures.outcome(() -> {
                double[] z = ComplexParser.parse(s);
                return "[" + Fixtures.bits(z[0]) + ", " + Fixtures.bits(z[1]) + "]";
            }));
        }
        m.assertNone();
    }

    /** NaNs compare by their bits in the fixtures; CPython's are the quiet NaN with the parsed sign. */
    private static String canonical(double x) {
        return Fixtures.bits(x);
    }

    static byte[] hexBytes(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    @Test
    void floatOperationsMatchCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("float_ops.jsonl.gz")) {
            String op = (String) row.get(0);
            @SuppressWarnings("unchecked")
            List<Object> args = (List<Object>) row.get(1);
            double x = Fixtures.dbl(args.get(0));
            double y = args.size() > 1 ? Fixtures.dbl(args.get(1)) : 0;
            String actual;
            switch (op) {
                case "ratio":
                    actual = Fixtures.outcome(() -> {
                        BigInteger[] r = FloatMath.asIntegerRatio(x);
                        return "[" + r[0] + ", " + r[1] + "]";
                    });
                    break;
                case "int":
                    actual = Fixtures.outcome(() -> FloatMath.toInteger(x).toString());
                    break;
                case "floordiv":
                    actual = Fixtures.outcome(() -> Fixtures.bits(FloatMath.floorDiv(x, y)));
                    break;
                case "mod":
                    actual = Fixtures.outcome(() -> Fixtures.bits(FloatMath.mod(x, y)));
                    break;
                default:
                    actual = Fixtures.outcome(() -> {
                        double[] r = FloatMath.divmod(x, y);
                        return "[" + Fixtures.bits(r[0]) + ", " + Fixtures.bits(r[1]) + "]";
                    });
            }
            m.check(op + " " + args, Fixtures.expected(row.get(2)), actual);
        }
        m.assertNone();
    }
}
