package org.ramjet.launcher;

import java.util.List;
import java.util.Map;

/**
 * Ramjet's {@code -X} options: the tiering flags and the developer tools. Each is also read from
 * the Java system property {@code ramjet.<key>} (for embedding and JMH); the command line wins.
 * Unknown keys are ignored, as CPython ignores unknown {@code -X} options. {@code -X help}
 * prints this table.
 */
final class XOptions {
    record Option(String key, String defaultValue, String help) {}

    static final List<Option> ALL = List.of(
            new Option("tier", "0", "highest tier used: 0 = interpreter only (tiers 1 and 2 are not built yet)"),
            new Option("feedback", "off", "print each hot function's counters and type feedback at exit"),
            new Option("dis", "off", "print the disassembly of FILE's code objects instead of running it"),
            new Option("compile-only", "off", "check that FILE... compile; print the first error and exit 1"),
            new Option("help", "off", "print this list and exit"));

    private final Map<String, String> given;

    XOptions(Map<String, String> given) {
        this.given = given;
    }

    /** The value of {@code key}: from -X, else the system property, else the default. */
    String get(String key) {
        String v = given.get(key);
        if (v != null) {
            return v.isEmpty() ? "on" : v;
        }
        v = System.getProperty("ramjet." + key);
        if (v != null) {
            return v;
        }
        for (Option o : ALL) {
            if (o.key.equals(key)) {
                return o.defaultValue;
            }
        }
        throw new IllegalArgumentException("no such -X option: " + key);
    }

    boolean isOn(String key) {
        String v = get(key);
        return !(v.equals("off") || v.equals("0") || v.equals("false") || v.equals("no"));
    }

    int getInt(String key) throws UsageError {
        String v = get(key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageError("-X " + key + " expects an integer, got '" + v + "'");
        }
    }

    static String help() {
        StringBuilder sb = new StringBuilder("Ramjet -X options (also Java system properties ramjet.<key>):\n");
        for (Option o : ALL) {
            sb.append(String.format("  -X %-22s %s (default: %s)%n", o.key, o.help, o.defaultValue));
        }
        return sb.toString();
    }
}
