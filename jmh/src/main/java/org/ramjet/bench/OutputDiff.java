package org.ramjet.bench;

import java.nio.charset.StandardCharsets;

/**
 * A one-line hint at where two outputs part: the first line that differs, both versions
 * shortened, so a WRONG cell can be understood without opening the files.
 */
public final class OutputDiff {
    private static final int SHOWN = 80;

    private OutputDiff() {}

    /** Describes the first difference between {@code expected} and {@code actual}; null when equal. */
    public static String firstDifference(byte[] expected, byte[] actual) {
        if (java.util.Arrays.equals(expected, actual)) {
            return null;
        }
        String[] a = lines(expected);
        String[] b = lines(actual);
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (!a[i].equals(b[i])) {
                return "line " + (i + 1) + ": expected " + shown(a[i]) + ", got " + shown(b[i]);
            }
        }
        if (a.length != b.length) {
            return a.length > b.length
                    ? "output ends early: expected line " + (n + 1) + " " + shown(a[n]) + ", got end of output"
                    : "extra output at line " + (n + 1) + ": " + shown(b[n]);
        }
        return "outputs differ in line endings or a final newline";
    }

    private static String[] lines(byte[] bytes) {
        if (bytes.length == 0) {
            return new String[0];
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.split("\n", -1);
    }

    private static String shown(String line) {
        String s = line.length() > SHOWN ? line.substring(0, SHOWN) + "..." : line;
        return "`" + s.replace("`", "'") + "`";
    }
}
