package org.ramjet.objects.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Reads the CPython-generated fixtures under {@code src/test/resources/format/} (written by
 * {@code tools/gen-format-fixtures.py}) and compares results in the fixtures' encoding.
 */
final class Fixtures {
    private Fixtures() {
    }

    static List<String> lines(String name) {
        InputStream in = Fixtures.class.getResourceAsStream("/format/" + name);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + name + " (run tools/gen-format-fixtures.py)");
        }
        try (InputStream raw = name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
             BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each line of a JSON-lines fixture as a list. */
    @SuppressWarnings("unchecked")
    static List<List<Object>> rows(String name) {
        List<List<Object>> out = new ArrayList<>();
        for (String line : lines(name)) {
            out.add((List<Object>) Json.parse(line));
        }
        return out;
    }

    static double dbl(Object hexBits) {
        return Double.longBitsToDouble(Long.parseUnsignedLong((String) hexBits, 16));
    }

    static String bits(double x) {
        return String.format("%016x", Double.doubleToRawLongBits(x));
    }

    static BigInteger big(Object decimal) {
        return new BigInteger((String) decimal);
    }

    /**
     * Runs {@code f} and renders its outcome like the fixture's result object: the value
     * converted by {@code show}, or "ValueError: message".
     */
    static String outcome(Supplier<Object> f) {
        try {
            return "ok: " + f.get();
        } catch (FormatError e) {
            return e.kind.pythonName + ": " + e.getMessage();
        } catch (TestObjects.PyError e) {
            return e.type + ": " + e.getMessage();
        }
    }

    @SuppressWarnings("unchecked")
    static String expected(Object resultObject) {
        Map<String, Object> m = (Map<String, Object>) resultObject;
        if (m.containsKey("ok")) {
            return "ok: " + m.get("ok");
        }
        return m.get("err") + ": " + m.get("msg");
    }

    /** Collects mismatches so one run reports many, not just the first. */
    static final class Mismatches {
        private final List<String> items = new ArrayList<>();
        private int checked;

        void check(String what, Object expected, Object actual) {
            checked++;
            if (!String.valueOf(expected).equals(String.valueOf(actual))) {
                items.add(what + "\n      expected: " + expected + "\n      actual:   " + actual);
            }
        }

        void assertNone() {
            if (!items.isEmpty()) {
                StringBuilder sb = new StringBuilder(items.size() + " of " + checked + " cases differ from CPython:\n");
                for (int i = 0; i < Math.min(items.size(), 40); i++) {
                    sb.append("  ").append(items.get(i)).append('\n');
                }
                throw new AssertionError(sb.toString());
            }
            if (checked == 0) {
                throw new AssertionError("no cases checked");
            }
        }
    }
}
