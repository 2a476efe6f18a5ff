package org.ramjet.parser.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramjet.parser.SyntaxErrorException;

/**
 * Every lexical error the tokenizer raises, with CPython 3.11.7's exact exception class,
 * message, line, offset, end line, end offset and text. The expected rows were produced by
 * CPython itself (compile() of the source as a str, and running it as a script file, whose
 * columns are in bytes when the file declares no encoding).
 */
class TokenizerErrorTest {
    private static final String STR = "str";
    private static final String FILE = "file";
    private static final int NONE = -1;
    private static final String S = "SyntaxError";
    private static final String I = "IndentationError";
    private static final String T = "TabError";

    private static Arguments row(String mode, String src, String kind, String msg, int line, int offset,
                                 int endLine, int endOffset, String text) {
        return Arguments.of(mode, src, kind, msg, line, offset, endLine, endOffset, text);
    }

    static Stream<Arguments> cpythonErrors() {
        return Stream.of(
            row(STR, "x = (\n", S, "'(' was never closed", 1, 5, 1, 0, "x = (\n"),
            row(FILE, "x = (\n", S, "'(' was never closed", 1, 5, 1, 0, "x = (\n"),
            row(STR, "x = (", S, "'(' was never closed", 1, 5, 1, 0, "x = (\n"),
            row(FILE, "x = (", S, "'(' was never closed", 1, 5, 1, 0, "x = ("),
            row(STR, "x = )\n", S, "unmatched ')'", 1, 5, 1, 5, "x = )"),
            row(FILE, "x = )\n", S, "unmatched ')'", 1, 5, 1, 5, "x = )"),
            row(STR, "x = (]\n", S, "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 1, 6, "x = (]"),
            row(FILE, "x = (]\n", S, "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 1, 6, "x = (]"),
            row(STR, "x = (\n]\n", S, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1, "]"),
            row(FILE, "x = (\n]\n", S, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1, "]"),
            row(STR, "a=(\nb=[\nc\n", S, "'[' was never closed", 2, 3, 2, 0, "b=["),
            row(FILE, "a=(\nb=[\nc\n", S, "'[' was never closed", 2, 3, 2, 0, "b=[\n"),
            row(STR, "\u00e9 = (\n", S, "'(' was never closed", 1, 5, 1, 0, "\u00e9 = (\n"),
            row(FILE, "\u00e9 = (\n", S, "'(' was never closed", 1, 6, 1, 0, "\u00e9 = (\n"),
            row(STR, "a = \"abc\n", S, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "a = \"abc"),
            row(FILE, "a = \"abc\n", S, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "a = \"abc"),
            row(STR, "a = \"abc", S, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "a = \"abc"),
            row(FILE, "a = \"abc", S, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "a = \"abc"),
            row(STR, "a = \"\"\"abc\n\n", S, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5, "a = \"\"\"abc"),
            row(FILE, "a = \"\"\"abc\n\n", S, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5, "a = \"\"\"abc"),
            row(STR, "a\nx = \"\"\"\n", S, "unterminated triple-quoted string literal (detected at line 2)", 2, 5, 2, 5, "x = \"\"\""),
            row(FILE, "a\nx = \"\"\"\n", S, "unterminated triple-quoted string literal (detected at line 2)", 2, 5, 2, 5, "x = \"\"\""),
            row(STR, "x = '\u00e9\\xa0'\n\"abc", S, "unterminated string literal (detected at line 2)", 2, 1, 2, 1, "\"abc"),
            row(FILE, "x = '\u00e9\\xa0'\n\"abc", S, "unterminated string literal (detected at line 2)", 2, 1, 2, 1, "\"abc"),
            row(STR, "f\"abc\n", S, "unterminated string literal (detected at line 1)", 1, 1, 1, 1, "f\"abc"),
            row(FILE, "f\"abc\n", S, "unterminated string literal (detected at line 1)", 1, 1, 1, 1, "f\"abc"),
            row(STR, "rb'abc\n", S, "unterminated string literal (detected at line 1)", 1, 1, 1, 1, "rb'abc"),
            row(FILE, "rb'abc\n", S, "unterminated string literal (detected at line 1)", 1, 1, 1, 1, "rb'abc"),
            row(STR, "x = f'{\n}'\n", S, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = f'{"),
            row(FILE, "x = f'{\n}'\n", S, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = f'{"),
            row(STR, "s = '''\nabc", S, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5, "s = '''"),
            row(FILE, "s = '''\nabc", S, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5, "s = '''"),
            row(STR, "\u00e9 = 'abc\n", S, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "\u00e9 = 'abc"),
            row(FILE, "\u00e9 = 'abc\n", S, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "\u00e9 = 'abc"),
            row(STR, "if x:\n\ty\n        z\n", T, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "        z\n"),
            row(FILE, "if x:\n\ty\n        z\n", T, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "        z\n"),
            row(STR, "if x:\n        y\n\tz\n", T, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\tz\n"),
            row(FILE, "if x:\n        y\n\tz\n", T, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\tz\n"),
            row(STR, "if x:\n    \ty\n\tz\n", T, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\tz\n"),
            row(FILE, "if x:\n    \ty\n\tz\n", T, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\tz\n"),
            row(STR, "if x:\n  \ty\n \tz\n", T, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, " \tz\n"),
            row(FILE, "if x:\n  \ty\n \tz\n", T, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, " \tz\n"),
            row(STR, "if x:\n    y\n  z\n", I, "unindent does not match any outer indentation level", 3, 4, 3, -1, "  z\n"),
            row(FILE, "if x:\n    y\n  z\n", I, "unindent does not match any outer indentation level", 3, 4, 3, -1, "  z\n"),
            row(STR, "if x:\n  if y:\n    z\n w\n", I, "unindent does not match any outer indentation level", 4, 3, 4, -1, " w\n"),
            row(FILE, "if x:\n  if y:\n    z\n w\n", I, "unindent does not match any outer indentation level", 4, 3, 4, -1, " w\n"),
            row(STR, "if x:\n    y\n  \u00e9\n", I, "unindent does not match any outer indentation level", 3, 4, 3, -1, "  \u00e9\n"),
            row(FILE, "if x:\n    y\n  \u00e9\n", I, "unindent does not match any outer indentation level", 3, 5, 3, -1, "  \u00e9\n"),
            row(STR, "if x:\n\t\ty\n\tz\n", I, "unindent does not match any outer indentation level", 3, 3, 3, -1, "\tz\n"),
            row(FILE, "if x:\n\t\ty\n\tz\n", I, "unindent does not match any outer indentation level", 3, 3, 3, -1, "\tz\n"),
            row(STR, "def f():\n if x:\n  if x:\n   if x:\n    if x:\n     if x:\n      if x:\n       if x:\n        if x:\n         if x:\n          if x:\n           if x:\n            if x:\n             if x:\n              if x:\n               if x:\n                if x:\n                 if x:\n                  if x:\n                   if x:\n                    if x:\n                     if x:\n                      if x:\n                       if x:\n                        if x:\n                         if x:\n                          if x:\n                           if x:\n                            if x:\n                             if x:\n                              if x:\n                               if x:\n                                if x:\n                                 if x:\n                                  if x:\n                                   if x:\n                                    if x:\n                                     if x:\n                                      if x:\n                                       if x:\n                                        if x:\n                                         if x:\n                                          if x:\n                                           if x:\n                                            if x:\n                                             if x:\n                                              if x:\n                                               if x:\n                                                if x:\n                                                 if x:\n                                                  if x:\n                                                   if x:\n                                                    if x:\n                                                     if x:\n                                                      if x:\n                                                       if x:\n                                                        if x:\n                                                         if x:\n                                                          if x:\n                                                           if x:\n                                                            if x:\n                                                             if x:\n                                                              if x:\n                                                               if x:\n                                                                if x:\n                                                                 if x:\n                                                                  if x:\n                                                                   if x:\n                                                                    if x:\n                                                                     if x:\n                                                                      if x:\n                                                                       if x:\n                                                                        if x:\n                                                                         if x:\n                                                                          if x:\n                                                                           if x:\n                                                                            if x:\n                                                                             if x:\n                                                                              if x:\n                                                                               if x:\n                                                                                if x:\n                                                                                 if x:\n                                                                                  if x:\n                                                                                   if x:\n                                                                                    if x:\n                                                                                     if x:\n                                                                                      if x:\n                                                                                       if x:\n                                                                                        if x:\n                                                                                         if x:\n                                                                                          if x:\n                                                                                           if x:\n                                                                                            if x:\n                                                                                             if x:\n                                                                                              if x:\n                                                                                               if x:\n                                                                                                if x:\n                                                                                                 if x:\n                                                                                                  if x:\n                                                                                                   if x:\n                                                                                                    pass\n", I, "too many levels of indentation", 101, 1, 101, 0, "                                                                                                    pass\n"),
            row(FILE, "def f():\n if x:\n  if x:\n   if x:\n    if x:\n     if x:\n      if x:\n       if x:\n        if x:\n         if x:\n          if x:\n           if x:\n            if x:\n             if x:\n              if x:\n               if x:\n                if x:\n                 if x:\n                  if x:\n                   if x:\n                    if x:\n                     if x:\n                      if x:\n                       if x:\n                        if x:\n                         if x:\n                          if x:\n                           if x:\n                            if x:\n                             if x:\n                              if x:\n                               if x:\n                                if x:\n                                 if x:\n                                  if x:\n                                   if x:\n                                    if x:\n                                     if x:\n                                      if x:\n                                       if x:\n                                        if x:\n                                         if x:\n                                          if x:\n                                           if x:\n                                            if x:\n                                             if x:\n                                              if x:\n                                               if x:\n                                                if x:\n                                                 if x:\n                                                  if x:\n                                                   if x:\n                                                    if x:\n                                                     if x:\n                                                      if x:\n                                                       if x:\n                                                        if x:\n                                                         if x:\n                                                          if x:\n                                                           if x:\n                                                            if x:\n                                                             if x:\n                                                              if x:\n                                                               if x:\n                                                                if x:\n                                                                 if x:\n                                                                  if x:\n                                                                   if x:\n                                                                    if x:\n                                                                     if x:\n                                                                      if x:\n                                                                       if x:\n                                                                        if x:\n                                                                         if x:\n                                                                          if x:\n                                                                           if x:\n                                                                            if x:\n                                                                             if x:\n                                                                              if x:\n                                                                               if x:\n                                                                                if x:\n                                                                                 if x:\n                                                                                  if x:\n                                                                                   if x:\n                                                                                    if x:\n                                                                                     if x:\n                                                                                      if x:\n                                                                                       if x:\n                                                                                        if x:\n                                                                                         if x:\n                                                                                          if x:\n                                                                                           if x:\n                                                                                            if x:\n                                                                                             if x:\n                                                                                              if x:\n                                                                                               if x:\n                                                                                                if x:\n                                                                                                 if x:\n                                                                                                  if x:\n                                                                                                   if x:\n                                                                                                    pass\n", I, "too many levels of indentation", 101, 1, 101, 0, "                                                                                                    pass\n"),
            row(STR, "x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\n", S, "too many nested parentheses", 1, 205, 1, 205, "x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))"),
            row(FILE, "x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\n", S, "too many nested parentheses", 1, 205, 1, 205, "x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))"),
            row(STR, "a = \u20ac\n", S, "invalid character '\u20ac' (U+20AC)", 1, 5, 1, 5, "a = \u20ac"),
            row(FILE, "a = \u20ac\n", S, "invalid character '\u20ac' (U+20AC)", 1, 5, 1, 5, "a = \u20ac"),
            row(STR, "a = b\u00a0\n", S, "invalid non-printable character U+00A0", 1, 6, 1, 6, "a = b\u00a0"),
            row(FILE, "a = b\u00a0\n", S, "invalid non-printable character U+00A0", 1, 6, 1, 6, "a = b\u00a0"),
            row(STR, "a\u20ac = 1\n", S, "invalid character '\u20ac' (U+20AC)", 1, 2, 1, 2, "a\u20ac = 1"),
            row(FILE, "a\u20ac = 1\n", S, "invalid character '\u20ac' (U+20AC)", 1, 2, 1, 2, "a\u20ac = 1"),
            row(STR, "\u00e9\u20ac = 1\n", S, "invalid character '\u20ac' (U+20AC)", 1, 2, 1, 2, "\u00e9\u20ac = 1"),
            row(FILE, "\u00e9\u20ac = 1\n", S, "invalid character '\u20ac' (U+20AC)", 1, 2, 1, 2, "\u00e9\u20ac = 1"),
            row(STR, "\u00e9 = \u20ac\n", S, "invalid character '\u20ac' (U+20AC)", 1, 5, 1, 5, "\u00e9 = \u20ac"),
            row(FILE, "\u00e9 = \u20ac\n", S, "invalid character '\u20ac' (U+20AC)", 1, 5, 1, 5, "\u00e9 = \u20ac"),
            row(STR, "x = 1 \u0001\n", S, "invalid non-printable character U+0001", 1, 7, 1, 7, "x = 1 \u0001"),
            row(FILE, "x = 1 \u0001\n", S, "invalid non-printable character U+0001", 1, 7, 1, 7, "x = 1 \u0001"),
            row(STR, "x = 1 \u007f\n", S, "invalid non-printable character U+007F", 1, 7, 1, 7, "x = 1 \u007f"),
            row(FILE, "x = 1 \u007f\n", S, "invalid non-printable character U+007F", 1, 7, 1, 7, "x = 1 \u007f"),
            row(STR, "x = a\u200b\n", S, "invalid non-printable character U+200B", 1, 6, 1, 6, "x = a\u200b"),
            row(FILE, "x = a\u200b\n", S, "invalid non-printable character U+200B", 1, 6, 1, 6, "x = a\u200b"),
            row(STR, "x = 1\u20ac\n", S, "invalid character '\u20ac' (U+20AC)", 1, 6, 1, 6, "x = 1\u20ac"),
            row(FILE, "x = 1\u20ac\n", S, "invalid character '\u20ac' (U+20AC)", 1, 6, 1, 6, "x = 1\u20ac"),
            row(STR, "x = 0777\n", S, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6, "x = 0777"),
            row(FILE, "x = 0777\n", S, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6, "x = 0777"),
            row(STR, "x = 0_7\n", S, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 7, "x = 0_7"),
            row(FILE, "x = 0_7\n", S, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 7, "x = 0_7"),
            row(STR, "\u00e9 = 0777\n", S, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 6, 1, 7, "\u00e9 = 0777"),
            row(FILE, "\u00e9 = 0777\n", S, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 6, 1, 7, "\u00e9 = 0777"),
            row(STR, "x = 09\n", S, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6, "x = 09"),
            row(FILE, "x = 09\n", S, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6, "x = 09"),
            row(STR, "x = 0x\n", S, "invalid hexadecimal literal", 1, 6, 1, 6, "x = 0x"),
            row(FILE, "x = 0x\n", S, "invalid hexadecimal literal", 1, 6, 1, 6, "x = 0x"),
            row(STR, "x = 0xg\n", S, "invalid hexadecimal literal", 1, 6, 1, 6, "x = 0xg"),
            row(FILE, "x = 0xg\n", S, "invalid hexadecimal literal", 1, 6, 1, 6, "x = 0xg"),
            row(STR, "x = 0o8\n", S, "invalid digit '8' in octal literal", 1, 7, 1, 7, "x = 0o8"),
            row(FILE, "x = 0o8\n", S, "invalid digit '8' in octal literal", 1, 7, 1, 7, "x = 0o8"),
            row(STR, "x = 0o78\n", S, "invalid digit '8' in octal literal", 1, 8, 1, 8, "x = 0o78"),
            row(FILE, "x = 0o78\n", S, "invalid digit '8' in octal literal", 1, 8, 1, 8, "x = 0o78"),
            row(STR, "x = 0o\n", S, "invalid octal literal", 1, 6, 1, 6, "x = 0o"),
            row(FILE, "x = 0o\n", S, "invalid octal literal", 1, 6, 1, 6, "x = 0o"),
            row(STR, "x = 0oo\n", S, "invalid octal literal", 1, 6, 1, 6, "x = 0oo"),
            row(FILE, "x = 0oo\n", S, "invalid octal literal", 1, 6, 1, 6, "x = 0oo"),
            row(STR, "x = 0b2\n", S, "invalid digit '2' in binary literal", 1, 7, 1, 7, "x = 0b2"),
            row(FILE, "x = 0b2\n", S, "invalid digit '2' in binary literal", 1, 7, 1, 7, "x = 0b2"),
            row(STR, "x = 0b12\n", S, "invalid digit '2' in binary literal", 1, 8, 1, 8, "x = 0b12"),
            row(FILE, "x = 0b12\n", S, "invalid digit '2' in binary literal", 1, 8, 1, 8, "x = 0b12"),
            row(STR, "x = 0b\n", S, "invalid binary literal", 1, 6, 1, 6, "x = 0b"),
            row(FILE, "x = 0b\n", S, "invalid binary literal", 1, 6, 1, 6, "x = 0b"),
            row(STR, "x = 0b1_\n", S, "invalid binary literal", 1, 8, 1, 8, "x = 0b1_"),
            row(FILE, "x = 0b1_\n", S, "invalid binary literal", 1, 8, 1, 8, "x = 0b1_"),
            row(STR, "x = 0b1a\n", S, "invalid binary literal", 1, 7, 1, 7, "x = 0b1a"),
            row(FILE, "x = 0b1a\n", S, "invalid binary literal", 1, 7, 1, 7, "x = 0b1a"),
            row(STR, "x = 0o7a\n", S, "invalid octal literal", 1, 7, 1, 7, "x = 0o7a"),
            row(FILE, "x = 0o7a\n", S, "invalid octal literal", 1, 7, 1, 7, "x = 0o7a"),
            row(STR, "x = 0xfg\n", S, "invalid hexadecimal literal", 1, 7, 1, 7, "x = 0xfg"),
            row(FILE, "x = 0xfg\n", S, "invalid hexadecimal literal", 1, 7, 1, 7, "x = 0xfg"),
            row(STR, "x = 0x\u20ac\n", S, "invalid hexadecimal literal", 1, 6, 1, 6, "x = 0x\u20ac"),
            row(FILE, "x = 0x\u20ac\n", S, "invalid hexadecimal literal", 1, 6, 1, 6, "x = 0x\u20ac"),
            row(STR, "x = 1_\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 1_"),
            row(FILE, "x = 1_\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 1_"),
            row(STR, "x = 1__0\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 1__0"),
            row(FILE, "x = 1__0\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 1__0"),
            row(STR, "x = 0_\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 0_"),
            row(FILE, "x = 0_\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 0_"),
            row(STR, "x = 07_\n", S, "invalid decimal literal", 1, 7, 1, 7, "x = 07_"),
            row(FILE, "x = 07_\n", S, "invalid decimal literal", 1, 7, 1, 7, "x = 07_"),
            row(STR, "x = 0__7\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 0__7"),
            row(FILE, "x = 0__7\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 0__7"),
            row(STR, "x = 1e\n", S, "invalid decimal literal", 1, 5, 1, 5, "x = 1e"),
            row(FILE, "x = 1e\n", S, "invalid decimal literal", 1, 5, 1, 5, "x = 1e"),
            row(STR, "x = 1e+\n", S, "invalid decimal literal", 1, 7, 1, 7, "x = 1e+"),
            row(FILE, "x = 1e+\n", S, "invalid decimal literal", 1, 7, 1, 7, "x = 1e+"),
            row(STR, "x = 1.5j2\n", S, "invalid imaginary literal", 1, 8, 1, 8, "x = 1.5j2"),
            row(FILE, "x = 1.5j2\n", S, "invalid imaginary literal", 1, 8, 1, 8, "x = 1.5j2"),
            row(STR, "x = 1abc\n", S, "invalid decimal literal", 1, 5, 1, 5, "x = 1abc"),
            row(FILE, "x = 1abc\n", S, "invalid decimal literal", 1, 5, 1, 5, "x = 1abc"),
            row(STR, "x = 1.__class__\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 1.__class__"),
            row(FILE, "x = 1.__class__\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 1.__class__"),
            row(STR, "x = 1jj\n", S, "invalid imaginary literal", 1, 6, 1, 6, "x = 1jj"),
            row(FILE, "x = 1jj\n", S, "invalid imaginary literal", 1, 6, 1, 6, "x = 1jj"),
            row(STR, "x = 1_j\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 1_j"),
            row(FILE, "x = 1_j\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 1_j"),
            row(STR, "x = 1.5_\n", S, "invalid decimal literal", 1, 8, 1, 8, "x = 1.5_"),
            row(FILE, "x = 1.5_\n", S, "invalid decimal literal", 1, 8, 1, 8, "x = 1.5_"),
            row(STR, "x = 1.5e_5\n", S, "invalid decimal literal", 1, 7, 1, 7, "x = 1.5e_5"),
            row(FILE, "x = 1.5e_5\n", S, "invalid decimal literal", 1, 7, 1, 7, "x = 1.5e_5"),
            row(STR, "x = 1._5\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 1._5"),
            row(FILE, "x = 1._5\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 1._5"),
            row(STR, "x = 1e5_\n", S, "invalid decimal literal", 1, 8, 1, 8, "x = 1e5_"),
            row(FILE, "x = 1e5_\n", S, "invalid decimal literal", 1, 8, 1, 8, "x = 1e5_"),
            row(STR, "x = 1an\n", S, "invalid decimal literal", 1, 5, 1, 5, "x = 1an"),
            row(FILE, "x = 1an\n", S, "invalid decimal literal", 1, 5, 1, 5, "x = 1an"),
            row(STR, "x = 0b1e\n", S, "invalid binary literal", 1, 7, 1, 7, "x = 0b1e"),
            row(FILE, "x = 0b1e\n", S, "invalid binary literal", 1, 7, 1, 7, "x = 0b1e"),
            row(STR, "x = 1.e\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 1.e"),
            row(FILE, "x = 1.e\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 1.e"),
            row(STR, "x = 0_.5\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 0_.5"),
            row(FILE, "x = 0_.5\n", S, "invalid decimal literal", 1, 6, 1, 6, "x = 0_.5"),
            row(STR, "x = 00_\n", S, "invalid decimal literal", 1, 7, 1, 7, "x = 00_"),
            row(FILE, "x = 00_\n", S, "invalid decimal literal", 1, 7, 1, 7, "x = 00_"),
            row(STR, "x = 1_000j_\n", S, "invalid imaginary literal", 1, 10, 1, 10, "x = 1_000j_"),
            row(FILE, "x = 1_000j_\n", S, "invalid imaginary literal", 1, 10, 1, 10, "x = 1_000j_"),
            row(STR, "x = 1 + \\", S, "unexpected EOF while parsing", 1, 10, 1, -1, "x = 1 + \\\n"),
            row(FILE, "x = 1 + \\", S, "unexpected EOF while parsing", 1, 10, 1, -1, "x = 1 + \\"),
            row(STR, "x = 1 + \\\n", S, "unexpected EOF while parsing", 1, 10, 1, -1, "x = 1 + \\\n"),
            row(FILE, "x = 1 + \\\n", S, "unexpected EOF while parsing", 1, 10, 1, -1, "x = 1 + \\\n"),
            row(STR, "\\\n", S, "unexpected EOF while parsing", 1, 2, 1, -1, "\\\n"),
            row(FILE, "\\\n", S, "unexpected EOF while parsing", 1, 0, 1, -1, "\\\n"),
            row(STR, "x = 1\n\\\n", S, "unexpected EOF while parsing", 2, 2, 2, -1, "\\\n"),
            row(FILE, "x = 1\n\\\n", S, "unexpected EOF while parsing", 2, 0, 2, -1, "\\\n"),
            row(STR, "x = 1 \\ y\n", S, "unexpected character after line continuation character", 1, 8, 1, 0, "x = 1 \\ y\n"),
            row(FILE, "x = 1 \\ y\n", S, "unexpected character after line continuation character", 1, 8, 1, 0, "x = 1 \\ y\n"),
            row(STR, "a\nx = 1 \\ y\n", S, "unexpected character after line continuation character", 2, 8, 2, 0, "x = 1 \\ y\n"),
            row(FILE, "a\nx = 1 \\ y\n", S, "unexpected character after line continuation character", 2, 8, 2, 0, "x = 1 \\ y\n"),
            row(STR, "x = (1 + \\\n", S, "'(' was never closed", 1, 5, 1, 0, "x = (1 + \\\n"),
            row(FILE, "x = (1 + \\\n", S, "'(' was never closed", 1, 5, 1, 0, "x = (1 + \\\n"),
            row(STR, "x = 1 \\  \ny\n", S, "unexpected character after line continuation character", 1, 8, 1, 0, "x = 1 \\  \n"),
            row(FILE, "x = 1 \\  \ny\n", S, "unexpected character after line continuation character", 1, 8, 1, 0, "x = 1 \\  \n"),
            row(STR, "x = (1,\n 2 \\ y)\n", S, "unexpected character after line continuation character", 2, 5, 2, 0, " 2 \\ y)\n"),
            row(FILE, "x = (1,\n 2 \\ y)\n", S, "unexpected character after line continuation character", 2, 5, 2, 0, " 2 \\ y)\n"),
            row(STR, "x = 1 + \\\n  2 \\ y\n", S, "unexpected character after line continuation character", 2, 16, 2, 0, "x = 1 + \\\n  2 \\ y\n"),
            row(FILE, "x = 1 + \\\n  2 \\ y\n", S, "unexpected character after line continuation character", 2, 16, 2, 0, "  2 \\ y\n"),
            row(STR, "s = '''\n'''; x = 1 \\ y\n", S, "unexpected character after line continuation character", 2, 21, 2, 0, "s = '''\n'''; x = 1 \\ y\n"),
            row(FILE, "s = '''\n'''; x = 1 \\ y\n", S, "unexpected character after line continuation character", 2, 21, 2, 0, "'''; x = 1 \\ y\n"),
            row(STR, "x = 1 + \\\n  2 + \\\n  3 \\ y\n", S, "unexpected character after line continuation character", 3, 24, 3, 0, "x = 1 + \\\n  2 + \\\n  3 \\ y\n"),
            row(FILE, "x = 1 + \\\n  2 + \\\n  3 \\ y\n", S, "unexpected character after line continuation character", 3, 24, 3, 0, "  3 \\ y\n"),
            row(STR, "if 1:\n  x = 1 \\\n    + 2\n  y \\ z\n", S, "unexpected character after line continuation character", 4, 6, 4, 0, "  y \\ z\n"),
            row(FILE, "if 1:\n  x = 1 \\\n    + 2\n  y \\ z\n", S, "unexpected character after line continuation character", 4, 6, 4, 0, "  y \\ z\n"),
            row(STR, "x = 1 \\ \u00e9\n", S, "unexpected character after line continuation character", 1, 8, 1, 0, "x = 1 \\ \u00e9\n"),
            row(FILE, "x = 1 \\ \u00e9\n", S, "unexpected character after line continuation character", 1, 8, 1, 0, "x = 1 \\ \u00e9\n"),
            row(STR, "\u00e9 = 1 \\ y\n", S, "unexpected character after line continuation character", 1, 8, 1, 0, "\u00e9 = 1 \\ y\n"),
            row(FILE, "\u00e9 = 1 \\ y\n", S, "unexpected character after line continuation character", 1, 9, 1, 0, "\u00e9 = 1 \\ y\n"),
            row(STR, "x = [1,\n  2 \\", S, "'[' was never closed", 1, 5, 1, 0, "x = [1,"),
            row(FILE, "x = [1,\n  2 \\", S, "'[' was never closed", 1, 5, 1, 0, "x = [1,\n")
        );
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cpythonErrors")
    void tokenizerRaisesCPythonsError(String mode, String src, String kind, String msg, int line, int offset,
                                      int endLine, int endOffset, String text) {
        SourceText source = mode.equals(STR)
                ? SourceText.fromString("f.py", src)
                : SourceText.fromFile("f.py", src.getBytes(StandardCharsets.UTF_8));
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Tokenizer.tokenize(source));
        assertEquals(kind, e.kind.pythonName, "kind");
        assertEquals(msg, e.msg, "msg");
        assertEquals(line, e.lineno, "lineno");
        assertEquals(offset, e.offset, "offset");
        assertEquals(endLine, e.endLineno, "end_lineno");
        assertEquals(endOffset, e.endOffset, "end_offset");
        assertEquals(text, e.text, "text");
    }
}
