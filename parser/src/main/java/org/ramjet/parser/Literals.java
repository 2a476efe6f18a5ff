package org.ramjet.parser;

import java.math.BigInteger;
import org.ramjet.objects.PyComplex;
import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyObject;
import org.ramjet.parser.lexer.Token;

/** Values of NUMBER tokens (the tokenizer has already checked their spelling). */
final class Literals {
    private Literals() {}

    static PyObject number(ParserBase p, Token t) {
        String s = t.text().replace("_", "");
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return PyComplex.of(0.0, Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = Character.toLowerCase(s.charAt(1));
            if (k == 'x') {
                return integer(s.substring(2), 16);
            }
            if (k == 'o') {
                return integer(s.substring(2), 8);
            }
            if (k == 'b') {
                return integer(s.substring(2), 2);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return PyFloat.of(Double.parseDouble(s));
            }
        }
        return integer(s, 10);
    }

    private static PyObject integer(String digits, int radix) {
        if (digits.length() <= 18 || (radix == 16 && digits.length() <= 15)) {
            return PyInt.of(Long.parseLong(digits, radix));
        }
        return PyInt.of(new BigInteger(digits, radix));
    }
}
