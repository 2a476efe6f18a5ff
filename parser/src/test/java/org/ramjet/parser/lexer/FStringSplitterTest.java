package org.ramjet.parser.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Splitting f-string tokens as CPython 3.11's string parser does. Field positions are checked
 * against the positions CPython's {@code ast} gives the expressions (a Name at column c means a
 * field column of c - 1 when the name directly follows the brace on the same line).
 */
class FStringSplitterTest {
    /** Describes parts compactly: literals quoted, fields as {source@line:col!conv:[spec]}. */
    private static String describe(List<FStringPart<Void>> parts) {
        StringBuilder sb = new StringBuilder();
        for (FStringPart<Void> p : parts) {
            if (p instanceof FStringPart.Literal) {
                sb.append('"').append(((FStringPart.Literal<Void>) p).value()).append('"');
            } else {
                FStringPart.Field<Void> f = (FStringPart.Field<Void>) p;
                sb.append('{').append(f.source()).append('@').append(f.line()).append(':').append(f.col());
                if (f.conversion() >= 0) {
                    sb.append('!').append((char) f.conversion());
                }
                if (f.formatSpec() != null) {
                    sb.append(":[").append(describe(f.formatSpec())).append(']');
                }
                sb.append('}');
            }
        }
        return sb.toString();
    }

    /** Splits a token written at line 1, column 4 (as in {@code x = f'...'}). */
    private static String split(String token) {
        return describe(FStringSplitter.split(token, 1, 4, null, null));
    }

    private static String error(String token) {
        LiteralException e = assertThrows(LiteralException.class, () -> FStringSplitter.split(token, 1, 4, null, null));
        assertEquals(LiteralException.Where.LAST_TOKEN, e.where);
        return e.getMessage();
    }

    @Test
    void literalsAndFields() {
        assertEquals("\"abc\"", split("f'abc'"));
        assertEquals("{a@1:6}", split("f'{a}'"));
        assertEquals("\"  \"{a@1:8}", split("f'  {a}'"));
        assertEquals("{ a@1:6}", split("f'{ a}'"));
        assertEquals("{a@1:6}{b@1:9}{c@1:12}", split("f'{a}{b}{c}'"));
        assertEquals("", split("f''"));
    }

    @Test
    void doubledBracesAreLiteral() {
        assertEquals("\"{a}\"", split("f'{{a}}'"));
        assertEquals("\"{\"{a@1:8}\"}\"", split("f'{{{a}}}'"));
        assertEquals("\"a{b\"", split("f'a{{b'"));
    }

    @Test
    void conversionsAndSpecs() {
        assertEquals("{a@1:6!r}", split("f'{a!r}'"));
        assertEquals("{a@1:6!a}", split("F'{a!a}'"));
        assertEquals("{a@1:6!s:[\">10\"]}", split("f'{a!s:>10}'"));
        assertEquals("{x@1:6!r:[\">\"{w@1:12}]}", split("f'{x!r:>{w}}'"));
        assertEquals("{x@1:6:[{y@1:9}\".\"{z@1:13}\"f\"]}", split("f'{x:{y}.{z}f}'"));
        assertEquals("{a@1:6:[]}", split("f'{a:}'"));
        assertEquals("{a@1:6!r:[]}", split("f'{a!r:}'"));
        assertEquals("{a@1:6:[\"%H:%M\"]}", split("f'{a:%H:%M}'"));
        assertEquals("{a@1:6:[{{}@1:9}]}", split("f'{a:{{}}}'"));
        assertEquals("{a@1:6:[]}\"}\"", split("f'{a:}}}'"));
        assertEquals("{a@1:6:[\"\n\"]}", split("f'{a:\\n}'"));
    }

    @Test
    void debugFieldsPutTheirTextInTheLiteral() {
        List<FStringPart<Void>> parts = FStringSplitter.split("f'{a = }'", 1, 4, null, null);
        assertEquals("\"a = \"{a @1:6!r}", describe(parts));
        assertEquals("a = ", assertInstanceOf(FStringPart.Field.class, parts.get(1)).debugText());
        assertEquals("\"xa=\"{a@1:7!s}", split("f'x{a=!s}'"));
        assertEquals("\"a=\"{a@1:6:[\">5\"]}", split("f'{a=:>5}'"), "no implicit !r with a spec");
        assertEquals("\" a = \"{ a @1:6!r}", split("f'{ a = }'"));
    }

    @Test
    void expressionsWithQuotesBracketsAndOperators() {
        assertEquals("{d[\"k\"]@1:6}", split("f'{d[\"k\"]}'"));
        assertEquals("{a if b else c@1:6}", split("f'{a if b else c}'"));
        assertEquals("{a != b@1:6}", split("f'{a != b}'"));
        assertEquals("{a<b@1:6}", split("f'{a<b}'"));
        assertEquals("{a>=b@1:6!r}", split("f'{a>=b!r}'"));
        assertEquals("{(lambda: 1)()@1:6}", split("f'{(lambda: 1)()}'"));
        assertEquals("{(x:=1)@1:6}", split("f'{(x:=1)}'"));
        assertEquals("{x@1:6:[\"=1\"]}", split("f'{x:=1}'"));
        assertEquals("{\"{\"@1:6}", split("f'{\"{\"}'"));
        assertEquals("{\"\"\"a}\"\"\"@1:6}", split("f'{\"\"\"a}\"\"\"}'"));
    }

