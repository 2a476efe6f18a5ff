package org.ramjet.objects.format;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code format(value, spec)} for int, bool, str and complex against CPython. */
class TypeFormatTest {

    @Test
    void intFormatMatchesCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("int_format.jsonl.gz")) {
            BigInteger v = Fixtures.big(row.get(0));
            String type = (String) row.get(1);
            String spec = (String) row.get(2);
            m.check(v + " '" + spec + "'", Fixtures.expected(row.get(3)),
                    Fixtures.outcome(() -> IntFormat.format(v, spec, type)));
            if (v.bitLength() < 64) {
                m.check(v + " (long) '" + spec + "'", Fixtures.expected(row.get(3)),
                        Fixtures.outcome(() -> IntFormat.format(v.longValue(), spec, type)));
            }
        }
        m.assertNone();
    }

    @Test
    void strFormatMatchesCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("str_format.jsonl")) {
            String v = (String) row.get(0);
            String spec = (String) row.get(1);
            m.check("'" + v + "' '" + spec + "'", Fixtures.expected(row.get(2)),
                    Fixtures.outcome(() -> StrFormat.format(v, spec, "str")));
        }
        m.assertNone();
    }

    @Test
    void complexFormatAndReprMatchCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("complex_format.jsonl")) {
            double re = Fixtures.dbl(row.get(0));
            double im = Fixtures.dbl(row.get(1));
            String spec = (String) row.get(2);
            if (spec.equals("repr")) {
                m.check("repr " + re + "," + im, row.get(3), ComplexFormat.repr(re, im));
            } else {
                m.check(re + "," + im + " '" + spec + "'", Fixtures.expected(row.get(3)),
                        Fixtures.outcome(() -> ComplexFormat.format(re, im, spec, "complex")));
            }
        }
        m.assertNone();
    }

    @Test
    void randomSpecsMatchCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("spec_fuzz.jsonl.gz")) {
            String kind = (String) row.get(0);
            String spec = (String) row.get(2);
            Object v = row.get(1);
            String actual;
            switch (kind) {
                case "int":
                    actual = Fixtures.outcome(() -> IntFormat.format(new BigInteger((String) v), spec, "int"));
                    break;
                case "float":
                    actual = Fixtures.outcome(() -> FloatFormat.format(Fixtures.dbl(v), spec, "float"));
                    break;
                case "str":
                    actual = Fixtures.outcome(() -> StrFormat.format((String) v, spec, "str"));
                    break;
                default:
                    List<?> parts = (List<?>) v;
                    actual = Fixtures.outcome(() -> ComplexFormat.format(Fixtures.dbl(parts.get(0)),
                            Fixtures.dbl(parts.get(1)), spec, "complex"));
            }
            m.check(kind + " " + v + " '" + spec + "'", Fixtures.expected(row.get(3)), actual);
        }
        m.assertNone();
    }
}
