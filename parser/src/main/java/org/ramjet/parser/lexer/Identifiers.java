package org.ramjet.parser.lexer;

import java.text.Normalizer;

/**
 * Python's identifier rules (PEP 3131) and character classes on top of Java's Unicode tables:
 * an identifier starts with an XID_Start character or '_' and goes on with XID_Continue
 * characters, checked on the text as written, and is then NFKC-normalized. Java's
 * {@code isUnicodeIdentifierStart/Part} implement ID_Start/ID_Continue plus a few extras, so
 * this class takes those away.
 */
public final class Identifiers {
    private Identifiers() {
    }

    /**
     * Characters in ID_Start/ID_Continue but not in XID_Start/XID_Continue (they change under
     * NFKC), plus U+2E2F VERTICAL TILDE, which Java admits and Unicode does not.
     */
    private static boolean notXid(int cp) {
        switch (cp) {
            case 0x037A: case 0x0E33: case 0x0EB3: case 0x309B: case 0x309C:
            case 0xFDFA: case 0xFDFB: case 0xFE70: case 0xFE72: case 0xFE74: case 0xFE76:
            case 0xFE78: case 0xFE7A: case 0xFE7C: case 0xFE7E: case 0xFF9E: case 0xFF9F:
            case 0x2E2F:
                return true;
            default:
                return cp >= 0xFC5E && cp <= 0xFC63;
        }
    }

    /** Characters that are XID_Continue but not XID_Start, although Java's start test accepts them. */
    private static boolean continueOnly(int cp) {
        return cp == 0x0E33 || cp == 0x0EB3 || cp == 0xFF9E || cp == 0xFF9F;
    }

    /** XID_Start or '_': may begin an identifier. */
    public static boolean isStart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        }
        return Character.isUnicodeIdentifierStart(cp) && !notXid(cp);
    }

    /** XID_Continue: may continue an identifier. */
    public static boolean isContinue(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' || (cp >= '0' && cp <= '9');
        }
        if (continueOnly(cp)) {
            return true;
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && !notXid(cp);
    }

    /**
     * The index (in chars) of the first character of {@code s[from..to)} that cannot be part of
     * an identifier there, or {@code to} when it is a valid identifier.
     */
    public static int firstInvalid(char[] s, int from, int to) {
        int i = from;
        while (i < to) {
            int cp = Character.codePointAt(s, i, to);
            boolean ok = i == from ? isStart(cp) : isContinue(cp);
            if (!ok) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return to;
    }

    /** Python's {@code str.isprintable()} for one code point. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** The identifier CPython's parser uses: NFKC of the text when it is not ASCII. */
    public static String normalize(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return Normalizer.normalize(name, Normalizer.Form.NFKC);
            }
        }
        return name;
    }
}
