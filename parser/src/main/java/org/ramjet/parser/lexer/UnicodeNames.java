package org.ramjet.parser.lexer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Looks up the character a {@code \N{NAME}} escape names, as CPython's unicodedata does:
 * case-insensitive Unicode names (Java's table), the name aliases of NameAliases.txt (a
 * resource; Java does not know most of them, e.g. {@code LINE FEED}), and the algorithmic names
 * {@code CJK UNIFIED IDEOGRAPH-XXXX} and {@code HANGUL SYLLABLE ...}. Java's own extensions
 * (Unicode 1.0 control names such as {@code LINE FEED (LF)}, block-name fallbacks, trimming of
 * spaces) are refused because CPython refuses them.
 */
public final class UnicodeNames {
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J",
        "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private static volatile Map<String, Integer> aliases;

    private UnicodeNames() {
    }

    /** The code point named {@code name}, or -1 when CPython 3.11 would not know the name. */
    public static int lookup(String name) {
        if (name.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '-';
            if (!ok) {
                return -1;
            }
        }
        if (name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') {
            return -1;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        int cp = algorithmic(upper);
        if (cp >= 0) {
            return cp;
        }
        Integer alias = aliases().get(upper);
        if (alias != null) {
            return alias;
        }
        try {
            cp = Character.codePointOf(upper);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        // Java also answers Unicode 1.0 names of controls and "BLOCK NAME XXXX" forms
        if (Character.getType(cp) == Character.CONTROL || !upper.equals(Character.getName(cp))) {
            return -1;
        }
        if (isSynthesizedJavaName(cp, upper)) {
            return -1;
        }
        return cp;
    }

    private static boolean isSynthesizedJavaName(int cp, String name) {
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        return name.endsWith(" " + hex) && Character.UnicodeBlock.of(cp) != null
                && name.equals(Character.UnicodeBlock.of(cp).toString().replace('_', ' ') + " " + hex);
    }

    private static int algorithmic(String name) {
        final String cjk = "CJK UNIFIED IDEOGRAPH-";
        if (name.startsWith(cjk)) {
            String hex = name.substring(cjk.length());
            if (hex.length() < 4 || hex.length() > 5) {
                return -1;
            }
            int cp;
            try {
                cp = Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                return -1;
            }
            return isUnifiedIdeograph(cp) ? cp : -1;
        }
        final String hangul = "HANGUL SYLLABLE ";
        if (name.startsWith(hangul)) {
            return hangulSyllable(name.substring(hangul.length()));
        }
        return -1;
    }

    /** The CJK unified ideograph ranges of Unicode 14 (CPython 3.11's database). */
    private static boolean isUnifiedIdeograph(int cp) {
        return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B738) || (cp >= 0x2B740 && cp <= 0x2B81D)
                || (cp >= 0x2B820 && cp <= 0x2CEA1) || (cp >= 0x2CEB0 && cp <= 0x2EBE0)
                || (cp >= 0x30000 && cp <= 0x3134A);
    }

    /** Hangul syllable names are composed from jamo short names (Unicode chapter 3.12). */
    private static int hangulSyllable(String rest) {
        for (int l = 0; l < JAMO_L.length; l++) {
            if (!rest.startsWith(JAMO_L[l])) {
                continue;
            }
            String afterL = rest.substring(JAMO_L[l].length());
            for (int v = 0; v < JAMO_V.length; v++) {
                if (!afterL.startsWith(JAMO_V[v])) {
                    continue;
                }
                String afterV = afterL.substring(JAMO_V[v].length());
                for (int t = 0; t < JAMO_T.length; t++) {
                    if (afterV.equals(JAMO_T[t])) {
                        return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
                    }
                }
            }
        }
        return -1;
    }

    private static Map<String, Integer> aliases() {
        Map<String, Integer> m = aliases;
        if (m == null) {
            m = loadAliases();
            aliases = m;
        }
        return m;
    }

    private static Map<String, Integer> loadAliases() {
        Map<String, Integer> m = new HashMap<>();
        try (InputStream in = UnicodeNames.class.getResourceAsStream("name-aliases.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource name-aliases.txt is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int semi = line.indexOf(';');
                m.put(line.substring(0, semi), Integer.parseInt(line.substring(semi + 1), 16));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
