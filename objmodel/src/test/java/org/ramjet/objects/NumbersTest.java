package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;
import static org.ramjet.objects.PyAssert.*;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.BinaryOp;

class NumbersTest {
    private static PyObject op(PyObject a, BinaryOp op, PyObject b) {
        return BinaryOps.binaryOp(a, b, op);
    }

    private static PyObject big(String v) {
        return PyInt.of(new BigInteger(v));
    }

    private static PyObject f(double d) {
        return PyFloat.of(d);
    }

    @Test
    void floorDivisionAndModuloFollowTheDivisorSign() {
        assertEquals("-4 -4 -1 1", repr(op(i(7), BinaryOp.FLOOR_DIVIDE, i(-2))) + " " + repr(op(i(-7), BinaryOp.FLOOR_DIVIDE, i(2)))
                + " " + repr(op(i(7), BinaryOp.REMAINDER, i(-2))) + " " + repr(op(i(-7), BinaryOp.REMAINDER, i(2))));
        assertEquals("-4.0", repr(op(f(7.5), BinaryOp.FLOOR_DIVIDE, i(-2))));
        assertEquals("0.5", repr(op(f(-7.5), BinaryOp.REMAINDER, i(2))));
        assertEquals("-0.0", repr(op(f(-0.0), BinaryOp.REMAINDER, i(-2))));
        assertEquals("5", repr(op(big("-18446744073709551616"), BinaryOp.REMAINDER, i(7))));
        assertEquals("6148914691236517205", repr(op(big("18446744073709551616"), BinaryOp.FLOOR_DIVIDE, i(3))));
        assertEquals("(-4, 1)", repr(BinaryOps.divmod(i(-7), i(2))));
        assertEquals("(-4.0, 0.5)", repr(BinaryOps.divmod(f(-7.5), i(2))));
    }

    @Test
    void overflowPromotesAndResultsDemote() {
        PyObject max = i(Long.MAX_VALUE);
        PyObject sum = BinaryOps.add(max, i(1));
        assertTrue(sum instanceof PyBigInt);
        assertEquals("9223372036854775808", repr(sum));
        PyObject back = BinaryOps.sub(sum, i(1));
        assertTrue(back instanceof PyInt, "results that fit come back as PyInt");
        assertEquals("18446744073709551616", repr(op(i(2), BinaryOp.POWER, i(64))));
        assertEquals("-9223372036854775808", repr(BinaryOps.negative(op(i(2), BinaryOp.POWER, i(63)))));
        assertTrue(BinaryOps.negative(op(i(2), BinaryOp.POWER, i(63))) instanceof PyInt);
        assertEquals("85070591730234615847396907784232501249", repr(BinaryOps.mul(max, max)));
        assertEquals("9223372036854775808", repr(op(i(Long.MIN_VALUE), BinaryOp.FLOOR_DIVIDE, i(-1))));
        assertEquals("0", repr(op(i(Long.MIN_VALUE), BinaryOp.REMAINDER, i(-1))));
        assertEquals("36893488147419103232", repr(op(i(1), BinaryOp.LSHIFT, i(65))));
        assertEquals("-1", repr(op(i(-5), BinaryOp.RSHIFT, i(100))));
        assertEquals("9223372036854775808", repr(BinaryOps.abs(i(Long.MIN_VALUE))));
    }

