package org.ramjet.parser.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ramjet.parser.SyntaxErrorException;

/**
 * Token streams of the tokenizer. Positions of NAME/NUMBER/STRING/operator tokens agree with
 * CPython's {@code tokenize} module (checked on the whole standard library while developing);
 * those of NEWLINE, INDENT, DEDENT and ENDMARKER follow CPython's C tokenizer, as seen in the
 * positions of the parser errors reported at them (e.g. "expected an indented block" after
 * {@code if x:\n} at line 1, offset 6).
 */
class TokenizerTest {
    private static String tokens(String src) {
        return Tokenizer.tokenize(new SourceText("t.py", src)).stream().map(Token::toString)
                .collect(Collectors.joining(" "));
    }

    private static String kinds(String src) {
        return Tokenizer.tokenize(new SourceText("t.py", src)).stream().map(t -> t.kind().name())
                .collect(Collectors.joining(" "));
    }

    @Test
    void simpleStatement() {
        assertEquals("NAME(x)@1:0-1:1 EQUAL(=)@1:2-1:3 NUMBER(1)@1:4-1:5 NEWLINE(\\n)@1:5-1:5 ENDMARKER()@1:6-1:6",
                tokens("x = 1\n"));
    }

    @Test
    void missingFinalNewlineStillEndsTheLine() {
        assertEquals("NAME(x)@1:0-1:1 NEWLINE(\\n)@1:1-1:1 ENDMARKER()@1:2-1:2", tokens("x"));
        assertEquals("ENDMARKER()@0:0-0:0", tokens(""));
    }

    @Test
    void newlineAfterCommentStartsAtTheComment() {
        assertEquals("NAME(x)@1:0-1:1 EQUAL(=)@1:2-1:3 NUMBER(1)@1:4-1:5 PLUS(+)@1:6-1:7 NEWLINE(\\n)@1:9-1:12 "
                + "ENDMARKER()@1:13-1:13", tokens("x = 1 +  # c\n"));
    }

    @Test
    void blankAndCommentLinesProduceNoTokens() {
        assertEquals("NAME(x)@1:0-1:1 NEWLINE(\\n)@1:1-1:1 NAME(y)@5:0-5:1 NEWLINE(\\n)@5:1-5:1 ENDMARKER()@5:2-5:2",
                tokens("x\n\n   # comment\n  \ny\n"));
    }

    @Test
    void endmarkerSitsAfterTheLastLineRead() {
        assertEquals("NAME NAME COLON NEWLINE ENDMARKER", kinds("if x:\n"));
        List<Token> t = Tokenizer.tokenize(new SourceText("t.py", "if x:\n\n\n"));
        Token end = t.get(t.size() - 1);
        assertEquals(3, end.line());
        assertEquals(1, end.col());
        assertFalse(end.hasExtent());
    }

    @Test
    void indentationAndDedents() {
        assertEquals("NAME(if)@1:0-1:2 NAME(x)@1:3-1:4 COLON(:)@1:4-1:5 NEWLINE(\\n)@1:5-1:5 INDENT()@2:2-2:2 "
                + "NAME(y)@2:2-2:3 EQUAL(=)@2:4-2:5 LPAR(()@2:6-2:7 NUMBER(1)@2:7-2:8 COMMA(,)@2:8-2:9 "
                + "NUMBER(2)@3:1-3:2 RPAR())@3:2-3:3 NEWLINE(\\n)@3:5-3:8 NAME(z)@5:2-5:3 NEWLINE(\\n)@5:3-5:3 "
                + "DEDENT()@6:0-6:0 NAME(w)@6:0-6:1 NEWLINE(\\n)@6:1-6:1 ENDMARKER()@6:2-6:2",
                tokens("if x:\n  y = (1,\n 2)  # c\n\n  z\nw"));
    }

    @Test
    void dedentsAtEndOfFile() {
        assertEquals("NAME NAME LPAR RPAR COLON NEWLINE INDENT NAME NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT "
                + "DEDENT ENDMARKER", kinds("def f():\n    if x:\n        y\n"));
        List<Token> t = Tokenizer.tokenize(new SourceText("t.py", "def f():\n  x = 1\ny +"));
        Token dedent = t.get(11);
        assertEquals(TokenKind.DEDENT, dedent.kind());
        assertEquals(3, dedent.line());
        assertEquals(0, dedent.col());
    }

