package org.ramjet.objects.format;

import java.util.List;
import org.junit.jupiter.api.Test;

class FloatFormatTest {

    @Test
    void randomPrecisionsMatchCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("float_precision_random.jsonl.gz")) {
            double x = Fixtures.dbl(row.get(0));
            String spec = (String) row.get(1);
            m.check(row.get(0) + " " + x + " '" + spec + "'", row.get(2), FloatFormat.format(x, spec, "float"));
        }
        m.assertNone();
    }

    @Test
    void formatSpecsMatchCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("float_format.jsonl.gz")) {
            double x = Fixtures.dbl(row.get(0));
            String spec = (String) row.get(1);
            m.check(x + " '" + spec + "'", Fixtures.expected(row.get(2)),
                    Fixtures.outcome(() -> FloatFormat.format(x, spec, "float")));
        }
        m.assertNone();
    }
}