    @Test
    void divisionAndPowerEdgeCases() {
        raises(PyExc.ZeroDivisionError, "division by zero", () -> op(i(1), BinaryOp.TRUE_DIVIDE, i(0)));
        raises(PyExc.ZeroDivisionError, "integer division or modulo by zero", () -> op(i(1), BinaryOp.FLOOR_DIVIDE, i(0)));
        raises(PyExc.ZeroDivisionError, "integer modulo by zero", () -> op(i(1), BinaryOp.REMAINDER, i(0)));
        raises(PyExc.ZeroDivisionError, "float division by zero", () -> op(f(1), BinaryOp.TRUE_DIVIDE, i(0)));
        raises(PyExc.ZeroDivisionError, "float floor division by zero", () -> op(f(1), BinaryOp.FLOOR_DIVIDE, i(0)));
        raises(PyExc.ZeroDivisionError, "float modulo", () -> op(f(1), BinaryOp.REMAINDER, i(0)));
        raises(PyExc.ZeroDivisionError, "0.0 cannot be raised to a negative power", () -> op(i(0), BinaryOp.POWER, i(-1)));
        raises(PyExc.ZeroDivisionError, "0.0 cannot be raised to a negative power", () -> op(f(0), BinaryOp.POWER, i(-1)));
        raises(PyExc.ValueError, "negative shift count", () -> op(i(1), BinaryOp.LSHIFT, i(-1)));
        assertEquals("0.5", repr(op(i(2), BinaryOp.POWER, i(-1))));
        assertEquals("0.01", repr(op(i(10), BinaryOp.POWER, i(-2))));
        assertEquals("1.4142135623730951", repr(op(i(2), BinaryOp.POWER, f(0.5))));
        assertEquals("(8.659560562354934e-17+1.4142135623730951j)", repr(op(f(-2.0), BinaryOp.POWER, f(0.5))));
        assertEquals("2.5", repr(op(i(5), BinaryOp.TRUE_DIVIDE, i(2))));
        assertEquals("0.3333333333333333", repr(op(i(1), BinaryOp.TRUE_DIVIDE, i(3))));
        assertEquals("3.333333333333333e+19", repr(op(big("100000000000000000000"), BinaryOp.TRUE_DIVIDE, i(3))));
        assertEquals("2", repr(BinaryOps.pow(i(2), i(10), i(7))));
        assertEquals("4", repr(BinaryOps.pow(i(3), i(-1), i(11))));
    }

    @Test
    void floatRepr() {
        String[][] cases = {
            {"1e+16", "1e16"}, {"1e-05", "1e-5"}, {"0.1", "0.1"}, {"-0.0", "-0.0"}, {"1e+22", "1e22"},
            {"1.2345678901234568e+17", "123456789012345678.0"}, {"0.0001", "0.0001"}, {"5e-324", "5e-324"},
            {"2.5e-05", "2.5e-5"}, {"inf", "Infinity"}, {"nan", "NaN"}, {"1234567890123456.0", "1234567890123456.0"},
            {"100.0", "100"}, {"1.7976931348623157e+308", "1.7976931348623157e308"}, {"2.0", "2"}, {"0.3", "0.3"},
        };
        for (String[] c : cases) {
            assertEquals(c[0], org.ramjet.objects.format.FloatRepr.repr(Double.parseDouble(c[1])), c[1]);
        }
        assertEquals("0.30000000000000004", org.ramjet.objects.format.FloatRepr.repr(0.1 + 0.2));
    }

    @Test
    void parsingIntsAndFloats() {
        assertEquals("-4660", repr(Calls.call(IntType.TYPE, s(" -0x_12_34 "), i(0))));
        assertEquals("12000", repr(Calls.call(IntType.TYPE, s("12_000"))));
        assertEquals("255", repr(Calls.call(IntType.TYPE, s("ff"), i(16))));
        raises(PyExc.ValueError, "invalid literal for int() with base 10: 'x'", () -> Calls.call(IntType.TYPE, s("x")));
        raises(PyExc.ValueError, "invalid literal for int() with base 10: '1__0'", () -> Calls.call(IntType.TYPE, s("1__0")));
        raises(PyExc.ValueError, "invalid literal for int() with base 0: '010'", () -> Calls.call(IntType.TYPE, s("010"), i(0)));
        raises(PyExc.ValueError, "int() base must be >= 2 and <= 36, or 0", () -> Calls.call(IntType.TYPE, s("12"), i(1)));
        raises(PyExc.TypeError, "int() can't convert non-string with explicit base", () -> Calls.call(IntType.TYPE, f(1.5), i(10)));
        raises(PyExc.OverflowError, "cannot convert float infinity to integer", () -> Calls.call(IntType.TYPE, f(Double.POSITIVE_INFINITY)));
        raises(PyExc.ValueError, "cannot convert float NaN to integer", () -> Calls.call(IntType.TYPE, f(Double.NaN)));
        assertEquals("-3", repr(Calls.call(IntType.TYPE, f(-3.9))));
        assertEquals("1.5", repr(Calls.call(FloatType.TYPE, s(" 1.5 "))));
        assertEquals("-inf", repr(Calls.call(FloatType.TYPE, s("-Infinity"))));
        assertEquals("1000.0", repr(Calls.call(FloatType.TYPE, s("1_000"))));
        raises(PyExc.ValueError, "could not convert string to float: 'x'", () -> Calls.call(FloatType.TYPE, s("x")));
        raises(PyExc.ValueError, "could not convert string to float: '1d'", () -> Calls.call(FloatType.TYPE, s("1d")));
        raises(PyExc.TypeError, "int() argument must be a string, a bytes-like object or a real number, not 'list'",
                () -> Calls.call(IntType.TYPE, new PyList()));
    }

