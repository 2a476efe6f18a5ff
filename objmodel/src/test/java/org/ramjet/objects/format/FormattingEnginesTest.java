package org.ramjet.objects.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code %} operator of str and bytes, and str.format / format_map, against CPython. */
class FormattingEnginesTest {

    @Test
    void strPercentFormattingMatchesCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("percent_str.jsonl")) {
            String fmt = (String) row.get(0);
            Object args = TestObjects.decode(row.get(1));
            m.check(StringRepr.repr(fmt) + " % " + TestObjects.repr(args), Fixtures.expected(row.get(2)),
                    Fixtures.outcome(() -> PercentFormat.format(fmt, args, TestObjects.HOST)));
        }
        m.assertNone();
    }

    @Test
    void bytesPercentFormattingMatchesCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("percent_bytes.jsonl")) {
            byte[] fmt = ((String) row.get(0)).getBytes(StandardCharsets.ISO_8859_1);
            Object args = TestObjects.decode(row.get(1));
            m.check(StringRepr.bytesRepr(fmt) + " % " + TestObjects.repr(args), Fixtures.expected(row.get(2)),
                    Fixtures.outcome(() -> new String(PercentFormat.formatBytes(fmt, args, TestObjects.HOST),
                            StandardCharsets.ISO_8859_1)));
        }
        m.assertNone();
    }

    @Test
    void randomConversionsMatchCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("percent_fuzz.jsonl.gz")) {
            String fmt = (String) row.get(0);
            Object args = TestObjects.decode(row.get(1));
            if (fmt.startsWith("bytes:")) {
                byte[] b = fmt.substring(6).getBytes(StandardCharsets.ISO_8859_1);
                m.check(fmt + " % " + TestObjects.repr(args), Fixtures.expected(row.get(2)),
                        Fixtures.outcome(() -> new String(PercentFormat.formatBytes(b, args, TestObjects.HOST),
                                StandardCharsets.ISO_8859_1)));
            } else {
                m.check(StringRepr.repr(fmt) + " % " + TestObjects.repr(args), Fixtures.expected(row.get(2)),
                        Fixtures.outcome(() -> PercentFormat.format(fmt, args, TestObjects.HOST)));
            }
        }
        m.assertNone();
    }

    @Test
    void strFormatMethodMatchesCPython() {
        Fixtures.Mismatches m = new Fixtures.Mismatches();
        for (List<Object> row : Fixtures.rows("str_dot_format.jsonl")) {
            String template = (String) row.get(0);
            Object kwargs = row.get(2) == null ? null : TestObjects.decode(row.get(2));
            if (row.get(1) == null) {
                m.check(StringRepr.repr(template) + ".format_map(" + TestObjects.repr(kwargs) + ")",
                        Fixtures.expected(row.get(3)),
                        Fixtures.outcome(() -> StrFormatMethod.formatMap(template, kwargs, TestObjects.HOST)));
                continue;
            }
            Object[] args = ((List<?>) TestObjects.decode(row.get(1))).toArray();
            m.check(StringRepr.repr(template) + ".format" + TestObjects.repr(new TestObjects.Tuple(args)) + " "
                    + (kwargs == null ? "" : TestObjects.repr(kwargs)), Fixtures.expected(row.get(3)),
                    Fixtures.outcome(() -> StrFormatMethod.format(template, args, kwargs, TestObjects.HOST)));
        }
        m.assertNone();
    }

    @Test
    void templatePartsAreExposedForTheObjectModel() {
        FormatTemplate t = new FormatTemplate("a{{b{0.x[k]!r:>{w}}c}}");
        t.next();
        assertEquals("a{", t.literal());
        assertEquals(false, t.hasField());
        t.next();
        assertEquals("b", t.literal());
        assertEquals("0.x[k]", t.fieldName());
        assertEquals('r', t.conversion());
        assertEquals(">{w}", t.formatSpec());
        assertEquals(true, t.formatSpecNeedsExpanding());
        t.next();
        assertEquals("c}", t.literal());
        assertEquals(false, t.next());
    }
}
