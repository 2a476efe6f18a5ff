package org.ramjet.parser.lexer;

import java.math.BigInteger;
import org.ramjet.objects.PyComplex;
import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyObject;

/**
 * The value of a NUMBER token (which the {@link Tokenizer} has already validated): an int
 * ({@link PyInt}, or a big int through {@link PyInt#of(BigInteger)}), a float ({@link PyFloat},
 * correctly rounded: Java's {@link Double#parseDouble} rounds correctly, as CPython's dtoa does),
 * or an imaginary number ({@link PyComplex} with real part 0.0).
 */
public final class NumberLiterals {
    private NumberLiterals() {
    }

    public static PyObject parse(String text) {
        int n = text.length();
        char last = text.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return PyComplex.of(0.0, parseDouble(text.substring(0, n - 1)));
        }
        boolean radixPrefix = n > 1 && text.charAt(0) == '0' && isRadixLetter(text.charAt(1));
        if (!radixPrefix && (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0)) {
            return PyFloat.of(parseDouble(text));
        }
        return parseInt(text);
    }

    /** An integer literal: decimal, or 0x/0o/0b with their digits; underscores allowed between digits. */
    public static PyObject parseInt(String text) {
        int radix = 10;
        int start = 0;
        if (text.length() > 1 && text.charAt(0) == '0' && isRadixLetter(text.charAt(1))) {
            char r = Character.toLowerCase(text.charAt(1));
            radix = r == 'x' ? 16 : r == 'o' ? 8 : 2;
            start = 2;
        }
        String digits = withoutUnderscores(text, start);
        // fits a long for sure: 18 decimal digits, 15 hex, 20 octal, 62 binary
        int safe = radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62;
        if (digits.length() <= safe) {
            return PyInt.of(Long.parseLong(digits, radix));
        }
        return PyInt.of(new BigInteger(digits, radix));
    }

    /** A float literal (digits, '.', exponent, underscores). */
    public static double parseDouble(String text) {
        return Double.parseDouble(withoutUnderscores(text, 0));
    }

    private static boolean isRadixLetter(char c) {
        return c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B';
    }

    private static String withoutUnderscores(String text, int start) {
        int u = text.indexOf('_', start);
        if (u < 0) {
            return start == 0 ? text : text.substring(start);
        }
        StringBuilder sb = new StringBuilder(text.length() - start);
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '_') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