    @Test
    void escapesInLiterals() {
        assertEquals("\"\\\"{a@1:7}", split("f'\\{a}'"), "\\{ keeps the backslash and starts a field");
        assertEquals("\"\\\"{a@1:8}", split("rf'\\{a}'"));
        assertEquals("\"\u2014\"{a@1:17}", split("f'\\N{EM DASH}{a}'"));
        assertEquals("{a@1:6}\"\u2014\"", split("f'{a}\\N{EM DASH}'"));
        assertEquals("{a@1:7}\"\\n\"", split("fr'{a}\\n'"));
        List<String> w = new ArrayList<>();
        FStringSplitter.split("f'\\{a}\\d'", 1, 0, null, w::add);
        assertEquals(List.of("invalid escape sequence '\\{'", "invalid escape sequence '\\d'"), w);
    }

    @Test
    void positionsAcrossLines() {
        // CPython: f'''{\na}''' puts a at 2:0; the field's first line (the brace's) has only "("
        assertEquals("{\na@1:4}", split("f'''{\na}'''"));
        assertEquals("\"abc\n  \"{a@2:2}", split("f'''abc\n  {a}'''"));
        assertEquals("\"ab\nc\n   \"{a + \nb@3:3}", split("f'''ab\nc\n   {a + \nb}'''"));
        // columns are UTF-8 bytes: in é = f'é{a}' the f-string starts at byte 5
        assertEquals("\"é\"{a@1:9}", describe(FStringSplitter.split("f'é{a}'", 1, 5, null, null)));
    }

    @Test
    void expressionsAreParsedInOrderBeforeLaterErrors() {
        List<String> seen = new ArrayList<>();
        FStringSplitter.ExpressionParser<String> parser = (src, line, col) -> {
            seen.add(src + "@" + line + ":" + col);
            if (src.equals("a b")) {
                throw new IllegalStateException("invalid syntax");
            }
            return src.toUpperCase();
        };
        List<FStringPart<String>> parts = FStringSplitter.split("f'{x}{y:{z}}'", 1, 4, parser, null);
        assertEquals(List.of("x@1:6", "y@1:9", "z@1:12"), seen);
        assertEquals("X", ((FStringPart.Field<String>) parts.get(0)).expression());
        // the first field's expression error comes before the second field's "expecting '}'"
        assertThrows(IllegalStateException.class, () -> FStringSplitter.split("f'{a b}{'", 1, 4, parser, null));
        assertNull(((FStringPart.Field<Void>) FStringSplitter.<Void>split("f'{x}'", 1, 0, null, null).get(0))
                .expression());
    }

    @Test
    void errors() {
        assertEquals("f-string: expecting '}'", error("f'{'"));
        assertEquals("f-string: single '}' is not allowed", error("f'}'"));
        assertEquals("f-string: single '}' is not allowed", error("f'{a}}'"));
        assertEquals("f-string: single '}' is not allowed", error("f'{{}'"));
        assertEquals("f-string: single '}' is not allowed", error("f'\\}'"));
        assertEquals("f-string: empty expression not allowed", error("f'{}'"));
        assertEquals("f-string: empty expression not allowed", error("f'{ }'"));
        assertEquals("f-string: expression required before '!'", error("f'{!r}'"));
        assertEquals("f-string: expression required before ':'", error("f'{:x}'"));
        assertEquals("f-string: expression required before '='", error("f'{=}'"));
        assertEquals("f-string: invalid conversion character: expected 's', 'r', or 'a'", error("f'{a!}'"));
        assertEquals("f-string: invalid conversion character: expected 's', 'r', or 'a'", error("f'{a!x}'"));
        assertEquals("f-string: expecting '}'", error("f'{a!rr}'"));
        assertEquals("f-string: expecting '}'", error("f'{a!r x}'"));
        assertEquals("f-string: expecting '}'", error("f'{a!s=}'"));
        assertEquals("f-string: expressions nested too deeply", error("f'{a:{b:{c}}}'"));
        assertEquals("f-string expression part cannot include a backslash", error("f'{a\\n}'"));
        assertEquals("f-string expression part cannot include '#'", error("f'{a#}'"));
        assertEquals("f-string: closing parenthesis '}' does not match opening parenthesis '('", error("f'{a(}'"));
        assertEquals("f-string: unmatched ')'", error("f'{a)}'"));
        assertEquals("f-string: closing parenthesis ']' does not match opening parenthesis '('", error("f'{a(]}'"));
        assertEquals("f-string: closing parenthesis '}' does not match opening parenthesis '['", error("f'{a[}'"));
        assertEquals("f-string: unterminated string", error("f'{\"a}'"));
        assertEquals("f-string: unterminated string", error("f'{\"\"\"a}'"));
        assertEquals("f-string: expecting '}'", error("f'{a'"));
        assertEquals("f-string: expecting '}'", error("f'{a:'"));
        assertEquals("f-string: expecting '}'", error("f'{a!'"));
        assertEquals("f-string: expecting '}'", error("f'{a='"));
        assertEquals("f-string: unmatched '('", error("f'{(a'"));
        assertEquals(TRUNCATED + "0-2: truncated \\xXX escape", error("f'\\x4{1}'"));
        assertEquals(TRUNCATED + "0-2: truncated \\xXX escape", error("f'{1}\\x4'"));
        assertEquals(TRUNCATED + "0-2: truncated \\xXX escape", error("f'{a:\\x4}'"));
        assertEquals(TRUNCATED + "0-7: unknown Unicode character name", error("f'\\N{DASH}'"));
        // the \N{ skip ends at the first '}', even an escaped one
        assertEquals(TRUNCATED + "0-12: unknown Unicode character name", error("f'\\N{EM DaASH\\}{a!a}'"));
    }

    private static final String TRUNCATED = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";
}
