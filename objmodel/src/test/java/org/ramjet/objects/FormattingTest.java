package org.ramjet.objects;

import static org.junit.jupiter.api.Assertions.*;
import static org.ramjet.objects.PyAssert.*;

import org.junit.jupiter.api.Test;
import org.ramjet.bytecode.BinaryOp;

/** The object-model side of formatting (the numfmt library has its own fixtures). */
class FormattingTest {
    @Test
    void formatSpecsReachTheLibrary() {
        assertEquals("'3.14'", repr(Formatting.format(PyFloat.of(3.14159), ".2f")));
        assertEquals("'0xff'", repr(Formatting.format(i(255), "#x")));
        assertEquals("'1,234,567'", repr(Formatting.format(i(1234567), ",")));
        assertEquals("'  ab  '", repr(Formatting.format(s("ab"), "^6")));
        assertEquals("'2.0+3.0j'", repr(Formatting.format(PyComplex.of(2, 3), ".1f")));
        raises(PyExc.ValueError, "Unknown format code 'd' for object of type 'float'",
                () -> Formatting.format(PyFloat.of(1), "d"));
        raises(PyExc.TypeError, "unsupported format string passed to A.__format__",
                () -> Formatting.format(Calls.call(JavaFunctions.cls("A")), "x"));
    }

    @Test
    void percentAndFormatMethod() {
        PyObject args = PyTuple.of(PyFloat.of(2.25), i(3), s("a"), s("b"));
        assertEquals("\"  2.2|3|a|'b'\"", repr(BinaryOps.binaryOp(s("%5.1f|%d|%s|%r"), args, BinaryOp.REMAINDER)));
        PyObject[] a = {s("a"), i(1), PyFloat.of(2.5)};
        PyObject r = Calls.call(Attributes.getAttr(s("{:>5}|{}|{x}"), "format"), a, 0, 2, new String[] {"x"});
        assertEquals("'    a|1|2.5'", repr(r));
        assertEquals("b'1-x'", repr(BinaryOps.binaryOp(PyBytes.of("%d-%s".getBytes()), PyTuple.of(i(1), PyBytes.of(new byte[] {'x'})),
                BinaryOp.REMAINDER)));
        raises(PyExc.TypeError, "not all arguments converted during string formatting",
                () -> BinaryOps.binaryOp(s("%d"), PyTuple.of(i(1), i(2)), BinaryOp.REMAINDER));
        raises(PyExc.KeyError, "'k'", () -> Calls.callMethod(s("{k}"), "format_map", new PyDict()));
    }

    @Test
    void parsingGoesThroughTheLibrary() {
        assertEquals("12", repr(Calls.call(IntType.TYPE, s("\u0661\u0662"))), "Unicode digits");
        raises(PyExc.ValueError, "invalid literal for int() with base 10: 'x'", () -> Calls.call(IntType.TYPE, s("x")));
        assertEquals("1e+300", repr(Calls.call(FloatType.TYPE, s("1e300"))));
        assertEquals("2.5", repr(Calls.call(FloatType.TYPE, PyBytes.of("2.5".getBytes()))));
    }
}
