package org.ramjet.parser.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.ramjet.objects.PyBigInt;
import org.ramjet.objects.PyComplex;
import org.ramjet.objects.PyFloat;
import org.ramjet.objects.PyInt;
import org.ramjet.objects.PyObject;

/** NUMBER token values; expected values printed by CPython 3.11. */
class NumberLiteralsTest {
    private static long intValue(String text) {
        return assertInstanceOf(PyInt.class, NumberLiterals.parse(text)).value;
    }

    private static BigInteger bigValue(String text) {
        return assertInstanceOf(PyBigInt.class, NumberLiterals.parse(text)).value;
    }

    private static double floatValue(String text) {
        return assertInstanceOf(PyFloat.class, NumberLiterals.parse(text)).value;
    }

    @Test
    void integers() {
        assertEquals(0, intValue("0"));
        assertEquals(0, intValue("00"));
        assertEquals(0, intValue("0_0"));
        assertEquals(1000, intValue("1_000"));
        assertEquals(255, intValue("0xfF"));
        assertEquals(255, intValue("0X_ff"));
        assertEquals(15, intValue("0O17"));
        assertEquals(2, intValue("0b1_0"));
        assertEquals(Long.MAX_VALUE, intValue("9223372036854775807"));
        assertEquals(Long.MAX_VALUE, intValue("0x7fffffffffffffff"));
        assertEquals(Long.MAX_VALUE, intValue("0b" + "1".repeat(63)));
        assertEquals(Long.MAX_VALUE, intValue("0o777777777777777777777"));
        assertEquals(9007199254740993L, intValue("9007199254740993"));
    }

    @Test
    void bigIntegers() {
        assertEquals(new BigInteger("9223372036854775808"), bigValue("9223372036854775808"));
        assertEquals(new BigInteger("9223372036854775808"), bigValue("0x8000000000000000"));
        assertEquals(new BigInteger("9223372036854775808"), bigValue("0b1" + "0".repeat(63)));
        assertEquals(new BigInteger("18446744073709551615"), bigValue("0o1777777777777777777777"));
        assertEquals(BigInteger.TEN.pow(40), bigValue("1" + "0".repeat(40)));
        assertEquals(new BigInteger("1051570404360395033547316"), bigValue("0xdead_beef_cafe_babe_1234"));
    }

    @Test
    void floatsAreCorrectlyRounded() {
        assertEquals(Double.POSITIVE_INFINITY, floatValue("1e500"));
        assertEquals(0.1, floatValue("0.1"));
        assertEquals(1000.5, floatValue("1_000.5"));
        assertEquals(0.5, floatValue(".5"));
        assertEquals(1.0, floatValue("1."));
        assertEquals(0.0025, floatValue("2.5e-3"));
        assertEquals(0.0, floatValue("1e-400"));
        assertEquals(0.30000000000000004, floatValue("0.30000000000000004"));
        assertEquals(100000000000.0, floatValue("1_0e1_0"));
        assertEquals(2.225073858507201e-308, floatValue("2.2250738585072011e-308"));
        assertEquals(777.5, floatValue("0777.5"));
        assertEquals(7770.0, floatValue("0777e1"));
    }

    @Test
    void imaginary() {
        PyObject c = NumberLiterals.parse("1.5e2J");
        PyComplex z = assertInstanceOf(PyComplex.class, c);
        assertEquals(0.0, z.real);
        assertEquals(150.0, z.imag);
        assertEquals(7.0, assertInstanceOf(PyComplex.class, NumberLiterals.parse("0_7j")).imag);
        assertEquals(3.0, assertInstanceOf(PyComplex.class, NumberLiterals.parse("3j")).imag);
    }
}
