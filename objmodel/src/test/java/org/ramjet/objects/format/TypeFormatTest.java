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
}