    @Test
    void intFloatComparisonIsExact() {
        PyObject big = op(i(2), BinaryOp.POWER, i(53));
        PyObject bigPlus1 = BinaryOps.add(big, i(1));
        assertFalse(Comparisons.equal(bigPlus1, f(9007199254740992.0)));
        assertTrue(Comparisons.equal(big, f(9007199254740992.0)));
        assertTrue(Comparisons.lessThan(f(9007199254740992.0), bigPlus1));
        assertFalse(Comparisons.equal(f(Double.NaN), f(Double.NaN)));
        assertTrue(Comparisons.lessThan(i(-1), f(-0.5)));
    }

    @Test
    void numericHashesAgree() {
        assertEquals(Hashing.hash(i(1)), Hashing.hash(f(1.0)));
        assertEquals(Hashing.hash(i(1)), Hashing.hash(PyBool.TRUE));
        assertEquals(-2, Hashing.hash(i(-1)));
        assertEquals(1, Hashing.hash(op(i(2), BinaryOp.POWER, i(61))));
        assertEquals(8, Hashing.hash(op(i(2), BinaryOp.POWER, i(64))));
        assertEquals(-8, Hashing.hash(BinaryOps.negative(op(i(2), BinaryOp.POWER, i(64)))));
        assertEquals(1152921504606846977L, Hashing.hash(f(1.5)));
        assertEquals(230584300921369408L, Hashing.hash(f(0.1)));
        assertEquals(1224995262755759164L, Hashing.hash(f(1e300)));
        assertEquals(314159, Hashing.hash(f(Double.POSITIVE_INFINITY)));
        assertEquals(Hashing.hash(op(i(2), BinaryOp.POWER, i(70))), Hashing.hash(f(Math.pow(2, 70))));
    }

    @Test
    void intMethods() {
        assertEquals("7", repr(Calls.callMethod(i(100), "bit_length")));
        assertEquals("b'\\x01\\x00'", repr(Calls.callMethod(i(256), "to_bytes", i(2), s("big"))));
        assertEquals("300", repr(Calls.call(Attributes.getAttr(IntType.TYPE, "from_bytes"),
                PyBytes.of(new byte[] {1, 44}), s("big"))));
        assertEquals("(3, 1)", repr(Calls.callMethod(i(3), "as_integer_ratio")));
        assertEquals("(1, 4)", repr(Calls.callMethod(f(0.25), "as_integer_ratio")));
        assertEquals("True", repr(Calls.callMethod(f(2.0), "is_integer")));
        assertEquals("2", repr(Calls.callMethod(f(2.5), "__round__")));
        assertEquals("2.67", repr(Calls.callMethod(f(2.675), "__round__", i(2))));
        assertEquals("1200", repr(Calls.callMethod(i(1250), "__round__", i(-2))));
        assertEquals("'0x1.8000000000000p+0'", repr(Calls.callMethod(f(1.5), "hex")));
    }
}
