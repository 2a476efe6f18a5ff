package org.ramjet.parser.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * XID_Start/XID_Continue as Python uses them. While writing this class, all code points were
 * compared with CPython 3.11's {@code str.isidentifier()} and {@code str.isprintable()}: they
 * agree except for characters new in Unicode 14, which Java 17 does not know.
 */
class IdentifiersTest {
    @Test
    void asciiRules() {
        assertTrue(Identifiers.isStart('_'));
        assertTrue(Identifiers.isStart('a'));
        assertFalse(Identifiers.isStart('1'));
        assertTrue(Identifiers.isContinue('1'));
        assertFalse(Identifiers.isContinue('$'));
    }

    @Test
    void xidNotJavaIdentifiers() {
        assertTrue(Identifiers.isStart('é'));
        assertTrue(Identifiers.isStart(0x4E00));
        assertFalse(Identifiers.isStart(0x2E2F), "VERTICAL TILDE is Pattern_Syntax");
        assertFalse(Identifiers.isStart(0x037A), "changes under NFKC: ID_Start but not XID_Start");
        assertFalse(Identifiers.isStart(0x0E33));
        assertTrue(Identifiers.isContinue(0x0E33), "XID_Continue although not XID_Start");
        assertFalse(Identifiers.isContinue(0x200B), "Java's 'ignorable' characters are not XID_Continue");
        assertFalse(Identifiers.isContinue(0x0001));
        assertTrue(Identifiers.isContinue(0xE0100), "variation selectors continue a name");
    }

    @Test
    void printable() {
        assertTrue(Identifiers.isPrintable(' '));
        assertTrue(Identifiers.isPrintable(0x20AC));
        assertFalse(Identifiers.isPrintable(0xA0));
        assertFalse(Identifiers.isPrintable(0x200B));
        assertFalse(Identifiers.isPrintable(0x2028));
    }

    @Test
    void firstInvalidAndNormalization() {
        char[] s = "a€b".toCharArray();
        assertEquals(1, Identifiers.firstInvalid(s, 0, 3));
        assertEquals(0, Identifiers.firstInvalid("1a".toCharArray(), 0, 2));
        assertEquals(2, Identifiers.firstInvalid("ab".toCharArray(), 0, 2));
        assertEquals("fi", Identifiers.normalize("ﬁ"));
        assertEquals("if", Identifiers.normalize("ｉｆ"));
        assertEquals("plain", Identifiers.normalize("plain"));
    }

    @Test
    void unicodeNames() {
        assertEquals(0x2014, UnicodeNames.lookup("em dash"));
        assertEquals(0x0A, UnicodeNames.lookup("LINE FEED"));
        assertEquals(-1, UnicodeNames.lookup("LINE FEED (LF)"));
        assertEquals(0x1F514, UnicodeNames.lookup("BELL"));
        assertEquals(0xAC00, UnicodeNames.lookup("HANGUL SYLLABLE GA"));
        assertEquals(0xD7A3, UnicodeNames.lookup("HANGUL SYLLABLE HIH"));
        assertEquals(0x20000, UnicodeNames.lookup("CJK UNIFIED IDEOGRAPH-20000"));
        assertEquals(-1, UnicodeNames.lookup("CJK UNIFIED IDEOGRAPH-0041"));
        assertEquals(-1, UnicodeNames.lookup(" EM DASH"));
        assertEquals(-1, UnicodeNames.lookup("PRIVATE USE AREA E000"));
    }
}