    @Test
    void tabsCountToMultiplesOfEight() {
        // a tab then 8 spaces are the same level when both measures agree: tab = 8 = 8 spaces fails altcol
        assertEquals("NAME NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER",
                kinds("if x:\n\ty\n\tz\n"));
        assertEquals("INDENT()@1:1-1:1", tokens("\tif x:\n").split(" ")[0]);
    }

    @Test
    void formFeedResetsTheIndentation() {
        assertEquals("NAME NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER",
                kinds("if\n  y\n  \f  z\n"));
    }

    @Test
    void backslashContinuationJoinsLines() {
        assertEquals("NAME(x)@1:0-1:1 EQUAL(=)@1:2-1:3 NUMBER(1)@2:2-2:3 NEWLINE(\\n)@2:3-2:3 ENDMARKER()@2:4-2:4",
                tokens("x = \\\n  1\n"));
    }

    @Test
    void backslashInIndentationTakesTheColumnOfTheFirstBackslash() {
        // CPython 3.11 accepts this: the block's indentation is 2, where the backslash stood
        assertEquals("NAME NUMBER COLON NEWLINE INDENT NAME EQUAL NUMBER NEWLINE NAME EQUAL NUMBER NEWLINE DEDENT "
                + "ENDMARKER", kinds("if 1:\n  \\\n      x=1\n  y=2\n"));
        // a backslash in column 0 does not count (CPython's 0 means "none seen"): line 3 indents
        List<Token> t = Tokenizer.tokenize(new SourceText("t.py", "x = 1\n\\\n  y = 2\n"));
        assertEquals(TokenKind.INDENT, t.get(4).kind());
        assertEquals(3, t.get(4).line());
        assertEquals(2, t.get(4).col());
    }

    @Test
    void noNewlineInsideBrackets() {
        assertEquals("NAME(a)@1:0-1:1 EQUAL(=)@1:2-1:3 LSQB([)@1:4-1:5 NUMBER(1)@2:2-2:3 COMMA(,)@2:3-2:4 "
                + "NUMBER(2)@5:2-5:3 RSQB(])@5:3-5:4 NEWLINE(\\n)@5:4-5:4 ENDMARKER()@5:5-5:5",
                tokens("a = [\n  1,\n\n  # c\n  2]\n"));
    }

    @Test
    void operatorsLongestMatch() {
        assertEquals("NAME(a)@1:0-1:1 RARROW(->)@1:1-1:3 NAME(b)@1:3-1:4 ELLIPSIS(...)@1:5-1:8 NUMBER(.5)@1:9-1:11 "
                + "DOUBLESTAREQUAL(**=)@1:12-1:15 DOUBLESLASHEQUAL(//=)@1:16-1:19 RIGHTSHIFTEQUAL(>>=)@1:20-1:23 "
                + "LEFTSHIFTEQUAL(<<=)@1:24-1:27 COLONEQUAL(:=)@1:28-1:30 NOTEQUAL(!=)@1:31-1:33 OP(<>)@1:34-1:36 "
                + "OP($)@1:37-1:38 OP(?)@1:39-1:40 EXCLAMATION(!)@1:41-1:42 ATEQUAL(@=)@1:43-1:45 "
                + "DOUBLESTAR(**)@1:46-1:48 DOUBLESLASH(//)@1:49-1:51 DOT(.)@1:52-1:53 DOT(.)@1:53-1:54 "
                + "NEWLINE(\\n)@1:54-1:54 ENDMARKER()@1:55-1:55",
                tokens("a->b ... .5 **= //= >>= <<= := != <> $ ? ! @= ** // ..\n"));
        StringBuilder all = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (TokenKind k : TokenKind.values()) {
            if (k.spelling != null) {
                all.append(k.spelling).append(' ');
                expected.add(k.name());
            }
        }
        String got = Tokenizer.tokenize(new SourceText("t.py", "(" + all + ")")).stream()
                .map(t -> t.kind().name()).collect(Collectors.joining(" "));
        assertEquals("LPAR " + String.join(" ", expected) + " RPAR NEWLINE ENDMARKER", got);
    }

