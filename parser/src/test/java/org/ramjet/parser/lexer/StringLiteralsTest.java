package org.ramjet.parser.lexer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramjet.objects.PyBytes;
import org.ramjet.objects.PyStr;

/** Decoding STRING tokens; expected values and messages are CPython 3.11.7's. */
class StringLiteralsTest {
    private static String str(String token) {
        return assertInstanceOf(PyStr.class, StringLiterals.decode(token, null)).value;
    }

    private static byte[] bytes(String token) {
        return assertInstanceOf(PyBytes.class, StringLiterals.decode(token, null)).toByteArray();
    }

    private static String error(String token) {
        return assertThrows(LiteralException.class, () -> StringLiterals.decode(token, null)).getMessage();
    }

    private static final String TRUNCATED_X = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";

    @Test
    void simpleEscapes() {
        assertEquals("a\nb\tc\\d'e\"f", str("'a\\nb\\tc\\\\d\\'e\\\"f'"));
        assertEquals("\u0007\b\f\u000b\r\u0000\u0007?\u01ffS4", str("'\\a\\b\\f\\v\\r\\0\\7\\77\\777\\1234'"));
        assertEquals("Aé\uD83D\uDE00", str("'\\x41\\u00e9\\U0001F600'"));
        assertEquals("ab", str("'a\\\nb'"));
        assertEquals("a\nb", str("'''a\nb'''"));
        assertEquals("", str("''"));
        assertEquals("", str("\"\"\"\"\"\""));
    }

    @Test
    void invalidEscapesAreKept() {
        assertEquals("\\d\\w", str("'\\d\\w'"));
        assertEquals("\\é", str("'\\é'"));
        assertEquals("\\8", str("'\\8'"));
    }

    @Test
    void namedEscapes() {
        assertEquals("\u2014\u2014\n\u4e00\uac01\ufeff\u01a2",
                str("'\\N{EM DASH}\\N{em dash}\\N{LINE FEED}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}"
                        + "\\N{BYTE ORDER MARK}\\N{LATIN CAPITAL LETTER GHA}'"));
        assertEquals("\uD83D\uDD14", str("'\\N{BELL}'"));
        assertEquals("\u0007", str("'\\N{BEL}'"));
    }

    @Test
    void escapeErrorsCountPositionsAsCPython() {
        assertEquals(TRUNCATED_X + "0-2: truncated \\xXX escape", error("'\\x4'"));
        assertEquals(TRUNCATED_X + "2-4: truncated \\xXX escape", error("'ab\\x4g'"));
        // each non-ASCII character counts 10 (CPython rewrites it as \UXXXXXXXX first)
        assertEquals(TRUNCATED_X + "10-12: truncated \\xXX escape", error("'é\\x4'"));
        assertEquals(TRUNCATED_X + "0-1: truncated \\xXX escape", error("'\\xé'"));
        assertEquals(TRUNCATED_X + "0-3: truncated \\uXXXX escape", error("'\\u12'"));
        assertEquals(TRUNCATED_X + "0-5: truncated \\UXXXXXXXX escape", error("'\\U1234'"));
        assertEquals(TRUNCATED_X + "0-9: illegal Unicode character", error("'\\U00110000'"));
        assertEquals(TRUNCATED_X + "0-7: unknown Unicode character name", error("'\\N{DASH}'"));
        assertEquals(TRUNCATED_X + "0-6: malformed \\N character escape", error("'\\N{DASH'"));
        assertEquals(TRUNCATED_X + "0-1: malformed \\N character escape", error("'\\N'"));
        assertEquals(TRUNCATED_X + "0-1: malformed \\N character escape", error("'\\Nx'"));
        assertEquals(TRUNCATED_X + "0-2: malformed \\N character escape", error("'\\N{}'"));
        assertEquals(TRUNCATED_X + "1-8: unknown Unicode character name", error("'a\\N{DASH}\\x4'"));
        assertEquals(TRUNCATED_X + "0-11: unknown Unicode character name", error("'\\N{ EM DASH}'"));
        assertEquals(TRUNCATED_X + "0-17: unknown Unicode character name", error("'\\N{LINE FEED (LF)}'"));
        assertEquals(TRUNCATED_X + "0-17: unknown Unicode character name", error("'\\N{BASIC LATIN 41}'"));
        assertEquals(TRUNCATED_X + "0-2: truncated \\xXX escape", error("u'\\x4'"));
        assertEquals(TRUNCATED_X + "0-5: unknown Unicode character name", error("'\\N{a\\}'"));
        LiteralException e = assertThrows(LiteralException.class, () -> StringLiterals.decode("'\\x4'", null));
        assertEquals(LiteralException.Where.LAST_TOKEN, e.where);
    }

    @Test
    void rawStrings() {
        assertEquals("\\x4\\n", str("r'\\x4\\n'"));
        assertEquals("\\\\", str("R'\\\\'"));
        assertEquals("a\\'b", str("r'a\\'b'"));
    }

    @Test
    void bytesLiterals() {
        assertArrayEquals(new byte[] {97, 98, 99, 65, 10, (byte) 255, 92, 100}, bytes("b'abc\\x41\\n\\777\\d'"));
        assertArrayEquals(new byte[] {92, 120, 52}, bytes("rb'\\x4'"));
        assertArrayEquals(new byte[] {92, 78, 123, 120, 125}, bytes("B'\\N{x}'"));
        assertEquals("(value error) invalid \\x escape at position 0", error("b'\\x4'"));
        assertEquals("(value error) invalid \\x escape at position 2", error("b'ab\\x4g'"));
        LiteralException e = assertThrows(LiteralException.class, () -> StringLiterals.decode("b'é'", null));
        assertEquals("bytes can only contain ASCII literal characters", e.getMessage());
        assertEquals(LiteralException.Where.STRING_TOKEN, e.where);
        assertEquals("bytes can only contain ASCII literal characters", error("rb'\\x4é'"));
    }

    @Test
    void firstInvalidEscapeWarns() {
        List<String> w = new ArrayList<>();
        StringLiterals.decode("'\\d\\w'", w::add);
        StringLiterals.decode("'\\777'", w::add);
        StringLiterals.decode("b'\\d'", w::add);
        StringLiterals.decode("b'\\477'", w::add);
        StringLiterals.decode("'\\é'", w::add);
        StringLiterals.decode("r'\\d'", w::add);
        assertEquals(List.of("invalid escape sequence '\\d'", "invalid octal escape sequence '\\777'",
                "invalid escape sequence '\\d'", "invalid octal escape sequence '\\477'"), w);
    }

    @Test
    void prefixes() {
        StringLiterals.Parts p = StringLiterals.parts("Rb'''x'''");
        assertTrue(p.bytes && p.raw && !p.fstring);
        assertEquals(2, p.prefixLength);
        assertEquals(3, p.quoteLength);
        assertEquals("x", "Rb'''x'''".substring(p.bodyStart, p.bodyEnd));
        assertTrue(StringLiterals.isFString("fR'x'"));
        assertTrue(StringLiterals.isBytes("bR\"x\""));
        assertThrows(IllegalArgumentException.class, () -> StringLiterals.decode("f'x'", null));
    }
}
