package org.ramjet.parser.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramjet.parser.SyntaxErrorException;

/**
 * Source decoding (PEP 263 coding cookies, BOM, invalid UTF-8, NUL bytes) and line/column
 * bookkeeping. Expected messages are CPython 3.11.7's, for a script file ({@code fromFile}) and
 * for {@code compile(bytes)} ({@code fromBytes}).
 */
class SourceTextTest {
    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... bs) {
        byte[] out = new byte[bs.length];
        for (int i = 0; i < bs.length; i++) {
            out[i] = (byte) bs[i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static final byte[] BOM = bytes(0xEF, 0xBB, 0xBF);

    /** A source that cannot be decoded fails on the first token, with the error it also exposes. */
    private static SyntaxErrorException decodeError(SourceText s) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> new Tokenizer(s).next());
        assertEquals(e, s.decodingError());
        return e;
    }

    @Test
    void utf8ByDefault() {
        SourceText s = SourceText.fromFile("m.py", "x = 'é€😀'\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("x = 'é€😀'\n", s.text());
        assertFalse(s.usesCharOffsets(), "a file without cookie reports parser columns in bytes");
    }

    @Test
    void bomIsStrippedAndDeclaresUtf8() {
        SourceText s = SourceText.fromFile("m.py", concat(BOM, "print('ok')\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("print('ok')\n", s.text());
        assertTrue(s.usesCharOffsets());
        SourceText s2 = SourceText.fromFile("m.py", concat(BOM, "# coding: utf-8\nx = 1\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("# coding: utf-8\nx = 1\n", s2.text());
    }

    @Test
    void bomWithAnotherCookieIsAnError() {
        SyntaxErrorException e = decodeError(SourceText.fromFile("m.py", concat(BOM, latin1("# coding: latin-1\nx = 1\n"))));
        assertEquals("encoding problem: iso-8859-1 with BOM", e.msg);
        assertEquals(-1, e.lineno);
        SyntaxErrorException e2 = decodeError(SourceText.fromBytes("m.py", concat(BOM, latin1("# coding: latin-1\nx = 1\n"))));
        assertEquals("encoding problem: iso-8859-1 with BOM", e2.msg);
        assertEquals(0, e2.lineno);
        assertEquals(-1, e2.offset);
    }

    @Test
    void cookieOnLineOneOrTwo() {
        assertEquals("x = 'é'\n", SourceText.fromFile("m.py", latin1("# -*- coding: latin-1 -*-\nx = 'é'\n")).text()
                .substring(26));
        assertEquals("é", SourceText.fromFile("m.py", latin1("#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx = 'é'\n"))
                .line(3).substring(5, 6));
        assertEquals("€", SourceText.fromFile("m.py", bytes('#', ' ', 'v', 'i', 'm', ':', ' ', 's', 'e', 't', ' ', 'f', 'i',
                'l', 'e', 'e', 'n', 'c', 'o', 'd', 'i', 'n', 'g', '=', 'i', 's', 'o', '-', '8', '8', '5', '9', '-', '1', '5',
                '\n', 0xA4, '\n')).line(2).substring(0, 1));
        assertEquals("€", SourceText.fromFile("m.py", concat(latin1("# coding: cp1252\n"), bytes(0x80, '\n'))).line(2)
                .substring(0, 1));
        // blank first line, leading spaces, '=' instead of ':', any case, -unix suffix
        for (String cookie : new String[] {"\n# coding: latin-1\n", "  # coding: latin-1\n", "#coding=latin-1\n",
            "# coding: Latin-1\n", "# coding: latin-1-unix\n", "# coding: iso_8859_1\n"}) {
            SourceText s = SourceText.fromFile("m.py", concat(latin1(cookie), latin1("x = 'é'\n")));
            assertTrue(s.text().endsWith("x = 'é'\n"), cookie);
        }
    }

    @Test
    void cookieAfterCodeOrContinuationIsIgnored() {
        for (String first : new String[] {"x = 1\n", "\\\n", "x=1 # coding: latin-1\n"}) {
            SourceText s = SourceText.fromFile("m.py", concat(latin1(first + "# coding: latin-1\n"), latin1("x = 'é'\n")));
            List<Token> tokens = new java.util.ArrayList<>();
            Tokenizer t = new Tokenizer(s);
            SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> {
                while (true) {
                    tokens.add(t.next());
                }
            });
            assertTrue(e.msg.startsWith("Non-UTF-8 code starting with '\\xe9' in file m.py on line"), e.msg);
        }
    }

    @Test
    void invalidUtf8InAFileFailsWhenItsLineIsReached() {
        SourceText s = SourceText.fromFile("/tmp/m.py", concat(latin1("x = 1\ny = '"), bytes(0xFF, '\'', '\n')));
        Tokenizer t = new Tokenizer(s);
        assertEquals("x", t.next().text());
        assertEquals("=", t.next().text());
        assertEquals("1", t.next().text());
        assertEquals(TokenKind.NEWLINE, t.next().kind());
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, t::next);
        assertEquals("Non-UTF-8 code starting with '\\xff' in file /tmp/m.py on line 2, but no encoding declared; "
                + "see https://peps.python.org/pep-0263/ for details", e.msg);
        assertEquals(-1, e.lineno, "CPython gives no line number");
        assertNull(e.text);
        // an earlier error wins, as CPython reads lines one by one
        SourceText s2 = SourceText.fromFile("m.py", concat(latin1("x = )\n"), bytes(0xFF, '\n')));
        assertEquals("unmatched ')'", assertThrows(SyntaxErrorException.class, () -> Tokenizer.tokenize(s2)).msg);
        // also inside a comment
        SourceText s3 = SourceText.fromFile("m.py", concat(latin1("x = 1\n# "), bytes(0xE2, 0x82, '\n')));
        assertEquals("Non-UTF-8 code starting with '\\xe2' in file m.py on line 2, but no encoding declared; "
                + "see https://peps.python.org/pep-0263/ for details",
                assertThrows(SyntaxErrorException.class, () -> Tokenizer.tokenize(s3)).msg);
    }

    @Test
    void invalidUtf8WithDeclaredEncodingFailsWhereDecoded() {
        // a comment is never decoded
        Tokenizer.tokenize(SourceText.fromFile("m.py", concat(latin1("# coding: utf-8\nx = 1 # "), bytes(0xFF, '\n'))));
        // a string literal is: the position counts inside the literal
        SourceText s = SourceText.fromBytes("m.py", concat(latin1("x = 'ab"), bytes(0xC3, '\'', '\n')));
        Token str = Tokenizer.tokenize(s).get(2);
        LiteralException e = assertThrows(LiteralException.class, () -> StringLiterals.decode(str.text(), null));
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 2: unexpected end of data",
                e.getMessage());
        // a name fails in the tokenizer, at the name's end
        SyntaxErrorException n = assertThrows(SyntaxErrorException.class,
                () -> Tokenizer.tokenize(SourceText.fromBytes("m.py", bytes('x', 0xFF, ' ', '=', ' ', '1'))));
        assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", n.msg);
        assertEquals(1, n.lineno);
        assertEquals(2, n.offset);
        assertEquals(-1, n.endOffset);
    }

    @Test
    void unknownEncoding() {
        assertEquals("encoding problem: foo", decodeError(SourceText.fromFile("m.py", latin1("# coding: foo\nx = 1\n"))).msg);
        SyntaxErrorException e = decodeError(SourceText.fromBytes("m.py", latin1("# coding: foo\nx = 1\n")));
        assertEquals("unknown encoding: foo", e.msg);
        assertEquals(0, e.lineno);
        assertEquals(-1, e.offset);
        assertEquals("encoding problem: utf-16", decodeError(SourceText.fromFile("m.py", latin1("# coding: utf-16\nprint('ok')\n"))).msg);
    }

    @Test
    void undecodableWithDeclaredCodec() {
        assertEquals("encoding problem: ascii", decodeError(SourceText.fromFile("m.py", latin1("# coding: ascii\nx = 'é'\n"))).msg);
        assertEquals("'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)",
                decodeError(SourceText.fromBytes("m.py", latin1("# coding: ascii\nx = 'é'\n"))).msg);
        assertEquals("encoding problem: utf8", decodeError(SourceText.fromFile("m.py", latin1("# coding: utf8\nprint('é')\n"))).msg);
    }

    @Test
    void nulBytes() {
        SourceText s = SourceText.fromFile("m.py", bytes('x', ' ', '=', ' ', '1', 0, '\n'));
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Tokenizer.tokenize(s));
        assertEquals("source code cannot contain null bytes", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(0, e.offset);
        assertEquals("x = 1", e.text);
        assertEquals("source code string cannot contain null bytes", decodeError(SourceText.fromBytes("m.py", bytes('x', 0, '\n'))).msg);
        assertEquals("source code string cannot contain null bytes", decodeError(SourceText.fromString("m.py", "x\0")).msg);
    }

    @Test
    void newlinesAreNormalized() {
        SourceText s = new SourceText("m.py", "a\r\nb\rc\n");
        assertEquals("a\nb\nc\n", s.text());
        assertEquals(3, s.lineCount());
        assertEquals("b\n", s.line(2));
        assertEquals("", s.line(4));
        SourceText f = SourceText.fromFile("m.py", latin1("print(1)\rprint(2)\r"));
        assertEquals("print(1)\nprint(2)\n", f.text());
    }

    @Test
    void linesAndColumns() {
        SourceText s = new SourceText("m.py", "x = 1\né = 'ü'\nlast");
        assertEquals("é = 'ü'\n", s.line(2));
        assertEquals("last\n", s.line(3), "CPython's string tokenizer adds the final newline");
        assertEquals("last", SourceText.fromFile("m.py", new byte[] {'l', 'a', 's', 't'}).line(1));
        assertEquals("last", s.lineWithoutNewline(3));
        assertEquals(4, s.charColumn(2, 5)); // the quote before ü: 5 bytes, 4 chars
        assertEquals(5, s.byteColumn(2, 4));
        // parser errors: characters for a str source, bytes for a file without cookie
        assertEquals(5, s.errorOffset(2, 5));
        SourceText f = SourceText.fromFile("m.py", "é = 1 + $\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(10, f.errorOffset(1, 9));
        SourceText c = new SourceText("m.py", "é = 1 + $\n");
        assertEquals(9, c.errorOffset(1, 9));
    }

    @Test
    void fstringExpressionSource() {
        SourceText s = SourceText.forFStringExpression("m.py", "a + b", 4, 10);
        assertEquals("(a + b)", s.text());
        assertEquals(4, s.firstLine());
        assertEquals("(a + b)\n", s.line(4));
        assertTrue(s.isFStringExpression());
        assertEquals(10, s.fstringColumn());
        assertFalse(s.usesCharOffsets());
    }
}