    @Test
    void numberForms() {
        String src = "0 00 0_0 7 1_000 0x_fF 0O17 0b1_0 1. .5 1.5e-3 1E+5 1_0.0_1e1_0 0777.5 0777e1 00.5 3j 1.5J 0j "
                + "1e5j 0_7_7.5\n";
        List<Token> t = Tokenizer.tokenize(new SourceText("t.py", src));
        String[] words = src.trim().split(" ");
        for (int i = 0; i < words.length; i++) {
            assertEquals(TokenKind.NUMBER, t.get(i).kind(), words[i]);
            assertEquals(words[i], t.get(i).text());
        }
        assertEquals(TokenKind.NEWLINE, t.get(words.length).kind());
    }

    @Test
    void numberRunIntoKeywordWarns() {
        List<String> warnings = new ArrayList<>();
        Tokenizer tz = new Tokenizer(new SourceText("t.py", "x = [0x1for x in y]\ny = 1if 1else 2\n"))
                .setWarningListener((cat, msg, line) -> {
                    warnings.add(cat + ":" + msg + ":" + line);
                    return false;
                });
        List<String> texts = new ArrayList<>();
        Token tok;
        while ((tok = tz.next()).kind() != TokenKind.ENDMARKER) {
            texts.add(tok.text());
        }
        assertEquals(List.of("SyntaxWarning:invalid hexadecimal literal:1", "SyntaxWarning:invalid decimal literal:2",
                "SyntaxWarning:invalid decimal literal:2"), warnings);
        assertEquals("x = [ 0x1f or x in y ] \n y = 1 if 1 else 2 \n", String.join(" ", texts));
    }

    @Test
    void warningTurnedIntoErrorRaisesAtTheNumber() {
        Tokenizer tz = new Tokenizer(new SourceText("t.py", "x = 1if 1 else 2\n"))
                .setWarningListener((cat, msg, line) -> true);
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> {
            while (tz.next().kind() != TokenKind.ENDMARKER) {
                // drain
            }
        });
        assertEquals("invalid decimal literal", e.msg);
        assertEquals(5, e.offset);
    }

    @Test
    void stringsWithEveryPrefix() {
        String[] prefixes = {"", "r", "u", "R", "U", "b", "B", "br", "Br", "bR", "BR", "rb", "rB", "Rb", "RB", "f", "F",
            "fr", "Fr", "fR", "FR", "rf", "rF", "Rf", "RF"};
        for (String p : prefixes) {
            for (String q : new String[] {"'", "\"", "'''", "\"\"\""}) {
                String lit = p + q + "a\\" + q.charAt(0) + "b" + q;
                List<Token> t = Tokenizer.tokenize(new SourceText("t.py", lit + " x\n"));
                assertEquals(TokenKind.STRING, t.get(0).kind(), lit);
                assertEquals(lit, t.get(0).text());
                assertEquals("x", t.get(1).text());
            }
        }
        // ur, bu, fb are not prefixes: the letters form a name
        assertEquals("NAME STRING NEWLINE ENDMARKER", kinds("ur'x'\n"));
        assertEquals("NAME STRING NEWLINE ENDMARKER", kinds("bu'x'\n"));
        assertEquals("NAME STRING NEWLINE ENDMARKER", kinds("fb'x'\n"));
    }

    @Test
    void tripleQuotedStringSpansLines() {
        assertEquals("NAME(s)@1:0-1:1 EQUAL(=)@1:2-1:3 STRING('''a\\nb''')@1:4-2:4 PLUS(+)@2:5-2:6 "
                + "STRING(rb'x')@2:7-2:12 PLUS(+)@2:13-2:14 STRING(f\"{y!r}\")@2:15-2:23 NEWLINE(\\n)@2:23-2:23 "
                + "ENDMARKER()@2:24-2:24", tokens("s = '''a\nb''' + rb'x' + f\"{y!r}\"\n"));
        assertEquals("STRING('a\\\\nb')@1:0-2:2 NEWLINE(\\n)@2:2-2:2 ENDMARKER()@2:3-2:3",
                tokens("'a\\\nb'\n"));
        assertEquals("STRING('''''')@1:0-1:6 STRING('')@1:7-1:9 NEWLINE(\\n)@1:9-1:9 ENDMARKER()@1:10-1:10",
                tokens("'''''' ''\n"));
    }

    @Test
    void unicodeNamesAreNormalizedAndColumnsAreBytes() {
        assertEquals("NAME(é)@1:0-1:2 EQUAL(=)@1:3-1:4 NAME(fi)@1:5-1:8 PLUS(+)@1:9-1:10 NAME(x)@1:11-1:14 "
                + "NEWLINE(\\n)@1:14-1:14 ENDMARKER()@1:15-1:15", tokens("é = ﬁ + ｘ\n"));
        List<Token> t = Tokenizer.tokenize(new SourceText("t.py", "ｉｆ = if_\n"));
        assertEquals("if", t.get(0).text());
        assertTrue(t.get(0).isName("if"));
        assertFalse(t.get(0).isKeyword("if"), "a fullwidth name is never a keyword");
        // a variation selector continues an identifier and survives NFKC
        assertEquals("x\uDB40\uDD00", Tokenizer.tokenize(new SourceText("t.py", "x\uDB40\uDD00 = 4\n")).get(0).text());
    }

    @Test
    void keywordsAreNames() {
        List<Token> t = Tokenizer.tokenize(new SourceText("t.py", "if not None: pass\n"));
        assertTrue(t.get(0).isKeyword("if"));
        assertTrue(t.get(1).isKeyword("not"));
        assertTrue(t.get(2).isKeyword("None"));
    }

    @Test
    void endmarkerRepeatsAndErrorsRepeat() {
        Tokenizer tz = new Tokenizer(new SourceText("t.py", "x\n"));
        tz.next();
        tz.next();
        Token end = tz.next();
        assertSame(end, tz.next());
        Tokenizer bad = new Tokenizer(new SourceText("t.py", "x = )\n"));
        bad.next();
        bad.next();
        SyntaxErrorException first = assertThrows(SyntaxErrorException.class, bad::next);
        assertSame(first, assertThrows(SyntaxErrorException.class, bad::next));
    }

    @Test
    void crlfAndCrAreNewlines() {
        assertEquals(tokens("x = 1\ny = (\n2)\n"), tokens("x = 1\r\ny = (\r2)\r\n"));
    }

    @Test
    void errorsSurfaceOnlyWhenReached() {
        Tokenizer tz = new Tokenizer(new SourceText("t.py", "x = 1\ny = 'abc\n"));
        for (int i = 0; i < 6; i++) {
            tz.next(); // x = 1 NEWLINE y =
        }
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, tz::next);
        assertEquals("unterminated string literal (detected at line 2)", e.msg);
    }

    @Test
    void fstringExpressionSourceShiftsItsFirstLine() {
        // f'{a + b}' at column 4 of line 7: CPython tokenizes "(a + b)" with first-line tokens shifted by 6
        SourceText sub = SourceText.forFStringExpression("t.py", "a +\n b", 7, 6);
        assertEquals("LPAR(()@7:6-7:7 NAME(a)@7:7-7:8 PLUS(+)@7:9-7:10 NAME(b)@8:1-8:2 RPAR())@8:2-8:3 "
                        + "NEWLINE(\\n)@8:3-8:3 ENDMARKER()@8:4-8:4",
                Tokenizer.tokenize(sub).stream().map(Token::toString).collect(Collectors.joining(" ")));
        // errors are measured in the parenthesized text, in bytes
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> Tokenizer.tokenize(SourceText.forFStringExpression("t.py", "a €", 3, 4)));
        assertEquals("invalid character '€' (U+20AC)", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(4, e.offset);
        assertEquals("(a €)", e.text);
    }

    @Test
    void remainderScanPrefersTokenizerErrors() {
        // the parser failed at line 1; an unterminated string further down replaces its error
        Tokenizer tz = new Tokenizer(new SourceText("t.py", "x = = 1\ny = 'abc\n"));
        tz.next();
        SyntaxErrorException e = tz.scanRemainderForError(1);
        assertEquals("unterminated string literal (detected at line 2)", e.msg);
        // an inconsistent dedent is not the tokenizer's own error: the parser's stays
        Tokenizer tz2 = new Tokenizer(new SourceText("t.py", "x = = 1\nif x:\n    y\n  z\n"));
        tz2.next();
        assertEquals(null, tz2.scanRemainderForError(1));
        // a bracket left open before the error line replaces it, one opened on it does not
        Tokenizer tz3 = new Tokenizer(new SourceText("t.py", "foo(\nx = = 1\n"));
        tz3.next();
        assertEquals("'(' was never closed", tz3.scanRemainderForError(2).msg);
        Tokenizer tz4 = new Tokenizer(new SourceText("t.py", "foo(a b\n"));
        tz4.next();
        assertEquals(null, tz4.scanRemainderForError(1));
    }
}
